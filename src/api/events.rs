//! `/api/v1/events`: list, create, read, change and publish/close/reopen/cancel events.

use super::extract::{ApiCoordinator, JsonBody, Path};
use super::schema::{ErrorEnvelope, EventOut};
use crate::app::error::{ApiError, AppError, FieldError};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::event_draft::{EventDraft, EventInput};
use crate::domain::event_status::StatusAction;
use crate::domain::organiser_note::parse_note;
use crate::services::events::{self, EventDetails};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// A status change.
#[derive(Deserialize, ToSchema)]
pub struct StatusChange {
    /// `publish`, `close`, `reopen` or `cancel`.
    pub action: String,
    /// Must be `true` to cancel: every booking is cancelled and everyone is told.
    #[serde(default)]
    pub confirm: bool,
    /// When cancelling: a note for everyone told, sent with each mail (optional, up to 1,000
    /// characters; not kept).
    #[serde(default)]
    pub note: String,
}

/// The answer to a status change.
#[derive(serde::Serialize, ToSchema)]
pub struct StatusChanged {
    /// The event as it is now.
    pub event: EventOut,
    /// Bookings cancelled (when the event was cancelled).
    pub bookings_cancelled: usize,
}

/// Every event, soonest first.
#[utoipa::path(get, path = "/api/v1/events", tag = "events",
    responses((status = 200, body = [EventOut]), (status = 401, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn list_events(
    State(state): State<AppState>,
    _who: ApiCoordinator,
) -> Result<Json<Vec<EventOut>>, ApiError> {
    let events = events::list(&state.db).await.map_err(AppError::from)?;
    Ok(Json(events.into_iter().map(EventOut::from).collect()))
}

/// Creates a draft event. Times are wall times (`2027-03-03T17:00`) in `time_zone`.
#[utoipa::path(post, path = "/api/v1/events", tag = "events", request_body = EventInput,
    responses((status = 201, body = EventOut), (status = 422, body = ErrorEnvelope),
        (status = 401, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn create_event(
    State(state): State<AppState>,
    _who: ApiCoordinator,
    JsonBody(input): JsonBody<EventInput>,
) -> Result<(StatusCode, Json<EventOut>), ApiError> {
    let draft = EventDraft::parse(&input).map_err(AppError::Validation)?;
    let event = events::create(&state.db, &draft, now_ms()).await?;
    Ok((StatusCode::CREATED, Json(EventDetails::from(event).into())))
}

/// One event.
#[utoipa::path(get, path = "/api/v1/events/{event_id}", tag = "events",
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 200, body = EventOut), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn show_event(
    State(state): State<AppState>,
    _who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
) -> Result<Json<EventOut>, ApiError> {
    Ok(Json(events::details(&state.db, event_id).await?.into()))
}

/// Replaces an event's details (every field, as when creating it).
#[utoipa::path(put, path = "/api/v1/events/{event_id}", tag = "events", request_body = EventInput,
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 200, body = EventOut), (status = 422, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn update_event(
    State(state): State<AppState>,
    who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
    JsonBody(input): JsonBody<EventInput>,
) -> Result<Json<EventOut>, ApiError> {
    let draft = EventDraft::parse(&input).map_err(AppError::Validation)?;
    let note = parse_note(&input.note).map_err(|problem| AppError::Validation(vec![problem]))?;
    let acting = (Actor::Coordinator(who.id), now_ms());
    let change = (event_id, &draft, note.as_str());
    let event = events::update(&state.db, &state.config, change, acting).await?;
    Ok(Json(EventDetails::from(event).into()))
}

/// Publishes, closes, reopens or cancels an event.
#[utoipa::path(post, path = "/api/v1/events/{event_id}/status", tag = "events",
    request_body = StatusChange,
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 200, body = StatusChanged), (status = 422, body = ErrorEnvelope),
        (status = 409, body = ErrorEnvelope), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn change_status(
    State(state): State<AppState>,
    who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
    JsonBody(change): JsonBody<StatusChange>,
) -> Result<Json<StatusChanged>, ApiError> {
    let action = StatusAction::parse(&change.action).ok_or_else(|| {
        AppError::Validation(vec![FieldError::new(
            "action",
            "use publish, close, reopen or cancel",
        )])
    })?;
    if action == StatusAction::Cancel && !change.confirm {
        return Err(AppError::Validation(vec![FieldError::new(
            "confirm",
            "send \"confirm\": true to cancel the event and every booking",
        )])
        .into());
    }
    let note = parse_note(&change.note).map_err(|problem| AppError::Validation(vec![problem]))?;
    let actor = Actor::Coordinator(who.id);
    let cancelled = events::change_status(
        &state.db,
        &state.config,
        (event_id, action, note.as_str()),
        actor,
        now_ms(),
    )
    .await?;
    let event = events::details(&state.db, event_id).await?;
    Ok(Json(StatusChanged {
        event: event.into(),
        bookings_cancelled: cancelled,
    }))
}
