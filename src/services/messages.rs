//! A coordinator writes to a group of an event's people: everyone booked in a session, waiting
//! for it, or not booked at the event. Each person gets their own mail through the outbox, in
//! their language with the programme's, with their personal link; all of it in one
//! transaction with an audit entry, so a message goes to everyone or to nobody.

use crate::config::Config;
use crate::db::{audit, begin_write, event_report, outbox, serialize_on};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::fields::FieldError;
use crate::domain::ids::EventId;
use crate::domain::mail_kind::MailKind;
use crate::domain::message_draft::{Audience, MessageDraft};
use crate::entities::participant;
use crate::i18n::Message;
use crate::mail::templates::{CoordinatorMessageEmail, MailHead};
use crate::services::access_links;
use crate::services::error::ServiceError;
use crate::services::events;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::collections::HashSet;
use uuid::Uuid;

/// The audit log's action for a message sent.
const SENT: &str = "event.message_sent";

/// Who a message would reach.
#[derive(Clone, Debug)]
pub struct Recipients {
    /// The people with an address, by name.
    pub reachable: Vec<participant::Model>,
    /// How many of the audience have no address (phone only): reach them another way.
    pub without_address: usize,
}

/// The people `audience` names at event `event_id` (erased people never count).
pub async fn recipients(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
    audience: Audience,
) -> Result<Recipients, ServiceError> {
    events::find(conn, event_id).await?;
    let records = event_report::load(conn, event_id).await?;
    let in_event = |session: Uuid| records.sessions.iter().any(|s| s.id == session);
    let holds = |person: Uuid, session: Option<Uuid>, statuses: &[BookingStatus]| {
        records.bookings.iter().any(|b| {
            b.participant_id == person
                && session.is_none_or(|s| b.session_id == s)
                && statuses.contains(&b.status)
        })
    };
    let chosen: HashSet<Uuid> = match audience {
        Audience::BookedIn(session) | Audience::WaitingFor(session) if !in_event(session) => {
            return Err(ServiceError::Invalid(vec![FieldError::new(
                "audience",
                "problem-message-audience",
            )]));
        }
        Audience::BookedIn(session) => records
            .bookings
            .iter()
            .filter(|b| b.session_id == session && b.status == BookingStatus::Confirmed)
            .map(|b| b.participant_id)
            .collect(),
        Audience::WaitingFor(session) => records
            .bookings
            .iter()
            .filter(|b| {
                b.session_id == session
                    && matches!(b.status, BookingStatus::Waitlisted | BookingStatus::Offered)
            })
            .map(|b| b.participant_id)
            .collect(),
        Audience::NotBooked => records
            .listed
            .iter()
            .map(|entry| entry.participant_id)
            .filter(|person| !holds(*person, None, &[BookingStatus::Confirmed]))
            .collect(),
        Audience::BookedAtEvent => records
            .listed
            .iter()
            .map(|entry| entry.participant_id)
            .filter(|person| holds(*person, None, &[BookingStatus::Confirmed]))
            .collect(),
        Audience::Everyone => records
            .listed
            .iter()
            .map(|entry| entry.participant_id)
            .collect(),
    };
    let mut people: Vec<participant::Model> = chosen
        .iter()
        .filter_map(|id| records.participants.get(id))
        .filter(|person| person.anonymised_at.is_none())
        .cloned()
        .collect();
    people.sort_by_key(|person| (person.name.to_lowercase(), person.id));
    let (reachable, unreachable): (Vec<_>, Vec<_>) = people
        .into_iter()
        .partition(|person| person.email.is_some());
    Ok(Recipients {
        reachable,
        without_address: unreachable.len(),
    })
}

/// What the coordinator saw before sending: the preview's one-time key, and how many people
/// it said the message reaches.
#[derive(Clone, Copy, Debug)]
pub struct Previewed<'a> {
    /// The key given with the preview; a message is sent once per key.
    pub key: &'a str,
    /// How many people with an address the preview named.
    pub reachable: usize,
}

/// Sends `draft` to its audience at event `event_id`: one mail per person with an address,
/// written to the outbox in one transaction with the audit entry. Refused when the preview's
/// key was used already (a double click, a form sent again) or the group is no longer the one
/// the preview showed. Returns who was reached.
pub async fn send(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, draft, previewed): (Uuid, &MessageDraft, Previewed<'_>),
    (actor, now_ms): (Actor, i64),
) -> Result<Recipients, ServiceError> {
    let txn = begin_write(db).await?;
    serialize_on(&txn, event_id).await?;
    let event = events::find(&txn, event_id).await?;
    let details = serde_json::json!({ "message": previewed.key }).to_string();
    if audit::event_has_entry(&txn, SENT, EventId(event_id), &details).await? {
        return Err(ServiceError::Conflict(Message::new(
            "coord-message-already-sent",
        )));
    }
    let reached = recipients(&txn, event_id, draft.audience).await?;
    if reached.reachable.len() != previewed.reachable {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "audience",
            "problem-message-group-changed",
        )]));
    }
    let event_title = crate::services::event_texts::title_of(&txn, &event).await?;
    for person in &reached.reachable {
        let link = access_links::participant_link(&txn, config, person.id, &event, now_ms).await?;
        let mail = CoordinatorMessageEmail {
            head: MailHead::for_participant(config, person),
            name: person.name.clone(),
            event_title: event_title.clone(),
            subject: draft.subject.clone(),
            text: draft.text.clone(),
            link,
        }
        .render()?
        .to_outbox(
            MailKind::CoordinatorMessage,
            person.mail_address(),
            &person.name,
            Some(person.id),
        );
        outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
    }
    audit::event_changed_with(&txn, (actor, SENT), EventId(event_id), details, now_ms).await?;
    txn.commit().await?;
    Ok(reached)
}
