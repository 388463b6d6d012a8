//! `/api/v1/events/{id}/bookings`: every booking of an event (confirmed, waiting, cancelled), in
//! the order they were made. Contact details only; never needs or sensitive facts.

use super::extract::{ApiCoordinator, Path};
use super::schema::{BookingOut, ErrorEnvelope, instant};
use crate::app::error::{ApiError, AppError};
use crate::app::state::AppState;
use crate::services::event_lists;
use axum::Json;
use axum::extract::State;
use uuid::Uuid;

/// Every booking of an event, oldest first.
#[utoipa::path(get, path = "/api/v1/events/{event_id}/bookings", tag = "bookings",
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 200, body = [BookingOut]), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn list_bookings(
    State(state): State<AppState>,
    _who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
) -> Result<Json<Vec<BookingOut>>, ApiError> {
    let list = event_lists::bookings(&state.db, event_id)
        .await
        .map_err(AppError::from)?
        .into_iter()
        .map(|b| BookingOut {
            id: b.id,
            session_id: b.session_id,
            slot_id: b.slot_id,
            status: b.status,
            participant_id: b.participant_id,
            participant_name: b.participant_name,
            participant_email: b.participant_email,
            starts_at: b.starts_at.map(instant),
            ends_at: b.ends_at.map(instant),
            employer: b.employer,
            volunteer: b.volunteer,
            created_at: instant(b.created_at),
        })
        .collect();
    Ok(Json(list))
}
