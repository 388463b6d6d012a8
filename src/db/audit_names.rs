//! Who and what the audit log's ids are: the names (or, for coordinators, the addresses) of the
//! people its entries mention, and the bookings and events it is about (whose booking, in which
//! session, when), each kind in one query, so a page of 300 entries costs ten queries.

use crate::entities::{
    booking, coordinator, employer, employer_contact, event, participant, session, slot, volunteer,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// The ids to name, by kind.
#[derive(Clone, Debug, Default)]
pub struct AuditIds {
    /// Coordinators.
    pub coordinators: Vec<Uuid>,
    /// Volunteers.
    pub volunteers: Vec<Uuid>,
    /// Participants.
    pub participants: Vec<Uuid>,
    /// Employers' contact people.
    pub contacts: Vec<Uuid>,
    /// Bookings.
    pub bookings: Vec<Uuid>,
    /// Events.
    pub events: Vec<Uuid>,
}

/// What a booking in the log is: whose, in which session, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BookingSubject {
    /// The participant's name (empty when they were erased with their bookings' names).
    pub person: String,
    /// The session's title.
    pub session: String,
    /// The time it holds (none on a waiting list): start, end, and the event's zone.
    pub time: Option<(i64, i64, String)>,
}

/// What the ids are called; an id that is gone (erased, deleted) is missing.
#[derive(Clone, Debug, Default)]
pub struct AuditNames {
    /// A coordinator's e-mail address, by id.
    pub coordinators: HashMap<Uuid, String>,
    /// A volunteer's name, by id.
    pub volunteers: HashMap<Uuid, String>,
    /// A participant's name, by id.
    pub participants: HashMap<Uuid, String>,
    /// A contact's name and their employer's name (empty when the employer is gone), by id.
    pub contacts: HashMap<Uuid, (String, String)>,
    /// What each booking is, by id.
    pub bookings: HashMap<Uuid, BookingSubject>,
    /// An event's title, by id.
    pub events: HashMap<Uuid, String>,
}

/// The addresses of the coordinators in `ids`.
pub async fn coordinator_emails(
    conn: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, String>, DbErr> {
    Ok(coordinator::Entity::find()
        .filter(coordinator::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c.email))
        .collect())
}

/// Looks up everyone in `ids`.
pub async fn names(conn: &impl ConnectionTrait, ids: AuditIds) -> Result<AuditNames, DbErr> {
    let coordinators = coordinator_emails(conn, ids.coordinators).await?;
    let volunteers = volunteer::Entity::find()
        .filter(volunteer::Column::Id.is_in(ids.volunteers))
        .all(conn)
        .await?
        .into_iter()
        .map(|v| (v.id, v.name))
        .collect();
    let bookings = booking::Entity::find()
        .filter(booking::Column::Id.is_in(ids.bookings))
        .all(conn)
        .await?;
    let people = ids
        .participants
        .into_iter()
        .chain(bookings.iter().map(|b| b.participant_id));
    let participants: HashMap<Uuid, String> = participant::Entity::find()
        .filter(participant::Column::Id.is_in(people))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let sessions: HashMap<Uuid, session::Model> = session::Entity::find()
        .filter(session::Column::Id.is_in(bookings.iter().map(|b| b.session_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let slots: HashMap<Uuid, slot::Model> = slot::Entity::find()
        .filter(slot::Column::Id.is_in(bookings.iter().filter_map(|b| b.slot_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let events: HashMap<Uuid, event::Model> = event::Entity::find()
        .filter(
            event::Column::Id.is_in(
                ids.events
                    .into_iter()
                    .chain(sessions.values().map(|s| s.event_id)),
            ),
        )
        .all(conn)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let bookings = bookings
        .into_iter()
        .map(|b| {
            let session = sessions.get(&b.session_id);
            let zone = session
                .and_then(|s| events.get(&s.event_id))
                .map(|e| e.time_zone.clone());
            let time = b
                .slot_id
                .and_then(|id| slots.get(&id))
                .zip(zone)
                .map(|(slot, zone)| (slot.starts_at, slot.ends_at, zone));
            let subject = BookingSubject {
                person: participants
                    .get(&b.participant_id)
                    .cloned()
                    .unwrap_or_default(),
                session: session.map(|s| s.title.clone()).unwrap_or_default(),
                time,
            };
            (b.id, subject)
        })
        .collect();
    let events = events.into_values().map(|e| (e.id, e.title)).collect();
    let contacts = employer_contact::Entity::find()
        .filter(employer_contact::Column::Id.is_in(ids.contacts))
        .all(conn)
        .await?;
    let employers: HashMap<Uuid, String> = employer::Entity::find()
        .filter(employer::Column::Id.is_in(contacts.iter().map(|c| c.employer_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect();
    let contacts = contacts
        .into_iter()
        .map(|c| {
            let employer = employers.get(&c.employer_id).cloned().unwrap_or_default();
            (c.id, (c.name, employer))
        })
        .collect();
    Ok(AuditNames {
        coordinators,
        volunteers,
        participants,
        contacts,
        bookings,
        events,
    })
}
