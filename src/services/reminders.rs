//! Reminder mails at the configured times before each booking (default 24 h and 2 h): to every
//! participant with a confirmed booking, in their language, and to every volunteer with their
//! run sheet. Each reminder is claimed in the database in the same transaction as its mail, so
//! it goes out once, never after a cancellation, and never twice after a restart.

use crate::config::Config;
use crate::db::outbox;
use crate::db::{begin_write, bookings as booking_rows, reminders, slot_calendar};
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{EventId, VolunteerId};
use crate::domain::mail_kind::MailKind;
use crate::mail::templates::ReminderEmail;
use crate::services::booking_mails::details_for;
use crate::services::error::ServiceError;
use crate::services::volunteer_calendar::send_schedule_mail;
use sea_orm::DatabaseConnection;
use std::collections::BTreeSet;
use uuid::Uuid;

const HOUR_MS: i64 = 60 * 60 * 1000;

/// What one run sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RemindersSent {
    /// Reminders to participants.
    pub participants: usize,
    /// Run sheets to volunteers.
    pub volunteers: usize,
}

/// Sends every reminder due at `now_ms`. A reminder `h` hours before is due once the booking's
/// start is at most `h` hours away, and only for bookings made before that moment (someone who
/// books 3 hours ahead gets the 2-hour reminder, not a 24-hour one at once).
pub async fn run_due(
    db: &DatabaseConnection,
    config: &Config,
    now_ms: i64,
) -> Result<RemindersSent, ServiceError> {
    let mut sent = RemindersSent::default();
    for &hours in &config.reminder_hours {
        let lead = hours * HOUR_MS;
        let slots = reminders::slots_starting(db, now_ms, now_ms + lead).await?;
        let ids = slots.iter().map(|s| s.id).collect();
        let due: Vec<Uuid> = reminders::confirmed_in(db, ids)
            .await?
            .into_iter()
            .filter(|booking| {
                slots
                    .iter()
                    .find(|s| Some(s.id) == booking.slot_id)
                    .is_some_and(|slot| booking.created_at <= slot.starts_at - lead)
            })
            .map(|booking| booking.id)
            .collect();
        let session_ids = slots.iter().map(|s| s.session_id).collect();
        let events = reminders::events_of_sessions(db, session_ids).await?;
        let volunteers: BTreeSet<(Uuid, Uuid)> = slots
            .iter()
            .filter_map(|s| Some((s.volunteer_id?, *events.get(&s.session_id)?)))
            .collect();
        // Only the reminders not yet sent open a write transaction (the claim there still
        // decides races between workers).
        let recipients = due
            .iter()
            .map(|id| booking_key(*id))
            .chain(
                volunteers
                    .iter()
                    .map(|(v, e)| volunteer_key(VolunteerId(*v), EventId(*e))),
            )
            .collect();
        let done = reminders::already_sent(db, recipients, hours).await?;
        for booking_id in due {
            if !done.contains(&booking_key(booking_id))
                && remind_participant(db, config, booking_id, hours, now_ms).await?
            {
                sent.participants += 1;
            }
        }
        for (volunteer_id, event_id) in volunteers {
            if !done.contains(&volunteer_key(VolunteerId(volunteer_id), EventId(event_id)))
                && remind_volunteer(
                    db,
                    config,
                    VolunteerId(volunteer_id),
                    EventId(event_id),
                    hours,
                    now_ms,
                )
                .await?
            {
                sent.volunteers += 1;
            }
        }
    }
    Ok(sent)
}

/// The `reminder_sent` key of a participant's booking.
fn booking_key(booking_id: Uuid) -> String {
    format!("booking:{booking_id}")
}

/// The `reminder_sent` key of a volunteer's run sheet for an event.
fn volunteer_key(volunteer_id: VolunteerId, event_id: EventId) -> String {
    format!("volunteer:{volunteer_id}:{event_id}")
}

/// Claims and sends one participant reminder; `false` when it went out before.
async fn remind_participant(
    db: &DatabaseConnection,
    config: &Config,
    booking_id: Uuid,
    hours: i64,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    let txn = begin_write(db).await?;
    let Some(booking) = booking_rows::find(&txn, booking_id).await? else {
        return Ok(false);
    };
    if booking.status != BookingStatus::Confirmed
        || !reminders::claim(&txn, &booking_key(booking_id), hours, now_ms).await?
    {
        return Ok(false);
    }
    let slot_id = booking.slot_id.ok_or(ServiceError::NotFound)?;
    let (details, participant, _) =
        details_for(&txn, config, booking.participant_id, slot_id, now_ms).await?;
    let mail = ReminderEmail(details).render()?.to_outbox(
        MailKind::Reminder,
        participant.mail_address(),
        &participant.name,
        Some(participant.id),
    );
    outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
    txn.commit().await?;
    Ok(true)
}

/// Claims and sends one volunteer's run sheet for an event; `false` when it went out before.
async fn remind_volunteer(
    db: &DatabaseConnection,
    config: &Config,
    volunteer_id: VolunteerId,
    event_id: EventId,
    hours: i64,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    let txn = begin_write(db).await?;
    if !reminders::claim(&txn, &volunteer_key(volunteer_id, event_id), hours, now_ms).await? {
        return Ok(false);
    }
    let Some(volunteer) = slot_calendar::volunteer(&txn, volunteer_id.0).await? else {
        return Ok(false);
    };
    let event = crate::services::events::find(&txn, event_id.0).await?;
    send_schedule_mail(&txn, config, &volunteer, &event, true, now_ms).await?;
    txn.commit().await?;
    Ok(true)
}
