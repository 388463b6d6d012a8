//! Booking, rescheduling and cancelling: each change, the place it takes or frees, and the mail
//! with its calendar invitation are written in one transaction.
//!
//! The calendar entry keeps one UID for the booking's life; SEQUENCE rises with every change; a
//! reschedule is an update (REQUEST), a cancellation a CANCEL.

use crate::app::error::AppError;
use crate::config::Config;
use crate::db::bookings::{self, status};
use crate::db::{begin_write, is_constraint_violation};
use crate::entities::booking;
use crate::services::booking_mails::{Change, MailContext};
use crate::services::mails::CancelledBy;
use crate::services::volunteer_calendar::notify_slot_change;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// Books `participant_id` into `slot_id`. `manage_link` is the participant's personal link,
/// quoted in the mail and the calendar entry.
pub async fn book(
    db: &DatabaseConnection,
    config: &Config,
    participant_id: Uuid,
    slot_id: Uuid,
    manage_link: &str,
    now_ms: i64,
) -> Result<booking::Model, AppError> {
    let txn = begin_write(db).await?;
    let (slot, session, event) = bookings::slot_context(&txn, slot_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let participant = bookings::participant(&txn, participant_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !bookings::take_place(&txn, slot.id).await? {
        return Err(AppError::Conflict(
            "This time is fully booked. Please choose another one.".to_owned(),
        ));
    }
    let booking =
        match bookings::insert_confirmed(&txn, &slot, participant.id, config.mail_domain(), now_ms)
            .await
        {
            Ok(booking) => booking,
            Err(e) if is_constraint_violation(&e) => {
                return Err(AppError::Conflict(
                    "You already have a booking in this session. Change or cancel it instead."
                        .to_owned(),
                ));
            }
            Err(e) => return Err(e.into()),
        };
    let context = MailContext {
        config,
        slot: &slot,
        session: &session,
        event: &event,
        participant: &participant,
        manage_link,
    };
    context
        .enqueue(&txn, Change::Confirmed, &booking, now_ms)
        .await?;
    notify_slot_change(&txn, config, slot.id, now_ms).await?;
    txn.commit().await?;
    Ok(booking)
}

/// Moves a confirmed booking to `new_slot_id` in the same session: the new place is taken and
/// the old one freed together, and one mail updates the calendar entry.
pub async fn reschedule(
    db: &DatabaseConnection,
    config: &Config,
    booking_id: Uuid,
    new_slot_id: Uuid,
    manage_link: &str,
    now_ms: i64,
) -> Result<booking::Model, AppError> {
    let txn = begin_write(db).await?;
    let booking = live_booking(&txn, booking_id).await?;
    let (slot, session, event) = bookings::slot_context(&txn, new_slot_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if slot.session_id != booking.session_id {
        return Err(AppError::Conflict(
            "Choose another time of the same session.".to_owned(),
        ));
    }
    if booking.slot_id == Some(slot.id) {
        return Ok(booking);
    }
    if !bookings::take_place(&txn, slot.id).await? {
        return Err(AppError::Conflict(
            "This time is fully booked. Please choose another one.".to_owned(),
        ));
    }
    if let Some(old_slot) = booking.slot_id {
        bookings::release_place(&txn, old_slot).await?;
    }
    bookings::move_to_slot(&txn, &booking, slot.id, now_ms).await?;
    let moved = bookings::find(&txn, booking.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let participant = bookings::participant(&txn, moved.participant_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let context = MailContext {
        config,
        slot: &slot,
        session: &session,
        event: &event,
        participant: &participant,
        manage_link,
    };
    context
        .enqueue(&txn, Change::Rescheduled, &moved, now_ms)
        .await?;
    if let Some(old_slot) = booking.slot_id {
        notify_slot_change(&txn, config, old_slot, now_ms).await?;
    }
    notify_slot_change(&txn, config, slot.id, now_ms).await?;
    txn.commit().await?;
    Ok(moved)
}

/// Cancels a confirmed booking, frees its place and sends the calendar CANCEL; the mail says
/// who cancelled.
pub async fn cancel(
    db: &DatabaseConnection,
    config: &Config,
    booking_id: Uuid,
    by: CancelledBy,
    manage_link: &str,
    now_ms: i64,
) -> Result<booking::Model, AppError> {
    let txn = begin_write(db).await?;
    let booking = live_booking(&txn, booking_id).await?;
    let slot_id = booking.slot_id.ok_or(AppError::NotFound)?;
    let (slot, session, event) = bookings::slot_context(&txn, slot_id)
        .await?
        .ok_or(AppError::NotFound)?;
    bookings::mark_cancelled(&txn, &booking, now_ms).await?;
    bookings::release_place(&txn, slot.id).await?;
    let cancelled = bookings::find(&txn, booking.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let participant = bookings::participant(&txn, cancelled.participant_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let context = MailContext {
        config,
        slot: &slot,
        session: &session,
        event: &event,
        participant: &participant,
        manage_link,
    };
    context
        .enqueue(&txn, Change::Cancelled(by), &cancelled, now_ms)
        .await?;
    notify_slot_change(&txn, config, slot.id, now_ms).await?;
    txn.commit().await?;
    Ok(cancelled)
}

async fn live_booking(conn: &impl ConnectionTrait, id: Uuid) -> Result<booking::Model, AppError> {
    let booking = bookings::find(conn, id).await?.ok_or(AppError::NotFound)?;
    if booking.status != status::CONFIRMED {
        return Err(AppError::Conflict(
            "This booking is no longer active.".to_owned(),
        ));
    }
    Ok(booking)
}
