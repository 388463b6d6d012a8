//! Calendar files: a booking's `.ics` download, creating a personal feed, and serving the feed.
//! The downloads and the feed are GETs that only read; creating a feed is a POST.

use super::csrf::{self, CsrfForm};
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::locale::Locale;
use crate::services::calendar_feeds;
use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::CookieJar;
use uuid::Uuid;

fn calendar_response(ics: String, filename: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        ics,
    )
        .into_response()
}

/// `GET /p/{token}/bookings/{booking_id}/invite.ics`: one current booking as a calendar file.
pub async fn download_booking(
    State(state): State<AppState>,
    Path((token, booking_id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let ics =
        calendar_feeds::booking_download(&state.db, &state.config, &token, booking_id, now_ms())
            .await?;
    Ok(calendar_response(ics, "booking.ics"))
}

#[derive(Template)]
#[template(path = "participant/calendar_feed.html")]
struct FeedCreatedPage {
    meta: Layout,
    feed_url: String,
    webcal_url: String,
    back: String,
}

/// `POST /p/{token}/calendar-feed`: makes a new feed URL (the old one stops working) and shows it.
/// Checked against forgery like every other change: another site must not retire a person's
/// feed by posting here.
pub async fn create_feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    Form(form): Form<CsrfForm>,
) -> Result<Html<String>, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    let feed_url =
        calendar_feeds::create_participant_feed(&state.db, &state.config, &token, now_ms()).await?;
    // Resolving their link set the request's language to theirs.
    let locale = crate::i18n::request::page_locale();
    feed_created(&state, feed_url, format!("/p/{token}"), &locale)
}

/// The page that shows a new feed's address, as https and as webcal (which calendar apps open
/// as a subscription).
pub fn feed_created(
    state: &AppState,
    feed_url: String,
    back: String,
    locale: &Locale,
) -> Result<Html<String>, AppError> {
    let webcal_url =
        feed_url
            .replacen("https://", "webcal://", 1)
            .replacen("http://", "webcal://", 1);
    let page = FeedCreatedPage {
        meta: Layout::titled("feed-title", &state.config.programme_name, locale),
        feed_url,
        webcal_url,
        back,
    };
    Ok(Html(page.render()?))
}

/// `GET /calendar/{token}.ics`: a participant's or volunteer's feed, for calendar apps.
pub async fn serve_feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let ics = calendar_feeds::feed(&state.db, &state.config, token, now_ms()).await?;
    Ok(calendar_response(ics, "fairplan.ics"))
}
