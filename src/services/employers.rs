//! Inviting partner employers to an event: the contact person gets a personal link to register
//! volunteers, and every speed-networking session of the event gets a table for the employer.

use crate::config::Config;
use crate::db::access_links::LinkSubject;
use crate::db::sessions as session_rows;
use crate::db::{begin_write, employers, outbox};
use crate::domain::actor::Actor;
use crate::domain::employer_draft::EmployerDraft;
use crate::domain::ids::{EmployerId, EventId};
use crate::domain::mail_kind::MailKind;
use crate::domain::session_draft::Format;
use crate::entities::{employer, employer_contact, event};
use crate::mail::templates::{EmployerInvitationEmail, MailHead, When};
use crate::services::error::ServiceError;
use crate::services::session_news::EditNote;
use crate::services::unit_sync::{WhenBooked, sync_units};
use crate::services::{access_links, events};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use uuid::Uuid;

/// An employer invited to an event, with its contact people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitedEmployer {
    /// The employer.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// What it offers, as it wrote when it signed up itself.
    pub offer: Option<String>,
    /// Its contact people.
    pub contacts: Vec<Contact>,
}

/// An employer's contact person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// The language of their mails and pages.
    pub language: String,
}

/// The employers invited to an event with their contacts, in invitation order.
pub async fn invited(
    db: &DatabaseConnection,
    event_id: Uuid,
) -> Result<Vec<InvitedEmployer>, ServiceError> {
    Ok(employers::of_event(db, event_id)
        .await?
        .into_iter()
        .map(|(employer, contacts)| InvitedEmployer {
            id: employer.id,
            name: employer.name,
            offer: employer.offer,
            contacts: contacts
                .into_iter()
                .map(|c| Contact {
                    name: c.name,
                    email: c.email,
                    language: c.locale,
                })
                .collect(),
        })
        .collect())
}

/// Adds the employer (or finds it by its contact's address), puts it on the event and mails the
/// contact a personal link, in one transaction. Inviting again sends a fresh link.
pub async fn invite(
    db: &DatabaseConnection,
    config: &Config,
    event_id: Uuid,
    draft: &EmployerDraft,
    (actor, now_ms): (Actor, i64),
) -> Result<Uuid, ServiceError> {
    let txn = begin_write(db).await?;
    let event = events::find_editable(&txn, event_id).await?;
    let (employer, contact) = employers::find_or_create(&txn, draft, now_ms).await?;
    invite_in(
        &txn,
        config,
        &event,
        (&employer, &[contact]),
        (actor, now_ms),
    )
    .await?;
    txn.commit().await?;
    Ok(employer.id)
}

/// Invites `employer` to `event` inside the caller's transaction: gives it a table in each
/// speed-networking session (once), and mails each of `contacts` a personal link to the
/// event's employer page, through the outbox.
pub async fn invite_in(
    txn: &DatabaseTransaction,
    config: &Config,
    event: &event::Model,
    (employer, contacts): (&employer::Model, &[employer_contact::Model]),
    (actor, now_ms): (Actor, i64),
) -> Result<(), ServiceError> {
    if employers::invite(txn, EventId(event.id), EmployerId(employer.id), now_ms).await? {
        for session in session_rows::of_event(txn, event.id).await? {
            if session.format == Format::SpeedNetworking {
                let when_booked = (WhenBooked::Refuse, &EditNote::default());
                sync_units(txn, config, (&session, event), when_booked, actor, now_ms).await?;
            }
        }
    }
    for contact in contacts {
        let token = access_links::issue(
            txn,
            LinkSubject::EmployerContact(contact.id),
            Some(event.id),
            now_ms,
            event.ends_at,
        )
        .await?;
        let mail = EmployerInvitationEmail {
            head: MailHead::new(config, &contact.locale),
            name: contact.name.clone(),
            employer: employer.name.clone(),
            event_title: event.title.clone(),
            when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
            link: format!("{}/e/{token}", config.base_url),
        }
        .render()?
        .to_outbox(
            MailKind::EmployerInvitation,
            &contact.email,
            &contact.name,
            None,
        );
        outbox::enqueue(txn, mail, config.mail_domain(), now_ms).await?;
    }
    Ok(())
}
