//! Reminder mails at the configured times before each booking (default 24 h and 2 h): to every
//! participant with a confirmed booking, in their language, and to every volunteer with their
//! run sheet. Each reminder is claimed in the database in the same transaction as its mail, so
//! it goes out once, never after a cancellation, and never twice after a restart.

use crate::app::error::AppError;
use crate::config::Config;
use crate::db::outbox;
use crate::db::{begin_write, bookings as booking_rows, reminders, volunteers};
use crate::services::booking_mails::details_for;
use crate::services::mails::ReminderEmail;
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
) -> Result<RemindersSent, AppError> {
    let mut sent = RemindersSent::default();
    for &hours in &config.reminder_hours {
        let lead = hours * HOUR_MS;
        let slots = reminders::slots_starting(db, now_ms, now_ms + lead).await?;
        let ids = slots.iter().map(|s| s.id).collect();
        for booking in reminders::confirmed_in(db, ids).await? {
            let Some(slot) = slots.iter().find(|s| Some(s.id) == booking.slot_id) else {
                continue;
            };
            if booking.created_at <= slot.starts_at - lead
                && remind_participant(db, config, booking.id, hours, now_ms).await?
            {
                sent.participants += 1;
            }
        }
        let volunteer_events: BTreeSet<(Uuid, Uuid)> = slots
            .iter()
            .filter_map(|s| s.volunteer_id.map(|v| (v, s.session_id)))
            .collect();
        let mut seen = BTreeSet::new();
        for (volunteer_id, session_id) in volunteer_events {
            let Some(event_id) = event_of_session(db, session_id).await? else {
                continue;
            };
            if seen.insert((volunteer_id, event_id))
                && remind_volunteer(db, config, volunteer_id, event_id, hours, now_ms).await?
            {
                sent.volunteers += 1;
            }
        }
    }
    Ok(sent)
}

async fn event_of_session(
    db: &DatabaseConnection,
    session_id: Uuid,
) -> Result<Option<Uuid>, AppError> {
    Ok(crate::db::waitlist::session(db, session_id)
        .await?
        .map(|s| s.event_id))
}

/// Claims and sends one participant reminder; `false` when it went out before.
async fn remind_participant(
    db: &DatabaseConnection,
    config: &Config,
    booking_id: Uuid,
    hours: i64,
    now_ms: i64,
) -> Result<bool, AppError> {
    let txn = begin_write(db).await?;
    let Some(booking) = booking_rows::find(&txn, booking_id).await? else {
        return Ok(false);
    };
    if booking.status != booking_rows::status::CONFIRMED
        || !reminders::claim(&txn, &format!("booking:{booking_id}"), hours, now_ms).await?
    {
        return Ok(false);
    }
    let slot_id = booking.slot_id.ok_or(AppError::NotFound)?;
    let (details, participant, _) =
        details_for(&txn, config, booking.participant_id, slot_id, now_ms).await?;
    let mail = ReminderEmail(details).render()?.to_outbox(
        "reminder",
        &participant.email,
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
    volunteer_id: Uuid,
    event_id: Uuid,
    hours: i64,
    now_ms: i64,
) -> Result<bool, AppError> {
    let txn = begin_write(db).await?;
    let recipient = format!("volunteer:{volunteer_id}:{event_id}");
    if !reminders::claim(&txn, &recipient, hours, now_ms).await? {
        return Ok(false);
    }
    let Some(volunteer) = volunteers::find_any(&txn, volunteer_id).await? else {
        return Ok(false);
    };
    let event = crate::services::events::find(&txn, event_id).await?;
    send_schedule_mail(&txn, config, &volunteer, &event, true, now_ms).await?;
    txn.commit().await?;
    Ok(true)
}
