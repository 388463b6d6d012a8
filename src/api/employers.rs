//! `/api/v1/events/{id}/employers`: the employers invited to an event; inviting one mails its
//! contact their personal link, as the coordinator's form does.

use super::extract::{ApiCoordinator, JsonBody, Path};
use super::schema::{ContactOut, EmployerOut, ErrorEnvelope};
use crate::app::error::{ApiError, AppError};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::employer_draft::{EmployerDraft, EmployerInput};
use crate::i18n::MAIL_LANGUAGES;
use crate::services::{employers, events};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use uuid::Uuid;

async fn employers_of(state: &AppState, event_id: Uuid) -> Result<Vec<EmployerOut>, AppError> {
    Ok(employers::invited(&state.db, event_id)
        .await?
        .into_iter()
        .map(|employer| EmployerOut {
            id: employer.id,
            name: employer.name,
            contacts: employer
                .contacts
                .into_iter()
                .map(|c| ContactOut {
                    name: c.name,
                    email: c.email,
                    language: c.language,
                })
                .collect(),
        })
        .collect())
}

/// The employers invited to an event, in invitation order.
#[utoipa::path(get, path = "/api/v1/events/{event_id}/employers", tag = "employers",
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 200, body = [EmployerOut]), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn list_employers(
    State(state): State<AppState>,
    _who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
) -> Result<Json<Vec<EmployerOut>>, ApiError> {
    events::find(&state.db, event_id).await?;
    Ok(Json(employers_of(&state, event_id).await?))
}

/// Invites an employer (created if new) and mails its contact their personal link.
#[utoipa::path(post, path = "/api/v1/events/{event_id}/employers", tag = "employers",
    request_body = EmployerInput,
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 201, body = EmployerOut), (status = 422, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn invite_employer(
    State(state): State<AppState>,
    who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
    JsonBody(input): JsonBody<EmployerInput>,
) -> Result<(StatusCode, Json<EmployerOut>), ApiError> {
    let draft = EmployerDraft::parse(&input, MAIL_LANGUAGES).map_err(AppError::Validation)?;
    let acting = (Actor::Coordinator(who.id), now_ms());
    let id = employers::invite(&state.db, &state.config, event_id, &draft, acting).await?;
    let invited = employers_of(&state, event_id)
        .await?
        .into_iter()
        .find(|e| e.id == id)
        .ok_or(AppError::NotFound)?;
    Ok((StatusCode::CREATED, Json(invited)))
}
