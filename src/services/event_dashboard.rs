//! An event's dashboard beyond the session table: fill per employer, who has not booked yet,
//! and the mails that could not be delivered to the people of this event.

use crate::db::employers;
use crate::db::event_report::{self, EventRecords};
use crate::domain::booking_status::BookingStatus;
use crate::entities::event;
use crate::services::error::ServiceError;
use sea_orm::ConnectionTrait;
use std::collections::{BTreeMap, HashSet};
use uuid::Uuid;

/// One employer's share of the event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerFill {
    /// Employer name.
    pub name: String,
    /// Volunteers registered for the event.
    pub volunteers: usize,
    /// Slots, tables and placements.
    pub units: usize,
    /// Places in them.
    pub capacity: i64,
    /// Places taken.
    pub booked: i64,
}

/// Someone on the event's list without a booking or a place on a waitlist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotBooked {
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Whether their personal link was sent.
    pub invited: bool,
}

/// A mail that failed after every attempt.
#[derive(Clone, Debug)]
pub struct FailedMail {
    /// Recipient.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// The last delivery error.
    pub error: String,
}

/// The dashboard sections of one event.
#[derive(Clone, Debug)]
pub struct EventDashboard {
    /// Per employer, by name.
    pub employers: Vec<EmployerFill>,
    /// People on the list.
    pub listed: usize,
    /// Of them, those with nothing booked, by name.
    pub not_booked: Vec<NotBooked>,
    /// Undeliverable mails to this event's people, newest first.
    pub mail_failures: Vec<FailedMail>,
}

/// Fill per employer: every invited employer (even with nothing yet) and every employer owning a
/// unit, by name.
pub fn employer_fill(records: &EventRecords) -> Vec<EmployerFill> {
    let mut by_employer: BTreeMap<Uuid, EmployerFill> = BTreeMap::new();
    let blank = |name: &str| EmployerFill {
        name: name.to_owned(),
        volunteers: 0,
        units: 0,
        capacity: 0,
        booked: 0,
    };
    for id in &records.invited_employers {
        if let Some(employer) = records.employers.get(id) {
            by_employer.insert(*id, blank(&employer.name));
        }
    }
    for volunteer in records.volunteers.values() {
        if let Some(employer) = records.employers.get(&volunteer.employer_id) {
            by_employer
                .entry(employer.id)
                .or_insert_with(|| blank(&employer.name))
                .volunteers += 1;
        }
    }
    for slot in &records.slots {
        if let Some(employer) = records.employer_of(slot) {
            let line = by_employer
                .entry(employer.id)
                .or_insert_with(|| blank(&employer.name));
            line.units += 1;
            line.capacity += i64::from(slot.capacity);
            line.booked += i64::from(slot.booked);
        }
    }
    let mut lines: Vec<EmployerFill> = by_employer.into_values().collect();
    lines.sort_by_key(|line| line.name.to_lowercase());
    lines
}

/// The people on the list with no confirmed booking and no place on a waitlist, by name.
pub fn not_booked(records: &EventRecords) -> Vec<NotBooked> {
    let holding: HashSet<Uuid> = records
        .bookings
        .iter()
        .filter(|b| b.status != BookingStatus::Cancelled)
        .map(|b| b.participant_id)
        .collect();
    let mut people: Vec<NotBooked> = records
        .listed
        .iter()
        .filter(|entry| !holding.contains(&entry.participant_id))
        .filter_map(|entry| {
            let person = records.participants.get(&entry.participant_id)?;
            Some(NotBooked {
                name: person.name.clone(),
                email: person.contact().to_owned(),
                invited: entry.invited_at.is_some(),
            })
        })
        .collect();
    people.sort_by_key(|p| p.name.to_lowercase());
    people
}

/// Loads the dashboard of `event`.
pub async fn dashboard(
    conn: &impl ConnectionTrait,
    event: &event::Model,
) -> Result<EventDashboard, ServiceError> {
    let records = event_report::load(conn, event.id).await?;
    let mut addresses: Vec<String> = records
        .volunteers
        .values()
        .map(|v| v.email.clone())
        .collect();
    for (_, contacts) in employers::of_event(conn, event.id).await? {
        addresses.extend(contacts.into_iter().map(|c| c.email));
    }
    let participant_ids = records.participants.keys().copied().collect();
    let mail_failures = event_report::failed_mails(conn, participant_ids, addresses)
        .await?
        .into_iter()
        .map(|m| FailedMail {
            to: m.to_address,
            subject: m.subject,
            error: m.last_error.unwrap_or_default(),
        })
        .collect();
    Ok(EventDashboard {
        employers: employer_fill(&records),
        listed: records.listed.len(),
        not_booked: not_booked(&records),
        mail_failures,
    })
}
