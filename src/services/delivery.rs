//! The delivery worker's bookkeeping: claiming due mails, recording that one was sent, and
//! recording a failed attempt (with the coordinators' notice when it is not tried again). Sending
//! itself is `jobs::delivery`'s; this is the part that writes to the database.

use super::delivery_notices::notify_coordinators;
use super::error::ServiceError;
use crate::config::Config;
use crate::db::outbox;
use crate::entities::outbox_message;
use sea_orm::{DatabaseConnection, TransactionTrait};
use uuid::Uuid;

/// Claims up to `limit` mails due at `now_ms` for `lease_ms`: no other worker takes them in that
/// time (a worker that crashed mid-send loses them to the next one after the lease).
pub async fn claim_due(
    db: &DatabaseConnection,
    now_ms: i64,
    lease_ms: i64,
    limit: u64,
) -> Result<Vec<outbox_message::Model>, ServiceError> {
    Ok(outbox::claim_due(db, now_ms, lease_ms, limit).await?)
}

/// Records that the mail `id` was accepted by the mail server at `now_ms`. Its texts are
/// forgotten (they hold working personal links) unless the development mailbox shows them.
pub async fn record_sent(
    db: &DatabaseConnection,
    config: &Config,
    id: Uuid,
    now_ms: i64,
) -> Result<(), ServiceError> {
    Ok(outbox::mark_sent(db, id, now_ms, config.shows_dev_mailbox()).await?)
}

/// Records a failed attempt to send `row`, to be tried again at `retry_at`; when it is not
/// tried again (`retry_at` is `None`: a permanent failure, or the last attempt) tells the
/// coordinators in the same transaction, so the failure is never recorded without its notice
/// or the other way round.
pub async fn record_failure(
    db: &DatabaseConnection,
    config: &Config,
    row: &outbox_message::Model,
    error: &str,
    retry_at: Option<i64>,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    outbox::mark_attempt_failed(&txn, row.id, error, retry_at, config.shows_dev_mailbox()).await?;
    if retry_at.is_none() {
        notify_coordinators(&txn, config, row, error, now_ms).await?;
    }
    txn.commit().await?;
    Ok(())
}
