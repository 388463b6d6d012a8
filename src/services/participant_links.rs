//! A coordinator's control over one participant's personal links for an event: revoke them all
//! (a forwarded or lost link stops working at once), revoke them and mail a fresh one, or
//! revoke them and hand a fresh one over in person (to print or copy for someone without an
//! e-mail address).

use crate::config::Config;
use crate::db::{access_links as link_rows, begin_write, outbox, participants};
use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::mail_kind::MailKind;
use crate::entities::{event, participant};
use crate::mail::templates::{MailHead, NewLinkEmail, When};
use crate::services::access_links::participant_link;
use crate::services::error::ServiceError;
use crate::services::events;
use sea_orm::ConnectionTrait;
use sea_orm::DatabaseConnection;

/// The participant, if they are on the event's list.
async fn listed(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
) -> Result<(event::Model, participant::Model), ServiceError> {
    let event = events::find(conn, event_id.0).await?;
    let person = participants::of_event(conn, event_id.0)
        .await?
        .into_iter()
        .map(|(person, _)| person)
        .find(|p| p.id == participant_id.0 && p.anonymised_at.is_none())
        .ok_or(ServiceError::NotFound)?;
    Ok((event, person))
}

/// Revokes every live link of the participant for the event; returns how many.
pub async fn revoke(
    db: &DatabaseConnection,
    event_id: EventId,
    participant_id: ParticipantId,
    now_ms: i64,
) -> Result<u64, ServiceError> {
    let txn = begin_write(db).await?;
    listed(&txn, event_id, participant_id).await?;
    let revoked = link_rows::revoke_for_participant(&txn, participant_id, event_id, now_ms).await?;
    txn.commit().await?;
    Ok(revoked)
}

/// Revokes the participant's links for the event and mails them a fresh one.
pub async fn resend(
    db: &DatabaseConnection,
    config: &Config,
    event_id: EventId,
    participant_id: ParticipantId,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let (event, person) = listed(&txn, event_id, participant_id).await?;
    if event.ends_at <= now_ms {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-refuse-links-over",
        )));
    }
    // Revoking their links and mailing nowhere would cut them off: they get theirs in person.
    if person.email.is_none() {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-refuse-resend-no-address",
        )));
    }
    link_rows::revoke_for_participant(&txn, participant_id, event_id, now_ms).await?;
    let link = participant_link(&txn, config, person.id, &event, now_ms).await?;
    let event_title = crate::services::event_texts::title_of(&txn, &event).await?;
    let mail = NewLinkEmail {
        head: MailHead::for_participant(config, &person),
        name: person.name.clone(),
        event_title,
        when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
        link,
    }
    .render()?
    .to_outbox(
        MailKind::NewLink,
        person.mail_address(),
        &person.name,
        Some(person.id),
    );
    outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
    participants::mark_invited(&txn, event_id, ParticipantId(person.id), now_ms).await?;
    txn.commit().await?;
    Ok(())
}

/// Revokes the participant's links for the event and returns a fresh one for the coordinator to
/// print or copy and give them (audited as `actor`'s); nothing is mailed.
pub async fn hand_over(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, participant_id): (EventId, ParticipantId),
    actor: crate::domain::actor::Actor,
    now_ms: i64,
) -> Result<String, ServiceError> {
    let txn = begin_write(db).await?;
    let (event, person) = listed(&txn, event_id, participant_id).await?;
    if event.ends_at <= now_ms {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-refuse-links-over",
        )));
    }
    link_rows::revoke_for_participant(&txn, participant_id, event_id, now_ms).await?;
    let link = participant_link(&txn, config, person.id, &event, now_ms).await?;
    participants::mark_invited(&txn, event_id, ParticipantId(person.id), now_ms).await?;
    let action = "participant.link_handed_over";
    crate::db::audit::participant_changed(&txn, actor, action, participant_id, now_ms).await?;
    txn.commit().await?;
    Ok(link)
}
