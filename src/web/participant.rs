//! Participant pages, reached through a personal link (`/p/{token}`); no account.

use super::csrf;
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::locale::Locale;
use crate::services::views::{self, ParticipantHome};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "participant/event.html")]
struct EventPage {
    meta: Layout,
    home: ParticipantHome,
    csrf: String,
    notice: Option<&'static str>,
}

/// The page's `?notice=` after a change.
#[derive(Deserialize)]
pub struct NoticeQuery {
    notice: Option<String>,
}

fn notice_text(notice: Option<&str>) -> Option<&'static str> {
    match notice? {
        "booked" => Some(
            "Your place is booked. A confirmation with a calendar invitation is on its way to you.",
        ),
        "moved" => Some(
            "Your booking has a new time. The calendar invitation in your mail updates your calendar.",
        ),
        "cancelled" => {
            Some("Your booking is cancelled. The mail we sent removes it from your calendar.")
        }
        "waitlisted" => Some(
            "You are on the waiting list. When a place becomes free, we hold it for you and \
             mail you at once.",
        ),
        "left" => Some("You are no longer on the waiting list."),
        _ => None,
    }
}

/// `GET /p/{token}`: the participant's sessions, options and bookings for one event.
pub async fn show_event(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<NoticeQuery>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let home = views::participant_home(&state.db, &token, now_ms()).await?;
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let locale = Locale::negotiate(&home.locale);
    let page = EventPage {
        meta: Layout::new(
            home.event_title.clone(),
            &state.config.programme_name,
            &locale,
        ),
        home,
        csrf,
        notice: notice_text(query.notice.as_deref()),
    };
    Ok((jar, Html(page.render()?)).into_response())
}
