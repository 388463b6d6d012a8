//! Booking, rescheduling and cancelling: each change, the place it takes or frees, and the mail
//! with its calendar invitation are written in one transaction.
//!
//! The calendar entry keeps one UID for the booking's life; SEQUENCE rises with every change; a
//! reschedule is an update (REQUEST), a cancellation a CANCEL.

use crate::app::error::AppError;
use crate::calendar::{Appointment, Method, Party, invitation};
use crate::config::Config;
use crate::db::bookings::{self, status};
use crate::db::outbox::{self, CalendarPart};
use crate::db::{begin_write, is_constraint_violation, overview};
use crate::domain::locale::Locale;
use crate::domain::time::{format_range, format_range_for_viewer};
use crate::entities::{booking, event, participant, session, slot};
use crate::services::mails::{
    BookingCancelledEmail, BookingChangedEmail, BookingConfirmedEmail, BookingDetails,
    with_calendar,
};
use crate::services::volunteer_calendar::{self, notify_slot_change};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// Which change a mail reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Change {
    Confirmed,
    Rescheduled,
    Cancelled,
}

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

/// Cancels a confirmed booking, frees its place and sends the calendar CANCEL.
pub async fn cancel(
    db: &DatabaseConnection,
    config: &Config,
    booking_id: Uuid,
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
        .enqueue(&txn, Change::Cancelled, &cancelled, now_ms)
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

/// Everything a booking mail is made from.
struct MailContext<'a> {
    config: &'a Config,
    slot: &'a slot::Model,
    session: &'a session::Model,
    event: &'a event::Model,
    participant: &'a participant::Model,
    manage_link: &'a str,
}

impl MailContext<'_> {
    /// Who or what the booking is with: the slot's label and employer.
    async fn with(&self, conn: &impl ConnectionTrait) -> Result<String, AppError> {
        let employer_ids: Vec<Uuid> = self.slot.employer_id.into_iter().collect();
        let employers = overview::employers(conn, employer_ids).await?;
        let mut parts: Vec<String> = Vec::new();
        if !self.slot.label.is_empty() {
            parts.push(self.slot.label.clone());
        }
        parts.extend(
            self.slot
                .employer_id
                .and_then(|id| employers.get(&id))
                .map(|e| e.name.clone()),
        );
        Ok(if parts.is_empty() {
            self.session.title.clone()
        } else {
            parts.join(", ")
        })
    }

    /// Renders the mail for `change` with its calendar part and stores it in the outbox.
    async fn enqueue(
        &self,
        conn: &impl ConnectionTrait,
        change: Change,
        booking: &booking::Model,
        now_ms: i64,
    ) -> Result<(), AppError> {
        let place = self
            .event
            .venue_address
            .clone()
            .or_else(|| self.event.online_url.clone())
            .unwrap_or_default();
        let with = self.with(conn).await?;
        let details = BookingDetails {
            locale: Locale::negotiate(&self.participant.locale),
            programme: self.config.programme_name.clone(),
            name: self.participant.name.clone(),
            event_title: self.event.title.clone(),
            session_title: self.session.title.clone(),
            with: with.clone(),
            when: format_range(
                self.slot.starts_at,
                self.slot.ends_at,
                &self.event.time_zone,
            )?,
            own_time: match self.event.online_url {
                Some(_) => format_range_for_viewer(
                    self.slot.starts_at,
                    self.slot.ends_at,
                    &self.event.time_zone,
                    self.participant.time_zone.as_deref(),
                )?,
                None => None,
            },
            place: place.clone(),
            manage_link: self.manage_link.to_owned(),
        };
        let (kind, rendered, method) = match change {
            Change::Confirmed => (
                "booking_confirmed",
                BookingConfirmedEmail(details).render()?,
                Method::Request,
            ),
            Change::Rescheduled => (
                "booking_changed",
                BookingChangedEmail(details).render()?,
                Method::Request,
            ),
            Change::Cancelled => (
                "booking_cancelled",
                BookingCancelledEmail(details).render()?,
                Method::Cancel,
            ),
        };
        let appointment = Appointment {
            uid: booking.calendar_uid.clone(),
            sequence: u32::try_from(booking.sequence).unwrap_or_default(),
            starts_at: self.slot.starts_at,
            ends_at: self.slot.ends_at,
            summary: format!("{}: {}", self.session.title, self.event.title),
            location: place,
            description: format!("{with}\n\nSee, change or cancel: {}", self.manage_link),
            url: Some(self.manage_link.to_owned()),
        };
        let organizer = volunteer_calendar::organizer(self.config);
        let attendee = Party {
            name: self.participant.name.clone(),
            email: self.participant.email.clone(),
        };
        let ics = invitation(method, &appointment, &organizer, &attendee, now_ms)?;
        let mail = rendered.to_outbox(
            kind,
            &self.participant.email,
            &self.participant.name,
            Some(self.participant.id),
        );
        let mail = with_calendar(
            mail,
            CalendarPart {
                method: method.as_str().to_owned(),
                ics,
            },
        );
        outbox::enqueue(conn, mail, self.config.mail_domain(), now_ms).await?;
        Ok(())
    }
}
