//! The one owner of every write that takes or frees a place: booking, moving, cancelling, the
//! waiting list's held offers (`waiting`), and the day's no-shows, late arrivals and seats given
//! on the spot (`day`). Each function changes a booking row together with the place it takes or
//! frees, in the caller's transaction, so no caller counts places itself; the layering test
//! holds that nothing else names the counting queries.
//!
//! A place is taken by one conditional update (`booked = booked + 1 WHERE booked < capacity`),
//! so the database decides every race: concurrent bookings can never oversell a slot. Writes
//! that touch two slots lock them in the order of their ids, so two moves in opposite
//! directions cannot wait on each other; and every write locks the slots' rows before the
//! booking's, so a cancellation and a move of one booking cannot either. The booking's row is
//! changed only if it is still as it was read (same status, same slot); otherwise the caller's
//! transaction rolls back with [`ServiceError::Contention`], and the services that people call
//! directly (book, move, cancel) try once more on the fresh state.

mod day;
mod waiting;

pub use day::{came_after_all, no_show, seat_again};
pub use waiting::{close_waiting, hold_for_offer, take_back_offer};

use crate::db::bookings::{insert_row, mark_cancelled, move_to_slot, release_place, take_place};
use crate::db::{booking_step, is_constraint_violation};
use crate::domain::actor::Actor;
use crate::entities::{booking, outbox_message};
use crate::services::error::ServiceError;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};
use uuid::Uuid;

/// Takes one place in `slot_id`, or refuses: the slot is full (nothing changed then).
pub async fn take(conn: &impl ConnectionTrait, slot_id: Uuid) -> Result<(), ServiceError> {
    if take_place(conn, slot_id).await? {
        Ok(())
    } else {
        Err(ServiceError::Refused("refuse-full"))
    }
}

/// Stores the new booking `row` with the place it takes in its slot, and logs `actor` as having
/// made it, as one change (one statement on PostgreSQL: the booking's hot path). Refuses when
/// the slot is full or the participant already holds a place in the session.
pub async fn book(
    conn: &impl ConnectionTrait,
    row: &booking::Model,
    audit: (Actor, &str),
) -> Result<(), ServiceError> {
    let (actor, action) = audit;
    place_taken(booking_step::take_place_and_insert(conn, row, actor, action).await)
}

/// [`book`] with the mail that confirms it, all or nothing and in one step of its own (for a
/// slot without a volunteer, whose booking changes nobody else's calendar): one statement on
/// PostgreSQL; on SQLite written together with the other bookings waiting for the writers' turn.
pub async fn book_with_mail(
    db: &DatabaseConnection,
    row: &booking::Model,
    audit: (Actor, &str),
    mail: outbox_message::ActiveModel,
) -> Result<(), ServiceError> {
    place_taken(booking_step::book_with_mail(db, row, audit, mail).await)
}

/// Stores the new booking `row` with the place it takes, without an audit entry of its own (the
/// caller logs the change that placed the person). Refuses like [`book`]; after a refusal the
/// place may be taken already, so the caller's transaction must then not be committed.
pub async fn insert(conn: &impl ConnectionTrait, row: &booking::Model) -> Result<(), ServiceError> {
    let Some(slot_id) = row.slot_id else {
        return Err(ServiceError::NotFound);
    };
    take(conn, slot_id).await?;
    match insert_row(conn, row).await {
        Ok(()) => Ok(()),
        Err(e) if is_constraint_violation(&e) => {
            Err(ServiceError::Refused("refuse-already-booked"))
        }
        Err(e) => Err(e.into()),
    }
}

/// Moves `held` (a booking holding a place) to `to`, inside the caller's write transaction: takes the new place, frees the old and
/// raises the booking's SEQUENCE (nothing to do when it is there already). The two slots are
/// locked in the order of their ids, so moves in opposite directions cannot deadlock. `false`
/// when `to` is full; nothing changed then.
pub async fn move_booking(
    conn: &impl ConnectionTrait,
    held: &booking::Model,
    to: Uuid,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    match held.slot_id.filter(|&from| from != to) {
        Some(from) if from < to => {
            // The old place first. If the new one is full, the old is taken back: no one can
            // have taken it meanwhile, since this transaction holds its row.
            release_place(conn, from).await?;
            if !take_place(conn, to).await? {
                if !take_place(conn, from).await? {
                    return Err(ServiceError::Internal(format!(
                        "the place in slot {from} could not be taken back after a refused move"
                    )));
                }
                return Ok(false);
            }
        }
        Some(from) => {
            if !take_place(conn, to).await? {
                return Ok(false);
            }
            release_place(conn, from).await?;
        }
        None if held.slot_id == Some(to) => return Ok(true),
        None => {
            if !take_place(conn, to).await? {
                return Ok(false);
            }
        }
    }
    if !move_to_slot(conn, held, to, now_ms).await? {
        return Err(changed_meanwhile(held));
    }
    Ok(true)
}

/// Cancels `held` (raising its SEQUENCE) and frees the place it held, if it held one (a
/// confirmed booking or an open offer; a waiting-list entry holds none).
pub async fn cancel(
    conn: &impl ConnectionTrait,
    held: &booking::Model,
    now_ms: i64,
) -> Result<(), ServiceError> {
    // The slot's row before the booking's, as in every write here (see the module's notes).
    if held.status.holds_a_place()
        && let Some(slot_id) = held.slot_id
    {
        release_place(conn, slot_id).await?;
    }
    if !mark_cancelled(conn, held, now_ms).await? {
        return Err(changed_meanwhile(held));
    }
    Ok(())
}

/// The answer when `held` changed between reading it and writing it: the caller's transaction
/// rolls back whatever it did, and the change may be tried again on the fresh state.
fn changed_meanwhile(held: &booking::Model) -> ServiceError {
    ServiceError::Contention(format!("booking {} changed meanwhile", held.id))
}

/// The place taken, or why not: the slot is full, or the participant already holds a place in
/// the session (the partial unique index's conflict).
fn place_taken(taken: Result<bool, DbErr>) -> Result<(), ServiceError> {
    match taken {
        Ok(true) => Ok(()),
        Ok(false) => Err(ServiceError::Refused("refuse-full")),
        Err(e) if is_constraint_violation(&e) => {
            Err(ServiceError::Refused("refuse-already-booked"))
        }
        Err(e) => Err(e.into()),
    }
}
