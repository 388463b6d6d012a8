//! An event's sessions with how full each is, as the API answers them.

use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// A session with its capacity and how much of it is taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionFill {
    /// The session.
    pub id: Uuid,
    /// Its event.
    pub event_id: Uuid,
    /// Title.
    pub title: String,
    /// Room.
    pub room: String,
    /// What participants should bring.
    pub what_to_bring: String,
    /// `mock_interview`, `speed_networking`, `placement` or `group`.
    pub format: String,
    /// `first_come` or `preferences`.
    pub booking_mode: String,
    /// Start, ms since the epoch.
    pub starts_at: i64,
    /// End, ms since the epoch.
    pub ends_at: i64,
    /// Bookable units (slots, placements, seat pools).
    pub units: i64,
    /// Places in all its units.
    pub capacity: i64,
    /// Places taken.
    pub booked: i64,
    /// People waiting for a place.
    pub waitlisted: i64,
}

/// The sessions of event `event_id` with their fill, in time order.
pub async fn of_event(
    db: &DatabaseConnection,
    event_id: Uuid,
) -> Result<Vec<SessionFill>, ServiceError> {
    Ok(crate::db::session_fill::of_event(db, event_id)
        .await?
        .into_iter()
        .map(|fill| {
            let s = fill.session;
            SessionFill {
                id: s.id,
                event_id: s.event_id,
                title: s.title,
                room: s.room,
                what_to_bring: s.what_to_bring,
                format: s.format.as_str().to_owned(),
                booking_mode: s.booking_mode.as_str().to_owned(),
                starts_at: s.starts_at,
                ends_at: s.ends_at,
                units: fill.slots,
                capacity: fill.capacity,
                booked: fill.booked,
                waitlisted: fill.waitlisted,
            }
        })
        .collect())
}
