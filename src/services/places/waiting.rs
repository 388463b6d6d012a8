//! The waiting list's places: an offer holds a place until it is accepted (the place stays
//! taken), declined, expired or taken back (the place is freed).

use crate::db::bookings::{release_place, take_place};
use crate::db::waitlist;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, SlotId};
use crate::entities::booking;
use crate::services::error::ServiceError;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// Holds a place in `slot_id` for the waiting entry `waiting` until `expires_at`: `false` when
/// the slot is full or the entry is no longer waiting (the caller's transaction must then not be
/// committed).
pub async fn hold_for_offer(
    conn: &impl ConnectionTrait,
    waiting: &booking::Model,
    slot_id: Uuid,
    expires_at: i64,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    if !take_place(conn, slot_id).await? {
        return Ok(false);
    }
    Ok(waitlist::offer(
        conn,
        BookingId(waiting.id),
        SlotId(slot_id),
        expires_at,
        now_ms,
    )
    .await?)
}

/// Ends a waiting entry or an offer (left, declined, expired, its event cancelled), freeing the
/// place an offer held; `false` when it had changed already (nothing changed then).
pub async fn close_waiting(
    conn: &impl ConnectionTrait,
    entry: &booking::Model,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    let closed = waitlist::close(conn, entry, now_ms).await?;
    if closed
        && entry.status == BookingStatus::Offered
        && let Some(slot_id) = entry.slot_id
    {
        release_place(conn, slot_id).await?;
    }
    Ok(closed)
}

/// Puts the offer `offer` of a place in `slot_id` back in line (the place is going away) and
/// frees the place; `false` when it was no longer an offer.
pub async fn take_back_offer(
    conn: &impl ConnectionTrait,
    offer: &booking::Model,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    let taken_back = waitlist::take_back(conn, offer.id, now_ms).await?;
    if taken_back {
        release_place(conn, slot_id).await?;
    }
    Ok(taken_back)
}
