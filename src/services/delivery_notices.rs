//! Tells coordinators when a mail could not be delivered after its last attempt, so that a
//! participant who never got their invitation is not silently lost.

use crate::config::Config;
use crate::db::{coordinators, outbox};
use crate::domain::mail_kind::MailKind;
use crate::entities::outbox_message;
use crate::mail::templates::{DeliveryFailedEmail, MailHead};
use crate::services::error::ServiceError;
use sea_orm::ConnectionTrait;

/// Enqueues a notice about `failed` to every active coordinator (none for a failed notice).
/// Returns how many were written.
pub async fn notify_coordinators(
    conn: &impl ConnectionTrait,
    config: &Config,
    failed: &outbox_message::Model,
    error: &str,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    // A failed notice never causes another one.
    if failed.kind == MailKind::DeliveryFailed {
        return Ok(0);
    }
    let recipients = coordinators::active(conn).await?;
    for coordinator in &recipients {
        let mail = DeliveryFailedEmail {
            head: MailHead::new(config, &config.default_language),
            name: coordinator.display_name.clone(),
            failed_to: failed.to_address.clone(),
            failed_subject: failed.subject.clone(),
            error: error.chars().take(300).collect(),
            dashboard_link: format!("{}/coordinator", config.base_url),
        }
        .render()?;
        let row = mail.to_outbox(
            MailKind::DeliveryFailed,
            &coordinator.email,
            &coordinator.display_name,
            failed.participant_id,
        );
        outbox::enqueue(conn, row, config.mail_domain(), now_ms).await?;
    }
    Ok(recipients.len())
}
