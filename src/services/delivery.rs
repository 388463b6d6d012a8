//! The delivery worker's bookkeeping: claiming due mails, recording that one was sent, and
//! recording a failed attempt (with the coordinators' notice when it is not tried again). Sending
//! itself is `jobs::delivery`'s; this is the part that writes to the database.
//!
//! Recording a sent mail is tried again after short pauses when the database fails: the mail is
//! already out, and a row left `sending` is claimed and sent again once its lease runs out.

use super::delivery_notices::notify_coordinators;
use super::error::ServiceError;
use crate::config::Config;
use crate::db::outbox;
use crate::entities::outbox_message;
use sea_orm::{DatabaseConnection, DbErr, TransactionTrait};
use std::time::Duration;
use uuid::Uuid;

/// The pauses before each new try to record a sent mail. Short, as a pool taken by a burst of
/// requests or a briefly locked database is usually free again within a second, and long
/// enough together (1.5 s) to outlast such a burst, far below the 5-minute lease.
const RECORD_SENT_PAUSES: [Duration; 3] = [
    Duration::from_millis(100),
    Duration::from_millis(400),
    Duration::from_secs(1),
];

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

/// Gives back claimed rows that were never tried, grouped by the lease each was claimed under
/// (a worker stopping with rows in hand): `pending` again, the attempt uncounted.
pub async fn release(
    db: &DatabaseConnection,
    rows: &[outbox_message::Model],
) -> Result<(), ServiceError> {
    let mut by_lease: std::collections::BTreeMap<i64, Vec<Uuid>> = Default::default();
    for row in rows {
        if let Some(lease) = row.lease_until {
            by_lease.entry(lease).or_default().push(row.id);
        }
    }
    for (lease, ids) in by_lease {
        outbox::release(db, &ids, lease).await?;
    }
    Ok(())
}

/// Records that the mails `ids` were accepted by the mail server at `now_ms`, in one write (a
/// batch's mails together: one write transaction per mail made concurrent sends queue behind
/// each other on SQLite). Their texts are forgotten (they hold working personal links) unless
/// the development mailbox shows them.
///
/// A database error is tried again after 100 ms, 400 ms and 1 s (marking a row sent twice
/// changes nothing, as only a `sending` row is updated); the last one is logged as mails sent
/// but not recorded, and returned.
pub async fn record_sent(
    db: &DatabaseConnection,
    config: &Config,
    ids: &[Uuid],
    now_ms: i64,
) -> Result<(), ServiceError> {
    let keep_texts = config.shows_dev_mailbox();
    retry_on_db_error(&RECORD_SENT_PAUSES, || {
        outbox::mark_sent(db, ids, now_ms, keep_texts)
    })
    .await
    .map_err(|e| {
        // The one trace of mails that may reach their recipients twice.
        tracing::error!(
            outbox_ids = ?ids,
            tries = RECORD_SENT_PAUSES.len() + 1,
            error = %e,
            "mails were sent but could not be recorded as sent: they will be sent again when \
             their lease runs out"
        );
        ServiceError::from(e)
    })
}

/// Runs `write` until it succeeds, pausing before each new try for the next of `pauses`;
/// returns the last error once the pauses are used up. Only for writes that are harmless to
/// repeat.
async fn retry_on_db_error<T, F, Fut>(pauses: &[Duration], mut write: F) -> Result<T, DbErr>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, DbErr>>,
{
    let mut pauses = pauses.iter();
    loop {
        match write().await {
            Ok(done) => return Ok(done),
            Err(e) => {
                let Some(&pause) = pauses.next() else {
                    return Err(e);
                };
                tracing::warn!(error = %e, retry_in = ?pause, "database write failed; trying again");
                tokio::time::sleep(pause).await;
            }
        }
    }
}

/// One message of the outbox by id, as it is now.
pub async fn message(
    db: &DatabaseConnection,
    id: Uuid,
) -> Result<Option<outbox_message::Model>, ServiceError> {
    Ok(outbox::find(db, id).await?)
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    const SHORT: [Duration; 3] = [Duration::from_millis(1); 3];

    /// A write that fails with a connection error `failures` times, then succeeds; counts tries.
    async fn flaky(failures: u32, tries: &AtomicU32) -> Result<u32, DbErr> {
        let this = tries.fetch_add(1, Ordering::SeqCst) + 1;
        if this <= failures {
            Err(DbErr::Custom("pool timed out".to_owned()))
        } else {
            Ok(this)
        }
    }

    #[tokio::test]
    async fn a_write_that_fails_twice_is_recorded_on_the_third_try() {
        let tries = AtomicU32::new(0);
        let outcome = retry_on_db_error(&SHORT, || flaky(2, &tries)).await;
        assert_eq!(outcome.unwrap(), 3);
        assert_eq!(tries.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn a_write_that_keeps_failing_gives_up_after_every_pause_with_its_error() {
        let tries = AtomicU32::new(0);
        let outcome = retry_on_db_error(&SHORT, || flaky(u32::MAX, &tries)).await;
        assert!(outcome.unwrap_err().to_string().contains("pool timed out"));
        assert_eq!(
            tries.load(Ordering::SeqCst),
            4,
            "one try and one after each pause"
        );
    }

    #[tokio::test]
    async fn a_write_that_succeeds_is_not_repeated() {
        let tries = AtomicU32::new(0);
        assert_eq!(
            retry_on_db_error(&SHORT, || flaky(0, &tries))
                .await
                .unwrap(),
            1
        );
        assert_eq!(tries.load(Ordering::SeqCst), 1);
    }
}
