//! `/api/v1/events/{id}/bookings`: every booking of an event (confirmed, waiting, cancelled), in
//! the order they were made. Contact details only; never needs or sensitive facts.

use super::extract::{ApiCoordinator, Path};
use super::schema::{BookingOut, ErrorEnvelope, instant};
use crate::app::error::{ApiError, AppError};
use crate::app::state::AppState;
use crate::db::event_report;
use crate::services::events;
use axum::Json;
use axum::extract::State;
use std::collections::HashMap;
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
    events::find(&state.db, event_id).await?;
    let records = event_report::load(&state.db, event_id)
        .await
        .map_err(AppError::from)?;
    let slots: HashMap<Uuid, _> = records.slots.iter().map(|s| (s.id, s)).collect();
    let list = records
        .bookings
        .iter()
        .map(|b| {
            let slot = b.slot_id.and_then(|id| slots.get(&id).copied());
            let person = records.participants.get(&b.participant_id);
            BookingOut {
                id: b.id,
                session_id: b.session_id,
                slot_id: b.slot_id,
                status: b.status.clone(),
                participant_id: b.participant_id,
                participant_name: person.map(|p| p.name.clone()).unwrap_or_default(),
                participant_email: person.map(|p| p.email.clone()).unwrap_or_default(),
                starts_at: slot.map(|s| instant(s.starts_at)),
                ends_at: slot.map(|s| instant(s.ends_at)),
                employer: slot
                    .and_then(|s| records.employer_of(s))
                    .map(|e| e.name.clone()),
                volunteer: slot
                    .and_then(|s| records.volunteer_of(s))
                    .map(|v| v.name.clone()),
                created_at: instant(b.created_at),
            }
        })
        .collect();
    Ok(Json(list))
}
