//! A volunteer's own page, reached through the personal link in their schedule mail
//! (`/v/{token}`): their slots at one event and who booked each, and a calendar feed.

use super::calendar::feed_created;
use super::csrf;
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::locale::Locale;
use crate::services::calendar_feeds;
use crate::services::team_views::{self, VolunteerHome};
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "volunteer/event.html")]
struct SchedulePage {
    meta: Layout,
    token: String,
    csrf: String,
    home: VolunteerHome,
}

/// A form with only its token.
#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

/// `GET /v/{token}`: the volunteer's current schedule.
pub async fn show_schedule(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let home = team_views::volunteer_home(&state.db, &state.config, &token, now_ms()).await?;
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let page = SchedulePage {
        meta: Layout::new(
            home.event_title.clone(),
            &state.config.programme_name,
            &Locale::default(),
        ),
        token,
        csrf,
        home,
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
    let feed_url =
        calendar_feeds::create_volunteer_feed(&state.db, &state.config, volunteer.id, now_ms())
            .await?;
    feed_created(&state, feed_url, format!("/v/{token}"))
}
