//! "Send me a new link": a participant whose link expired or got lost enters their address and
//! receives a fresh link for each current event. The answer is the same whether or not the
//! address is known, and each address gets at most a few such mails an hour.

use super::access_links;
use crate::config::Config;
use crate::db::{begin_write, link_requests, outbox};
use crate::domain::email::EmailAddress;
use crate::domain::mail_kind::MailKind;
use crate::mail::templates::{MailHead, NewLinkEmail, When};
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;

/// New-link mails one address may receive per hour.
pub const PER_HOUR: u64 = 3;

/// Sends fresh links to `address` if it belongs to a participant with a current event. Says
/// nothing about whether it did; only a malformed address is an error.
pub async fn request_new_links(
    db: &DatabaseConnection,
    config: &Config,
    address: &str,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let email = EmailAddress::parse(address)
        .map_err(|e| ServiceError::Invalid(vec![e.problem("email")]))?;
    let txn = begin_write(db).await?;
    let Some(participant) = link_requests::participant_by_email(&txn, email.as_str()).await? else {
        return Ok(());
    };
    if link_requests::mails_since(&txn, email.as_str(), MailKind::NewLink, now_ms - 3_600_000)
        .await?
        >= PER_HOUR
    {
        tracing::info!("new-link request over the hourly limit");
        return Ok(());
    }
    for event in link_requests::current_events(&txn, participant.id, now_ms).await? {
        let link =
            access_links::participant_link(&txn, config, participant.id, &event, now_ms).await?;
        let event_title = crate::services::event_texts::title_of(&txn, &event).await?;
        let mail = NewLinkEmail {
            head: MailHead::for_participant(config, &participant),
            name: participant.name.clone(),
            event_title,
            when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
            link,
        }
        .render()?;
        let row = mail.to_outbox(
            MailKind::NewLink,
            participant.mail_address(),
            &participant.name,
            Some(participant.id),
        );
        outbox::enqueue(&txn, row, config.mail_domain(), now_ms).await?;
    }
    txn.commit().await?;
    Ok(())
}
