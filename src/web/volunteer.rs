//! A volunteer's own page, reached through the personal link in their schedule mail
//! (`/v/{token}`): their slots at one event and who booked each, checking those people in on
//! the day, and a calendar feed.

use super::calendar::feed_created;
use super::csrf;
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::services::calendar_feeds;
use crate::services::check_in::view::Attendance;
use crate::services::check_in::{self, Mark, Scope};
use crate::services::team_views::{self, VolunteerHome};
use crate::web::csrf::CsrfForm;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "volunteer/event.html")]
struct SchedulePage {
    meta: Layout,
    token: String,
    csrf: String,
    home: VolunteerHome,
    notice: Option<&'static str>,
}

/// `?notice=` after checking someone in.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ScheduleQuery {
    notice: String,
}

/// A tap on one of the volunteer's bookings.
#[derive(Deserialize)]
pub struct MarkForm {
    csrf: String,
    mark: String,
}

/// `GET /v/{token}`: the volunteer's current schedule.
pub async fn show_schedule(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<ScheduleQuery>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let home = team_views::volunteer_home(&state.db, &state.config, &token, now_ms()).await?;
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let page = SchedulePage {
        meta: Layout::new(
            home.event_title.clone(),
            &state.config.programme_name,
            &home.locale,
        ),
        token,
        csrf,
        home,
        notice: match query.notice.as_str() {
            "marked" => Some("volunteer-notice-marked"),
            "already" => Some("volunteer-notice-already"),
            _ => None,
        },
    };
    Ok((jar, Html(page.render()?)).into_response())
}

/// `POST /v/{token}/calendar-feed`: a new feed address for all of the volunteer's slots (the
/// old one stops working).
pub async fn create_feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    Form(form): Form<CsrfForm>,
) -> Result<Html<String>, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    let (volunteer, _, _) = team_views::volunteer_access(&state.db, &token, now_ms()).await?;
    let locale = team_views::volunteer_language(&volunteer);
    let feed_url =
        calendar_feeds::create_volunteer_feed(&state.db, &state.config, volunteer.id, now_ms())
            .await?;
    feed_created(&state, feed_url, format!("/v/{token}"), &locale)
}

/// `POST /v/{token}/check-in/{booking_id}`: the volunteer checks in a person booked with them
/// (arrived, not come, or taken back); only bookings of their own slots.
pub async fn mark_booking(
    State(state): State<AppState>,
    Path((token, booking_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    Form(form): Form<MarkForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    let (volunteer, _, _) = team_views::volunteer_access(&state.db, &token, now_ms()).await?;
    let mark = Mark::parse(&form.mark)
        .ok_or_else(|| AppError::Conflict(crate::i18n::Message::new("staff-refuse-choose-mark")))?;
    let marked = check_in::mark(
        &state.db,
        Scope::Volunteer(volunteer.id),
        Actor::Volunteer(volunteer.id),
        booking_id,
        mark,
        now_ms(),
    )
    .await?;
    let notice = if marked.already { "already" } else { "marked" };
    Ok(Redirect::to(&format!("/v/{token}?notice={notice}#b-{booking_id}")).into_response())
}
