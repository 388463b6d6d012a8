//! `/api/v1/events/{id}/sessions` and `/api/v1/sessions/{id}`: an event's sessions with their
//! fill, added and changed with the same rules as the coordinator's form.

use super::extract::{ApiCoordinator, JsonBody, Path};
use super::schema::{ErrorEnvelope, SessionOut};
use crate::app::error::{ApiError, AppError};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::organiser_note::parse_note;
use crate::domain::session_draft::{SessionDraft, SessionInput};
use crate::services::events::{self, EventSummary};
use crate::services::{session_fill, sessions};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use uuid::Uuid;

/// The session `session_id` of `event` with its current fill.
async fn fill_of(
    state: &AppState,
    event: &EventSummary,
    session_id: Uuid,
) -> Result<SessionOut, AppError> {
    session_fill::of_event(&state.db, event.id)
        .await?
        .into_iter()
        .find(|fill| fill.id == session_id)
        .map(SessionOut::from)
        .ok_or(AppError::NotFound)
}

fn parse(input: &SessionInput, event: &EventSummary) -> Result<SessionDraft, AppError> {
    SessionDraft::parse(input, &event.time_zone, (event.starts_at, event.ends_at))
        .map_err(AppError::Validation)
}

/// An event's sessions in time order, with their fill.
#[utoipa::path(get, path = "/api/v1/events/{event_id}/sessions", tag = "sessions",
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 200, body = [SessionOut]), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn list_sessions(
    State(state): State<AppState>,
    _who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
) -> Result<Json<Vec<SessionOut>>, ApiError> {
    let event = events::summary(&state.db, event_id).await?;
    let fills = session_fill::of_event(&state.db, event.id)
        .await
        .map_err(AppError::from)?;
    Ok(Json(fills.into_iter().map(SessionOut::from).collect()))
}

/// Adds a session. Times are wall times in the event's zone; numbers may be sent as numbers or
/// text. Interview slots are cut from the volunteers' availability at once.
#[utoipa::path(post, path = "/api/v1/events/{event_id}/sessions", tag = "sessions",
    request_body = SessionInput,
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 201, body = SessionOut), (status = 422, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn create_session(
    State(state): State<AppState>,
    who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
    JsonBody(input): JsonBody<SessionInput>,
) -> Result<(StatusCode, Json<SessionOut>), ApiError> {
    let event = events::summary(&state.db, event_id).await?;
    let draft = parse(&input, &event)?;
    let acting = (Actor::Coordinator(who.id), now_ms());
    let session = sessions::create(&state.db, &state.config, event.id, &draft, acting).await?;
    let out = fill_of(&state, &event, session.id).await?;
    Ok((StatusCode::CREATED, Json(out)))
}

/// Replaces a session's settings. A group, seat pool or placement that moves keeps its bookings
/// and everyone booked is mailed the new time; a change that would drop a booked interview slot
/// is refused with `conflict`.
#[utoipa::path(put, path = "/api/v1/sessions/{session_id}", tag = "sessions",
    request_body = SessionInput,
    params(("session_id" = Uuid, Path, description = "The session")),
    responses((status = 200, body = SessionOut), (status = 422, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn update_session(
    State(state): State<AppState>,
    who: ApiCoordinator,
    Path(session_id): Path<Uuid>,
    JsonBody(input): JsonBody<SessionInput>,
) -> Result<Json<SessionOut>, ApiError> {
    let event = sessions::event_of(&state.db, session_id).await?;
    let draft = parse(&input, &event)?;
    let note = parse_note(&input.note).map_err(|problem| AppError::Validation(vec![problem]))?;
    let acting = (Actor::Coordinator(who.id), now_ms());
    let change = (session_id, &draft, note.as_str());
    sessions::update(&state.db, &state.config, change, acting).await?;
    Ok(Json(fill_of(&state, &event, session_id).await?))
}
