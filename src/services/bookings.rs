//! Booking, rescheduling and cancelling: each change, the place it takes or frees, and the mails
//! with their calendar invitations (participant and volunteer) are written in one transaction.
//!
//! The calendar entry keeps one UID for the booking's life; SEQUENCE rises with every change; a
//! reschedule is an update (REQUEST), a cancellation a CANCEL.

use crate::config::Config;
use crate::db::audit;
use crate::db::bookings;
use crate::db::{begin_write, outbox};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, ParticipantId, SessionId, SlotId};
use crate::entities::{booking, event, participant, session, slot};
use crate::mail::templates::{CancelledBy, MovedBy, Notice};
use crate::services::booking_mails::{Change, MailContext};
use crate::services::error::{ServiceError, retry_once_if_contended};
use crate::services::places;
use crate::services::volunteer_calendar::{notify_place_change, notify_slot_change};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// Books `participant_id` into `slot_id`. `manage_link` is the participant's personal link,
/// quoted in the mail and the calendar entry.
pub async fn book(
    db: &DatabaseConnection,
    config: &Config,
    participant_id: ParticipantId,
    slot_id: SlotId,
    manage_link: &str,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let place = slot_context(db, slot_id.0).await?;
    let participant = bookings::participant(db, participant_id.0)
        .await?
        .ok_or(ServiceError::NotFound)?;
    book_place(db, config, &participant, &place, manage_link, now_ms).await
}

/// [`book`] for a slot the caller has already read with its session and event (and checked that
/// the participant may book it), saving the reads.
pub async fn book_place(
    db: &DatabaseConnection,
    config: &Config,
    participant: &participant::Model,
    place: &Place,
    manage_link: &str,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let by = (Actor::Participant(participant.id), "booking.booked");
    book_place_by(db, config, (participant, place), manage_link, now_ms, by).await
}

/// [`book_place`] done by `by` (who, and the audit log's action): the participant, or a
/// coordinator booking for them.
pub async fn book_place_by(
    db: &DatabaseConnection,
    config: &Config,
    (participant, place): (&participant::Model, &Place),
    manage_link: &str,
    now_ms: i64,
    by: (Actor, &'static str),
) -> Result<booking::Model, ServiceError> {
    // Read and render first: only the writes below wait for other bookings' write locks. (A
    // slot removed meanwhile makes taking the place answer "full"; nothing is half-written.)
    let booking = bookings::new_row(
        SessionId(place.slot.session_id),
        Some(place.slot.id),
        ParticipantId(participant.id),
        (BookingStatus::Confirmed, None),
        config.mail_domain(),
        now_ms,
    );
    let context = MailContext {
        config,
        slot: &place.slot,
        session: &place.session,
        event: &place.event,
        participant,
        manage_link,
        notice: &Notice::NONE,
    };
    let mail = context
        .prepare(db, Change::Confirmed, &booking, now_ms)
        .await?;
    let news = crate::domain::webhook::WebhookEvent::BookingCreated;
    if place.slot.volunteer_id.is_none()
        && !participant.mail_address().is_empty()
        && !crate::db::webhooks::anyone_listening(db, news).await?
    {
        // Nobody's calendar but the participant's changes: one step (see `book_with_mail`).
        let row = outbox::new_row(mail, config.mail_domain(), now_ms);
        places::book_with_mail(db, &booking, by, row).await?;
        return Ok(booking);
    }
    let txn = begin_write(db).await?;
    // The place, the booking and its audit entry in one step (one round trip on PostgreSQL).
    places::book(&txn, &booking, by).await?;
    outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
    notify_place_change(&txn, config, place, now_ms).await?;
    txn.commit().await?;
    Ok(booking)
}

/// Moves a confirmed booking to `new_slot_id` in the same session at its participant's request:
/// the new place is taken and the old one freed together, and one mail updates the calendar
/// entry.
pub async fn reschedule(
    db: &DatabaseConnection,
    config: &Config,
    booking_id: BookingId,
    new_slot_id: SlotId,
    manage_link: &str,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let asked = (booking_id, new_slot_id);
    reschedule_by(db, config, asked, manage_link, now_ms, None).await
}

/// [`reschedule`] by `coordinator` when given (the mail says the organisers moved it and carries
/// their note, the audit log names them), else at the participant's request.
pub async fn reschedule_by(
    db: &DatabaseConnection,
    config: &Config,
    (booking_id, new_slot_id): (BookingId, SlotId),
    manage_link: &str,
    now_ms: i64,
    coordinator: Option<(Actor, &Notice)>,
) -> Result<booking::Model, ServiceError> {
    retry_once_if_contended(|| {
        let asked = (booking_id, new_slot_id);
        reschedule_once(db, config, asked, manage_link, now_ms, coordinator)
    })
    .await
}

async fn reschedule_once(
    db: &DatabaseConnection,
    config: &Config,
    (booking_id, new_slot_id): (BookingId, SlotId),
    manage_link: &str,
    now_ms: i64,
    coordinator: Option<(Actor, &Notice)>,
) -> Result<booking::Model, ServiceError> {
    let txn = begin_write(db).await?;
    let booking = live_booking(&txn, booking_id.0).await?;
    let place = slot_context(&txn, new_slot_id.0).await?;
    if place.slot.session_id != booking.session_id {
        return Err(ServiceError::Refused("refuse-same-session"));
    }
    if booking.slot_id == Some(place.slot.id) {
        return Ok(booking);
    }
    if !places::move_booking(&txn, &booking, place.slot.id, now_ms).await? {
        return Err(ServiceError::Refused("refuse-full"));
    }
    let moved = bookings::find(&txn, booking.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (moved_by, notice) = match coordinator {
        Some((_, notice)) => (MovedBy::Organisers, notice),
        None => (MovedBy::Participant, &Notice::NONE),
    };
    let news = (Change::Rescheduled(moved_by), notice);
    announce_with(&txn, config, news, &moved, &place, manage_link, now_ms).await?;
    if let Some(old_slot) = booking.slot_id {
        notify_slot_change(&txn, config, old_slot, now_ms).await?;
    }
    notify_place_change(&txn, config, &place, now_ms).await?;
    let by = coordinator.map_or(Actor::Participant(booking.participant_id), |(actor, _)| {
        actor
    });
    audit::booking_changed(&txn, by, "booking.moved", booking.id, now_ms).await?;
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
) -> Result<booking::Model, ServiceError> {
    retry_once_if_contended(|| cancel_once(db, config, booking_id, by, manage_link, now_ms)).await
}

async fn cancel_once(
    db: &DatabaseConnection,
    config: &Config,
    booking_id: Uuid,
    by: CancelledBy,
    manage_link: &str,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let txn = begin_write(db).await?;
    let cancelled = cancel_in(&txn, config, booking_id, by, manage_link, now_ms).await?;
    // Cancellations for other reasons are logged by the change that caused them.
    if by == CancelledBy::Participant {
        let actor = Actor::Participant(cancelled.participant_id);
        audit::booking_changed(&txn, actor, "booking.cancelled", booking_id, now_ms).await?;
    }
    txn.commit().await?;
    Ok(cancelled)
}

/// [`cancel`] inside the caller's transaction, for changes that cancel many bookings at once.
pub async fn cancel_in(
    conn: &impl ConnectionTrait,
    config: &Config,
    booking_id: Uuid,
    by: CancelledBy,
    manage_link: &str,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let why = (by, &Notice::NONE);
    cancel_with_notice_in(conn, config, booking_id, why, manage_link, now_ms).await
}

/// [`cancel_in`] with the coordinator's note (and anything else the mail must name).
pub async fn cancel_with_notice_in(
    conn: &impl ConnectionTrait,
    config: &Config,
    booking_id: Uuid,
    (by, notice): (CancelledBy, &Notice),
    manage_link: &str,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let booking = live_booking(conn, booking_id).await?;
    let place = slot_context(conn, booking.slot_id.ok_or(ServiceError::NotFound)?).await?;
    places::cancel(conn, &booking, now_ms).await?;
    let cancelled = bookings::find(conn, booking.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    announce_with(
        conn,
        config,
        (Change::Cancelled(by), notice),
        &cancelled,
        &place,
        manage_link,
        now_ms,
    )
    .await?;
    if by.updates_volunteer() {
        notify_place_change(conn, config, &place, now_ms).await?;
    }
    Ok(cancelled)
}

/// A place to book: a slot (an interview, a seat pool, a placement, a group's places) with the
/// session and event it belongs to.
#[derive(Clone, Debug)]
pub struct Place {
    /// The slot whose places are counted.
    pub slot: slot::Model,
    /// Its session.
    pub session: session::Model,
    /// Its event.
    pub event: event::Model,
}

impl From<(slot::Model, session::Model, event::Model)> for Place {
    fn from((slot, session, event): (slot::Model, session::Model, event::Model)) -> Self {
        Self {
            slot,
            session,
            event,
        }
    }
}

pub(crate) async fn slot_context(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Place, ServiceError> {
    bookings::slot_context(conn, slot_id)
        .await?
        .map(Place::from)
        .ok_or(ServiceError::NotFound)
}

async fn live_booking(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<booking::Model, ServiceError> {
    let booking = bookings::find(conn, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if booking.status != BookingStatus::Confirmed {
        return Err(ServiceError::Refused("refuse-inactive"));
    }
    Ok(booking)
}

/// Mails the participant about `change` with the booking's calendar entry as it is now.
pub(crate) async fn announce(
    conn: &impl ConnectionTrait,
    config: &Config,
    change: Change,
    booking: &booking::Model,
    place: &Place,
    manage_link: &str,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let news = (change, &Notice::NONE);
    announce_with(conn, config, news, booking, place, manage_link, now_ms).await
}

/// [`announce`] for a change a coordinator made: the mail names what changed and carries their
/// note.
pub(crate) async fn announce_with(
    conn: &impl ConnectionTrait,
    config: &Config,
    (change, notice): (Change, &Notice),
    booking: &booking::Model,
    Place {
        slot,
        session,
        event,
    }: &Place,
    manage_link: &str,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let participant = bookings::participant(conn, booking.participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let context = MailContext {
        config,
        slot,
        session,
        event,
        participant: &participant,
        manage_link,
        notice,
    };
    context.enqueue(conn, change, booking, now_ms).await
}
