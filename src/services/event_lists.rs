//! An event's bookings and registered volunteers as plain lists, for the API: loaded from
//! [`crate::db::event_report`] (a few queries whatever the size of the event).

use crate::db::event_report::{self, EventRecords};
use crate::db::volunteers as volunteer_rows;
use crate::domain::ids::{EmployerId, EventId};
use crate::services::error::ServiceError;
use crate::services::events;
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use uuid::Uuid;

/// One booking with who made it and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingLine {
    /// The booking.
    pub id: Uuid,
    /// Its session.
    pub session_id: Uuid,
    /// Its slot, unless it waits for one.
    pub slot_id: Option<Uuid>,
    /// `confirmed`, `waitlisted`, `offered` or `cancelled`.
    pub status: String,
    /// Who booked.
    pub participant_id: Uuid,
    /// Their name (empty once erased).
    pub participant_name: String,
    /// Their address (empty once erased).
    pub participant_email: String,
    /// The slot's start, ms since the epoch.
    pub starts_at: Option<i64>,
    /// The slot's end.
    pub ends_at: Option<i64>,
    /// The slot's employer.
    pub employer: Option<String>,
    /// The slot's volunteer.
    pub volunteer: Option<String>,
    /// When it was made.
    pub created_at: i64,
}

/// A volunteer registered for the event, with their slots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolunteerLine {
    /// The volunteer.
    pub id: Uuid,
    /// Their employer.
    pub employer_id: Uuid,
    /// Their employer's name.
    pub employer: String,
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Job title.
    pub job_title: String,
    /// Their slots in time order.
    pub slots: Vec<VolunteerSlot>,
}

/// One of a volunteer's slots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolunteerSlot {
    /// The slot.
    pub id: Uuid,
    /// Its session.
    pub session_id: Uuid,
    /// Start, ms since the epoch.
    pub starts_at: i64,
    /// End.
    pub ends_at: i64,
    /// Places taken.
    pub booked: i32,
}

/// Every booking of event `event_id` (any status), oldest first; "not found" without the event.
pub async fn bookings(
    db: &DatabaseConnection,
    event_id: Uuid,
) -> Result<Vec<BookingLine>, ServiceError> {
    events::find(db, event_id).await?;
    let records = event_report::load(db, event_id).await?;
    let slots: HashMap<Uuid, _> = records.slots.iter().map(|s| (s.id, s)).collect();
    Ok(records
        .bookings
        .iter()
        .map(|b| {
            let slot = b.slot_id.and_then(|id| slots.get(&id).copied());
            let person = records.participants.get(&b.participant_id);
            BookingLine {
                id: b.id,
                session_id: b.session_id,
                slot_id: b.slot_id,
                status: b.status.to_string(),
                participant_id: b.participant_id,
                participant_name: person.map(|p| p.name.clone()).unwrap_or_default(),
                participant_email: person.and_then(|p| p.email.clone()).unwrap_or_default(),
                starts_at: slot.map(|s| s.starts_at),
                ends_at: slot.map(|s| s.ends_at),
                employer: slot
                    .and_then(|s| records.employer_of(s))
                    .map(|e| e.name.clone()),
                volunteer: slot
                    .and_then(|s| records.volunteer_of(s))
                    .map(|v| v.name.clone()),
                created_at: b.created_at,
            }
        })
        .collect())
}

/// The volunteers of event `event_id` in no particular order; "not found" without the event.
pub async fn volunteers(
    db: &DatabaseConnection,
    event_id: Uuid,
) -> Result<Vec<VolunteerLine>, ServiceError> {
    events::find(db, event_id).await?;
    let records = event_report::load(db, event_id).await?;
    Ok(records
        .volunteers
        .keys()
        .filter_map(|id| volunteer_line(&records, *id))
        .collect())
}

/// The volunteer of `employer_id` with address `email` as registered for event `event_id`, or
/// "not found".
pub async fn volunteer_by_email(
    db: &DatabaseConnection,
    event_id: EventId,
    employer_id: EmployerId,
    email: &str,
) -> Result<VolunteerLine, ServiceError> {
    let saved = volunteer_rows::find_by_email(db, employer_id.0, email)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let records = event_report::load(db, event_id.0).await?;
    volunteer_line(&records, saved.id).ok_or(ServiceError::NotFound)
}

fn volunteer_line(records: &EventRecords, id: Uuid) -> Option<VolunteerLine> {
    let volunteer = records.volunteers.get(&id)?;
    Some(VolunteerLine {
        id: volunteer.id,
        employer_id: volunteer.employer_id,
        employer: records
            .employers
            .get(&volunteer.employer_id)
            .map(|e| e.name.clone())
            .unwrap_or_default(),
        name: volunteer.name.clone(),
        email: volunteer.email.clone(),
        job_title: volunteer.job_title.clone(),
        slots: records
            .slots
            .iter()
            .filter(|s| s.volunteer_id == Some(id))
            .map(|s| VolunteerSlot {
                id: s.id,
                session_id: s.session_id,
                starts_at: s.starts_at,
                ends_at: s.ends_at,
                booked: s.booked,
            })
            .collect(),
    })
}
