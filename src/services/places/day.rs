//! The day of the event: a no-show frees the place, a late arrival takes it again, and a person
//! seated on the spot (a walk-in, someone from standby or the waiting list) takes one.

use crate::db::bookings::{release_place, take_place};
use crate::db::{bookings, check_in};
use crate::domain::ids::{BookingId, SlotId};
use crate::entities::booking;
use crate::services::error::ServiceError;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// Marks the confirmed booking `booking_id` in `slot_id` as not come and frees its place;
/// `false` when it was not a confirmed booking without an arrival (nothing changed then).
pub async fn no_show(
    conn: &impl ConnectionTrait,
    booking_id: BookingId,
    slot_id: SlotId,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    let changed = check_in::mark_no_show(conn, booking_id.0, now_ms).await?;
    if changed {
        release_place(conn, slot_id.0).await?;
    }
    Ok(changed)
}

/// Turns the no-show `booking_id` back into a confirmed booking, checked in, taking its place in
/// `slot_id` again: `Ok(false)` when it was not a no-show, `refuse-full` when the place was
/// given away meanwhile (the caller's transaction must then not be committed).
pub async fn came_after_all(
    conn: &impl ConnectionTrait,
    booking_id: BookingId,
    slot_id: SlotId,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    // The booking row first: a second tap waits on it and then finds nothing to do, instead of
    // taking a second place.
    let changed = check_in::undo_no_show(conn, booking_id.0, now_ms).await?;
    if changed && !take_place(conn, slot_id.0).await? {
        return Err(ServiceError::Refused("refuse-full"));
    }
    Ok(changed)
}

/// Seats `held` (a no-show or a waiting-list entry of the session) in `slot_id`, confirmed and
/// checked in, taking the place: `refuse-full` when there is none, `Ok(false)` when the booking
/// changed meanwhile (the caller's transaction must then not be committed).
pub async fn seat_again(
    conn: &impl ConnectionTrait,
    held: &booking::Model,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    if !take_place(conn, slot_id).await? {
        return Err(ServiceError::Refused("refuse-full"));
    }
    Ok(bookings::seat_again(conn, held, slot_id, now_ms).await?)
}
