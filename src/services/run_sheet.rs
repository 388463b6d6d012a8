//! The printable run sheet of an event: one card per room and table (an interviewer, a
//! placement, a group), listing each time with the people booked, so the staff at each table
//! know who comes when. Only names: nothing a volunteer at the table does not need.

use crate::db::event_report::{self, EventRecords};
use crate::entities::slot;
use crate::i18n::dates::{self, EventClock};
use crate::i18n::request::page_locale;
use crate::services::error::ServiceError;
use crate::services::{event_place, events};
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use uuid::Uuid;

/// One time at a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunRow {
    /// `17:30–18:00` in the event's zone.
    pub time: String,
    /// The people booked, in booking order.
    pub people: Vec<String>,
    /// Places still free.
    pub open: i32,
}

/// One room or table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunCard {
    /// Session title.
    pub session: String,
    /// Room, when the session names one.
    pub room: String,
    /// Who or what is at the table: `Dana Levi (Acme)`, a placement, a group.
    pub host: String,
    /// Times in order.
    pub rows: Vec<RunRow>,
}

/// The whole sheet.
#[derive(Clone, Debug)]
pub struct RunSheet {
    /// Event title.
    pub title: String,
    /// When, with the zone named.
    pub when: String,
    /// Venue or video link.
    pub place: String,
    /// Cards in session order, then by room and host.
    pub cards: Vec<RunCard>,
}

/// What makes slots one table: the same session, interviewer, employer and label.
type TableKey = (Uuid, Option<Uuid>, Option<Uuid>, String);

pub(crate) fn host_of(records: &EventRecords, slot: &slot::Model) -> String {
    let employer = records.employer_of(slot).map(|e| e.name.as_str());
    match (records.volunteer_of(slot), employer) {
        (Some(volunteer), Some(employer)) => format!("{} ({employer})", volunteer.name),
        (Some(volunteer), None) => volunteer.name.clone(),
        (None, Some(employer)) if slot.label.is_empty() => employer.to_owned(),
        (None, Some(employer)) => format!("{employer}: {}", slot.label),
        (None, None) => slot.label.clone(),
    }
}

/// The cards of `records`, times written by the event's `clock` (dated when it spans days).
pub fn cards(records: &EventRecords, clock: &EventClock) -> Result<Vec<RunCard>, ServiceError> {
    let mut cards: Vec<(usize, RunCard)> = Vec::new();
    let mut index: HashMap<TableKey, usize> = HashMap::new();
    for slot in &records.slots {
        let Some(position) = records
            .sessions
            .iter()
            .position(|s| s.id == slot.session_id)
        else {
            continue;
        };
        let session = &records.sessions[position];
        let key: TableKey = (
            session.id,
            slot.volunteer_id,
            slot.employer_id,
            slot.label.clone(),
        );
        let row = RunRow {
            time: clock.range(slot.starts_at, slot.ends_at)?,
            people: records
                .confirmed_in(slot.id)
                .filter_map(|b| records.participants.get(&b.participant_id))
                .map(|p| p.name.clone())
                .collect(),
            open: (slot.capacity - slot.booked).max(0),
        };
        match index.get(&key) {
            Some(&at) => cards[at].1.rows.push(row),
            None => {
                index.insert(key, cards.len());
                cards.push((
                    position,
                    RunCard {
                        session: session.title.clone(),
                        room: session.room.clone(),
                        host: host_of(records, slot),
                        rows: vec![row],
                    },
                ));
            }
        }
    }
    cards.sort_by_cached_key(|(position, card)| {
        (
            *position,
            card.room.to_lowercase(),
            card.host.to_lowercase(),
        )
    });
    Ok(cards.into_iter().map(|(_, card)| card).collect())
}

/// Loads the run sheet of event `event_id`.
pub async fn run_sheet(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<RunSheet, ServiceError> {
    let event = &events::find(conn, event_id).await?;
    let records = event_report::load(conn, event.id).await?;
    // Printed from the coordinator's page: in its language.
    let locale = page_locale();
    Ok(RunSheet {
        title: event.title.clone(),
        when: dates::range(&locale, event.starts_at, event.ends_at, &event.time_zone)?,
        place: event_place(event),
        cards: cards(
            &records,
            &EventClock::new(&locale, &event.time_zone, (event.starts_at, event.ends_at))?,
        )?,
    })
}
