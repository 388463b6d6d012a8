//! The coordinator's CSV downloads of one event: every booking, and the volunteers' schedule.
//! Times are wall times in the event's zone (named in a column). Only what running the event
//! needs is exported: never needs, residence status or anything else stored as sensitive.

use crate::db::event_report::{self, EventRecords};
use crate::domain::csv_export::{CsvExportError, CsvSheet};
use crate::domain::local_time::to_civil;
use crate::entities::{event, session, slot};
use crate::services::error::ServiceError;
use crate::services::events::{self, EventSummary};
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use uuid::Uuid;

/// The columns of the bookings export.
pub const BOOKING_COLUMNS: &[&str] = &[
    "session",
    "format",
    "date",
    "starts",
    "ends",
    "time_zone",
    "room",
    "unit",
    "employer",
    "volunteer",
    "participant",
    "participant_email",
    "participant_phone",
    "participant_language",
    "status",
    "booked_at",
];

/// The columns of the volunteer schedule export.
pub const SCHEDULE_COLUMNS: &[&str] = &[
    "employer",
    "volunteer",
    "volunteer_email",
    "job_title",
    "session",
    "date",
    "starts",
    "ends",
    "time_zone",
    "room",
    "booked",
    "capacity",
    "participants",
];

impl From<CsvExportError> for ServiceError {
    fn from(error: CsvExportError) -> Self {
        Self::Internal(error.to_string())
    }
}

/// `(date, HH:MM)` of an instant in `zone`.
fn wall(ms: i64, zone: &str) -> Result<(String, String), ServiceError> {
    let civil = to_civil(ms, zone)?;
    Ok((
        civil.date().to_string(),
        civil.strftime("%H:%M").to_string(),
    ))
}

fn sessions_by_id(records: &EventRecords) -> HashMap<Uuid, &session::Model> {
    records.sessions.iter().map(|s| (s.id, s)).collect()
}

/// Every booking of the event (confirmed, waiting, cancelled), in session and time order.
pub fn bookings_csv(event: &event::Model, records: &EventRecords) -> Result<String, ServiceError> {
    let zone = &event.time_zone;
    let sessions = sessions_by_id(records);
    let slots: HashMap<Uuid, &slot::Model> = records.slots.iter().map(|s| (s.id, s)).collect();
    let mut rows: Vec<_> = records
        .bookings
        .iter()
        .filter_map(|b| {
            let session = sessions.get(&b.session_id)?;
            let slot = b.slot_id.and_then(|id| slots.get(&id).copied());
            let person = records.participants.get(&b.participant_id)?;
            Some((b, *session, slot, person))
        })
        .collect();
    rows.sort_by_key(|(b, session, slot, person)| {
        let at = slot.map_or(session.starts_at, |s| s.starts_at);
        (
            session.starts_at,
            session.title.clone(),
            at,
            person.name.to_lowercase(),
            b.id,
        )
    });
    let mut sheet = CsvSheet::new(BOOKING_COLUMNS)?;
    for (booking, session, slot, person) in rows {
        let (starts_at, ends_at) = slot.map_or((session.starts_at, session.ends_at), |s| {
            (s.starts_at, s.ends_at)
        });
        let (date, starts) = wall(starts_at, zone)?;
        let (_, ends) = wall(ends_at, zone)?;
        let booked_at = to_civil(booking.created_at, zone)?
            .strftime("%Y-%m-%d %H:%M")
            .to_string();
        let employer = slot
            .and_then(|s| records.employer_of(s))
            .map(|e| e.name.as_str());
        let volunteer = slot
            .and_then(|s| records.volunteer_of(s))
            .map(|v| v.name.as_str());
        sheet.row([
            session.title.as_str(),
            session.format.as_str(),
            &date,
            &starts,
            &ends,
            zone,
            session.room.as_str(),
            slot.map_or("", |s| s.label.as_str()),
            employer.unwrap_or_default(),
            volunteer.unwrap_or_default(),
            person.name.as_str(),
            person.mail_address(),
            person.phone.as_deref().unwrap_or_default(),
            person.locale.as_str(),
            booking.status.as_str(),
            &booked_at,
        ])?;
    }
    Ok(sheet.finish()?)
}

/// Every volunteer's slots, by employer, volunteer and time, with who booked each.
pub fn volunteer_schedule_csv(
    event: &event::Model,
    records: &EventRecords,
) -> Result<String, ServiceError> {
    let zone = &event.time_zone;
    let sessions = sessions_by_id(records);
    let mut rows: Vec<_> = records
        .slots
        .iter()
        .filter_map(|slot| {
            let volunteer = records.volunteer_of(slot)?;
            let employer = records.employers.get(&volunteer.employer_id)?;
            let session = sessions.get(&slot.session_id)?;
            Some((employer, volunteer, *session, slot))
        })
        .collect();
    rows.sort_by_key(|(employer, volunteer, _, slot)| {
        (
            employer.name.to_lowercase(),
            volunteer.name.to_lowercase(),
            volunteer.id,
            slot.starts_at,
        )
    });
    let mut sheet = CsvSheet::new(SCHEDULE_COLUMNS)?;
    for (employer, volunteer, session, slot) in rows {
        let (date, starts) = wall(slot.starts_at, zone)?;
        let (_, ends) = wall(slot.ends_at, zone)?;
        let names: Vec<&str> = records
            .confirmed_in(slot.id)
            .filter_map(|b| records.participants.get(&b.participant_id))
            .map(|p| p.name.as_str())
            .collect();
        sheet.row([
            employer.name.as_str(),
            volunteer.name.as_str(),
            volunteer.email.as_str(),
            volunteer.job_title.as_str(),
            session.title.as_str(),
            &date,
            &starts,
            &ends,
            zone,
            session.room.as_str(),
            &slot.booked.to_string(),
            &slot.capacity.to_string(),
            &names.join("; "),
        ])?;
    }
    Ok(sheet.finish()?)
}

/// Loads event `event_id` and its records and writes one of its exports; answers with the event
/// too, whose date names the file.
pub async fn export(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
    write: fn(&event::Model, &EventRecords) -> Result<String, ServiceError>,
) -> Result<(EventSummary, String), ServiceError> {
    let event = events::find(conn, event_id).await?;
    let records = event_report::load(conn, event.id).await?;
    Ok((EventSummary::from(&event), write(&event, &records)?))
}
