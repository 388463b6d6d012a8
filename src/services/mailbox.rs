//! What the outbox holds, read for people rather than for delivery: the development mailbox
//! (`/dev/mail`) and the mail counts behind `/metrics`.

use crate::db::outbox;
use crate::domain::delivery_status::DeliveryStatus;
use crate::entities::outbox_message;
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// A line of the development mailbox.
pub struct MailLine {
    /// The mail, for its link.
    pub id: Uuid,
    /// Recipient's name.
    pub to_name: String,
    /// Recipient's address.
    pub to_address: String,
    /// Subject.
    pub subject: String,
    /// `pending`, `sending`, `sent` or `failed`.
    pub status: String,
}

/// One mail as the development mailbox shows it.
pub struct MailText {
    /// Recipient's name.
    pub to_name: String,
    /// Recipient's address.
    pub to_address: String,
    /// Subject.
    pub subject: String,
    /// The `Message-ID` header's value.
    pub message_id: String,
    /// `pending`, `sending`, `sent` or `failed`.
    pub status: String,
    /// Delivery attempts so far.
    pub attempts: i32,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<String>,
    /// The plain-text body.
    pub body_text: String,
    /// `REQUEST`, `CANCEL` or `PUBLISH` when a calendar part is attached.
    pub calendar_method: Option<String>,
    /// The attached calendar, if any.
    pub calendar_ics: Option<String>,
}

impl From<outbox_message::Model> for MailLine {
    fn from(mail: outbox_message::Model) -> Self {
        Self {
            id: mail.id,
            to_name: mail.to_name,
            to_address: mail.to_address,
            subject: mail.subject,
            status: mail.status.to_string(),
        }
    }
}

impl From<outbox_message::Model> for MailText {
    fn from(mail: outbox_message::Model) -> Self {
        Self {
            to_name: mail.to_name,
            to_address: mail.to_address,
            subject: mail.subject,
            message_id: mail.message_id,
            status: mail.status.to_string(),
            attempts: mail.attempts,
            last_error: mail.last_error,
            body_text: if mail.body_text.is_empty() && !mail.status.is_waiting() {
                // Blanked after delivery (see `db::outbox`): say so rather than show nothing.
                "(The text was removed once the mail was sent or failed: it held personal links.)"
                    .to_owned()
            } else {
                mail.body_text
            },
            calendar_method: mail.calendar_method,
            calendar_ics: mail.calendar_ics,
        }
    }
}

/// The newest `limit` mails of every status, newest first.
pub async fn recent(db: &DatabaseConnection, limit: u64) -> Result<Vec<MailLine>, ServiceError> {
    Ok(outbox::recent(db, None, limit)
        .await?
        .into_iter()
        .map(MailLine::from)
        .collect())
}

/// One mail, or "not found".
pub async fn find(db: &DatabaseConnection, id: Uuid) -> Result<MailText, ServiceError> {
    outbox::find(db, id)
        .await?
        .map(MailText::from)
        .ok_or(ServiceError::NotFound)
}

/// How many mails are in each status, as `(status, count)`.
pub async fn count_by_status(
    db: &DatabaseConnection,
) -> Result<Vec<(DeliveryStatus, i64)>, ServiceError> {
    Ok(outbox::count_by_status(db).await?)
}
