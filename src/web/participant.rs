//! Participant pages, reached through a personal link (`/p/{token}`); no account.

use super::csrf;
use super::layout::{Layout, Switcher};
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::check_in_code;
use crate::services::participant_next::{NextStep, next_steps};
use crate::services::participant_page::{self, ParticipantHome, TypedRanking};
use crate::services::{networking_wishes, preferences};
use crate::web::qr;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "participant/event.html")]
struct EventPage {
    meta: Layout,
    home: ParticipantHome,
    csrf: String,
    notice: Option<&'static str>,
    next: Vec<NextStep>,
    /// Problems with a form just sent, for the summary at the top: (message, the field's id).
    problems: Vec<(String, String)>,
    /// Their check-in code as people read it, and as a QR code (SVG), while they hold a place.
    check_in: Option<(String, String)>,
}

/// The page's `?notice=` after a change.
#[derive(Deserialize)]
pub struct NoticeQuery {
    notice: Option<String>,
}

/// The text id of a `?notice=` after a change (only these ids; anything else shows nothing).
pub const NOTICES: [&str; 9] = [
    "signed-up",
    "booked",
    "moved",
    "cancelled",
    "waitlisted",
    "left",
    "ranked",
    "wished",
    "language",
];

fn notice_text(notice: Option<&str>) -> Option<&'static str> {
    let notice = notice?;
    NOTICES
        .iter()
        .find(|known| **known == notice)
        .map(|known| match *known {
            "signed-up" => "notice-signed-up",
            "booked" => "notice-booked",
            "moved" => "notice-moved",
            "cancelled" => "notice-cancelled",
            "waitlisted" => "notice-waitlisted",
            "left" => "notice-left",
            "ranked" => "notice-ranked",
            "wished" => "notice-wished",
            _ => "notice-language",
        })
}

/// `GET /p/{token}`: the participant's sessions, options and bookings for one event.
pub async fn show_event(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<NoticeQuery>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    render(
        &state,
        &token,
        jar,
        None,
        notice_text(query.notice.as_deref()),
    )
    .await
}

/// Renders the participant's page, with a ranking sent with problems shown again (422).
async fn render(
    state: &AppState,
    token: &str,
    jar: CookieJar,
    typed: Option<TypedRanking>,
    notice: Option<&'static str>,
) -> Result<Response, AppError> {
    let home =
        participant_page::participant_home(&state.db, token, typed.as_ref(), now_ms()).await?;
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let switcher = Switcher::for_participant(token, &csrf, &home.link_path, &home.locale);
    let next = next_steps(&home);
    // A ranking's problems are said at the top too, each linking to the ranking's first choice.
    let problems = home
        .sessions
        .iter()
        .filter_map(|s| s.ranking.as_ref().map(|r| (s, r)))
        .flat_map(|(s, r)| {
            let field = r
                .options
                .first()
                .map(|o| format!("rank-{}", o.slot_id))
                .unwrap_or_else(|| format!("session-{}", s.id));
            r.errors.iter().map(move |e| (e.clone(), field.clone()))
        })
        .collect();
    let check_in = home
        .check_in_code
        .as_deref()
        .filter(|_| !home.schedule.is_empty() && !home.event_cancelled)
        .and_then(|code| Some((check_in_code::shown(code), qr::svg_of(code)?)));
    let page = EventPage {
        check_in,
        meta: Layout::new(
            home.event_title.clone(),
            &state.config.programme_name,
            &home.locale,
        )
        .with_switcher(switcher),
        home,
        csrf,
        notice,
        next,
        problems,
    };
    let status = if typed.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, jar, Html(page.render()?)).into_response())
}

/// The first value a form sent for `name`, or "" when it sent none.
fn submitted<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

/// `POST /p/{token}/sessions/{session_id}/preferences`: stores the ranked choices, or shows the
/// page again with the problems and the numbers as typed.
pub async fn save_preferences(
    State(state): State<AppState>,
    Path((token, session_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, submitted(&fields, "csrf"))?;
    let entries: Vec<(Uuid, String)> = fields
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("rank_")?.parse().ok()?, v.clone())))
        .collect();
    match preferences::save(
        &state.db,
        &state.config,
        &token,
        session_id,
        &entries,
        now_ms(),
    )
    .await
    .map_err(AppError::from)
    {
        Ok(_) => Ok(Redirect::to(&format!("/p/{token}?notice=ranked")).into_response()),
        Err(AppError::Validation(errors)) => {
            let typed = TypedRanking {
                session_id,
                entries,
                errors,
            };
            render(&state, &token, jar, Some(typed), None).await
        }
        Err(other) => Err(other),
    }
}

/// `POST /p/{token}/sessions/{session_id}/wishes`: stores the tables the participant ticked in a
/// speed-networking session (`table` once per ticked box; none clears the wishes).
pub async fn save_wishes(
    State(state): State<AppState>,
    Path((token, session_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let csrf_field = fields
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str());
    csrf::verify(&jar, csrf_field.unwrap_or_default())?;
    let ticked: Vec<&str> = fields
        .iter()
        .filter(|(k, _)| k == "table")
        .map(|(_, v)| v.as_str())
        .collect();
    networking_wishes::save(
        &state.db,
        &state.config,
        &token,
        session_id,
        &ticked,
        now_ms(),
    )
    .await?;
    Ok(Redirect::to(&format!("/p/{token}?notice=wished#session-{session_id}")).into_response())
}

/// `GET /p/{token}/check-in.png`: the person's check-in code as a QR image, for the
/// confirmation mail (mail readers show no SVG). Reading it changes nothing.
pub async fn check_in_image(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let code = crate::services::check_in::code_of_link(&state.db, &token, now_ms()).await?;
    let png = qr::png_of(&code, 6).ok_or_else(|| AppError::Internal("QR image".to_owned()))?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "image/png"),
            (axum::http::header::CACHE_CONTROL, "private, max-age=3600"),
        ],
        png,
    )
        .into_response())
}
