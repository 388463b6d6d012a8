//! Adding participants to an event (one by one or from a CSV file) and sending their personal
//! links. An import is all or nothing unless the coordinator asks for the valid rows only.

use crate::config::Config;
use crate::db::participants::{self, Saved};
use crate::db::{begin_write, outbox};
use crate::domain::event_status::EventStatus;
use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::local_text::LocalText;
use crate::domain::mail_kind::MailKind;
use crate::domain::participant_import::ParticipantRow;
use crate::entities::{event, participant};
use crate::mail::templates::{MailHead, ParticipantInvitationEmail, When};
use crate::services::error::ServiceError;
use crate::services::{access_links, event_place, events};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use uuid::Uuid;

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    /// New people.
    pub created: usize,
    /// Rows merged into people who existed.
    pub merged: usize,
    /// People newly on the event's list.
    pub added_to_event: usize,
}

/// Someone on an event's list, as the list shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedPerson {
    /// The participant.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// E-mail address (none for someone reached by phone only).
    pub email: Option<String>,
    /// Phone number, if given.
    pub phone: Option<String>,
    /// The language of their mails and pages.
    pub locale: String,
    /// When their invitation to this event went out, if it did.
    pub invited_at: Option<i64>,
    /// When they were anonymised, if they were.
    pub anonymised_at: Option<i64>,
}

/// The people on an event's list, by name.
pub async fn listed(
    db: &DatabaseConnection,
    event_id: Uuid,
) -> Result<Vec<ListedPerson>, ServiceError> {
    Ok(participants::of_event(db, event_id)
        .await?
        .into_iter()
        .map(|(person, entry)| ListedPerson {
            id: person.id,
            name: person.name,
            email: person.email,
            phone: person.phone,
            locale: person.locale,
            invited_at: entry.invited_at,
            anonymised_at: person.anonymised_at,
        })
        .collect())
}

/// "Not found" unless `participant_id` is on the list of `event_id` (so a coordinator acts on
/// a person through the event they are listed for).
pub async fn ensure_listed(
    db: &DatabaseConnection,
    event_id: EventId,
    participant_id: ParticipantId,
) -> Result<(), ServiceError> {
    participants::on_list(db, event_id, participant_id)
        .await?
        .map(|_| ())
        .ok_or(ServiceError::NotFound)
}

/// Saves valid rows and puts each person on the event's list, in one transaction.
pub async fn import(
    db: &DatabaseConnection,
    event_id: Uuid,
    rows: &[ParticipantRow],
    now_ms: i64,
) -> Result<ImportOutcome, ServiceError> {
    let txn = begin_write(db).await?;
    events::find_editable(&txn, event_id).await?;
    let mut outcome = ImportOutcome::default();
    for row in rows {
        let (id, saved) = participants::upsert(&txn, row, now_ms).await?;
        match saved {
            Saved::Created => outcome.created += 1,
            Saved::Merged => outcome.merged += 1,
        }
        if participants::add_to_event(&txn, EventId(event_id), ParticipantId(id), now_ms).await? {
            outcome.added_to_event += 1;
        }
    }
    txn.commit().await?;
    Ok(outcome)
}

/// Mails a personal link to everyone on the event's list who has not had one yet and has an
/// address (someone reached by phone gets theirs from a coordinator); returns how many. The event must be published, so the link leads to a page that can be booked.
pub async fn send_invitations(
    db: &DatabaseConnection,
    config: &Config,
    event_id: Uuid,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let txn = begin_write(db).await?;
    let event = events::find(&txn, event_id).await?;
    if event.status != EventStatus::Published {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-refuse-publish-to-invite",
        )));
    }
    let mut sent = 0;
    let event_title = crate::services::event_texts::title_of(&txn, &event).await?;
    for (person, entry) in participants::of_event(&txn, event_id).await? {
        if entry.invited_at.is_some() || person.anonymised_at.is_some() || person.email.is_none() {
            continue;
        }
        invite_person(&txn, config, (&event, &event_title), &person, now_ms).await?;
        sent += 1;
    }
    txn.commit().await?;
    Ok(sent)
}

/// Mails `person` the invitation to `event` (titled `event_title` in its languages) with a
/// fresh personal link, through the outbox, and marks them invited; returns the link.
pub(crate) async fn invite_person(
    txn: &DatabaseTransaction,
    config: &Config,
    (event, event_title): (&event::Model, &LocalText),
    person: &participant::Model,
    now_ms: i64,
) -> Result<String, ServiceError> {
    let link = access_links::participant_link(txn, config, person.id, event, now_ms).await?;
    let mail = ParticipantInvitationEmail {
        head: MailHead::for_participant(config, person),
        name: person.name.clone(),
        event_title: event_title.clone(),
        when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
        place: event_place(event),
        link: link.clone(),
    }
    .render()?
    .to_outbox(
        MailKind::ParticipantInvitation,
        person.mail_address(),
        &person.name,
        Some(person.id),
    );
    outbox::enqueue(txn, mail, config.mail_domain(), now_ms).await?;
    participants::mark_invited(txn, EventId(event.id), ParticipantId(person.id), now_ms).await?;
    Ok(link)
}
