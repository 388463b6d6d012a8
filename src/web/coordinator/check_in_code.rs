//! `POST /coordinator/events/{id}/check-in/code`: checks a person in by their code, typed at
//! the door or read from the QR code in a photo the phone's camera takes (a plain file input:
//! no script, no outside service).

use super::check_in::{Shown, render};
use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::i18n::request::page_locale;
use crate::i18n::{self, Message};
use crate::services::check_in;
use crate::services::error::ServiceError;
use crate::web::qr::text_in_photo;
use crate::web::upload::read_upload;
use axum::extract::State;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::response::Response;
use uuid::Uuid;

/// The largest photo taken, in megabytes (a phone's camera picture).
pub const MAX_PHOTO_MEGABYTES: usize = 20;

/// Checks in the person whose code was typed in `code`, or is in the photo sent as `file`.
pub async fn check_in_by_code(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let form = read_upload(multipart, MAX_PHOTO_MEGABYTES).await?;
    signed_in.check_csrf(form.field("csrf"))?;
    let typed = if form.file.is_empty() {
        form.field("code").to_owned()
    } else {
        match text_in_photo(&form.file) {
            Some(text) => text,
            None => return refused(&state, &signed_in, event_id, "coord-code-no-qr").await,
        }
    };
    let actor = Actor::Coordinator(signed_in.coordinator.id);
    match check_in::check_in_by_code(&state.db, (event_id, actor), &typed, now_ms()).await {
        Ok(done) => {
            let id = if done.marked.already {
                "coord-code-already"
            } else {
                "coord-code-arrived"
            };
            let said = i18n::text(
                &page_locale(),
                id,
                &[("name", &done.marked.person), ("session", &done.session)],
            );
            let shown = Shown {
                said: Some(said),
                ..Shown::plain(Default::default())
            };
            render(&state, &signed_in, event_id, shown).await
        }
        Err(ServiceError::Conflict(message)) => {
            render(&state, &signed_in, event_id, Shown::refused(&message)).await
        }
        Err(other) => Err(other.into()),
    }
}

async fn refused(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    id: &'static str,
) -> Result<Response, AppError> {
    render(
        state,
        signed_in,
        event_id,
        Shown::refused(&Message::new(id)),
    )
    .await
}
