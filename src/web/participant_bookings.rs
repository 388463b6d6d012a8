//! The participant's booking actions behind their personal link. Every change is a POST with the
//! form token, answered by a redirect to their page (so a reload never repeats it); cancelling
//! asks first on a page of its own.

use super::csrf;
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, SlotId};
use crate::i18n::request::page_locale;
use crate::services::{participant_bookings, waitlist};
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use uuid::Uuid;

/// A form that names a slot.
#[derive(Deserialize)]
pub struct SlotForm {
    slot_id: Uuid,
    csrf: String,
}

/// A form with only its token.
#[derive(Deserialize)]
pub struct ConfirmForm {
    csrf: String,
}

fn back_to_page(token: &str, notice: &str) -> Response {
    Redirect::to(&format!("/p/{token}?notice={notice}")).into_response()
}

/// `POST /p/{token}/book`.
pub async fn book_slot(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    Form(form): Form<SlotForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    participant_bookings::book(&state.db, &state.config, &token, form.slot_id, now_ms()).await?;
    Ok(back_to_page(&token, "booked"))
}

/// `POST /p/{token}/bookings/{booking_id}/move`.
pub async fn move_booking(
    State(state): State<AppState>,
    Path((token, booking_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    Form(form): Form<SlotForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    participant_bookings::move_to(
        &state.db,
        &state.config,
        &token,
        BookingId(booking_id),
        SlotId(form.slot_id),
        now_ms(),
    )
    .await?;
    Ok(back_to_page(&token, "moved"))
}

#[derive(Template)]
#[template(path = "participant/cancel.html")]
struct CancelPage {
    meta: Layout,
    csrf: String,
    action: String,
    back: String,
}

/// `GET /p/{token}/bookings/{booking_id}/cancel`: asks before cancelling (changes nothing).
pub async fn confirm_cancel(
    State(state): State<AppState>,
    Path((token, booking_id)): Path<(String, Uuid)>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    participant_bookings::own_booking(&state.db, &state.config, &token, booking_id, now_ms())
        .await?;
    // Resolving their link set the request's language to theirs.
    let locale = page_locale();
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let page = CancelPage {
        meta: Layout::titled("cancel-title", &state.config.programme_name, &locale),
        csrf,
        action: format!("/p/{token}/bookings/{booking_id}/cancel"),
        back: format!("/p/{token}"),
    };
    Ok((jar, Html(page.render()?)).into_response())
}

/// `POST /p/{token}/bookings/{booking_id}/cancel`.
pub async fn cancel_booking(
    State(state): State<AppState>,
    Path((token, booking_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    let now = now_ms();
    let before =
        participant_bookings::own_booking(&state.db, &state.config, &token, booking_id, now)
            .await?;
    participant_bookings::cancel(&state.db, &state.config, &token, booking_id, now).await?;
    let notice = if before.status == BookingStatus::Confirmed {
        "cancelled"
    } else {
        "left"
    };
    Ok(back_to_page(&token, notice))
}

/// `POST /p/{token}/sessions/{session_id}/waitlist`: joins a full session's waiting list.
pub async fn join_waitlist(
    State(state): State<AppState>,
    Path((token, session_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    waitlist::join(&state.db, &state.config, &token, session_id, now_ms()).await?;
    Ok(back_to_page(&token, "waitlisted"))
}

/// `POST /p/{token}/bookings/{booking_id}/accept`: takes the place held for them.
pub async fn accept_offer(
    State(state): State<AppState>,
    Path((token, booking_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    waitlist::accept(&state.db, &state.config, &token, booking_id, now_ms()).await?;
    Ok(back_to_page(&token, "booked"))
}
