//! The mail delivery worker: claims due outbox rows, sends them with bounded concurrency, and records
//! each outcome (sent, retry later with backoff, or failed: at once when the failure is permanent,
//! else after the last attempt).
//!
//! All its state is in the database, so any number of workers in any number of processes can run
//! against one database, and a restart loses nothing.

use crate::clock::now_ms;
use crate::config::Config;
use crate::entities::outbox_message;
use crate::mail::message::build_message;
use crate::mail::retry::next_attempt_at;
use crate::mail::transport::MailTransport;
use crate::metrics::Metrics;
use crate::services::delivery;
use crate::services::error::ServiceError;
use lettre::message::Mailbox;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinError;
use uuid::Uuid;

mod drain;
mod sends;

use sends::Sends;

/// How long a claimed row belongs to its worker; after that another worker may take it over
/// (the first one presumably crashed mid-send).
const LEASE_MS: i64 = 5 * 60 * 1000;

/// Retry and concurrency settings.
#[derive(Clone, Debug)]
pub struct WorkerSettings {
    /// Attempts before a message is marked failed.
    pub max_attempts: u32,
    /// Messages sent at once.
    pub concurrency: usize,
    /// First retry delay.
    pub retry_base: Duration,
    /// Longest retry delay.
    pub retry_max: Duration,
    /// Idle polling interval.
    pub poll: Duration,
}

/// Delivers the outbox.
#[derive(Clone)]
pub struct MailWorker {
    db: DatabaseConnection,
    config: Arc<Config>,
    transport: MailTransport,
    from: Mailbox,
    settings: WorkerSettings,
    metrics: Arc<Metrics>,
}

impl MailWorker {
    /// The transport it sends through.
    pub fn transport(&self) -> &MailTransport {
        &self.transport
    }

    /// A worker on `db` sending through `transport` as `from`.
    pub fn new(
        db: DatabaseConnection,
        config: Arc<Config>,
        transport: MailTransport,
        from: Mailbox,
        settings: WorkerSettings,
        metrics: Arc<Metrics>,
    ) -> Self {
        Self {
            db,
            config,
            transport,
            from,
            settings,
            metrics,
        }
    }

    /// Claims one batch of messages due at `now` and delivers it; returns how many were claimed.
    /// The running worker drains the outbox as a stream instead ([`MailWorker::drain`]); this
    /// one batch at a chosen time is what tests and tools step through.
    pub async fn deliver_due(&self, now: i64) -> Result<usize, ServiceError> {
        let batch = u64::try_from(self.settings.concurrency * 2).unwrap_or(8);
        let rows = delivery::claim_due(&self.db, now, LEASE_MS, batch).await?;
        let claimed = rows.len();
        let permits = Arc::new(Semaphore::new(self.settings.concurrency));
        let mut sends = Sends::default();
        for row in rows {
            let permits = Arc::clone(&permits);
            sends.start(self, row, move |worker, row| async move {
                let _permit = permits.acquire_owned().await;
                worker.deliver_one(row, now).await
            });
        }
        let mut first_error = None;
        let mut sent = Vec::new();
        while let Some(ended) = sends.next_end(self, now).await {
            match ended {
                Ok(Some(id)) => sent.push(id),
                Ok(None) => {}
                Err(e) => first_error = first_error.or(Some(e)),
            }
        }
        // The batch's sent mails in one write: written one by one, concurrent sends queued
        // behind each other's write transactions (see BENCHMARKS.md, outbox delivery).
        let recorded =
            delivery::record_sent(&self.db, &self.config, &sent, now_ms().max(now)).await;
        if let Err(e) = recorded {
            first_error = first_error.or(Some(e));
        }
        first_error.map_or(Ok(claimed), Err)
    }

    /// A delivery task that panicked (or was cancelled) fails its row for good, with the reason
    /// kept for coordinators: otherwise the row would stay `sending` and be tried for ever.
    async fn record_abnormal_end(
        &self,
        row_id: Option<Uuid>,
        ended: &JoinError,
        now: i64,
    ) -> Result<(), ServiceError> {
        tracing::error!(error = %ended, "a delivery task ended abnormally");
        // Read again (it is rare): keeping a copy of every row in hand would cost each mail.
        let Some(row) = (match row_id {
            Some(id) => delivery::message(&self.db, id).await?,
            None => None,
        }) else {
            return Ok(());
        };
        self.metrics.record_delivery(false);
        let error = abnormal_end_reason(ended);
        delivery::record_failure(&self.db, &self.config, &row, &error, None, now).await
    }

    /// Sends one row at `now` (which dates a retry); returns its id when the server took it (recorded with the batch), or
    /// records the failure and returns `None`.
    async fn deliver_one(
        &self,
        row: outbox_message::Model,
        now: i64,
    ) -> Result<Option<Uuid>, ServiceError> {
        // A row that cannot become a message (a malformed address, a broken calendar part)
        // fails the same way every time, as does a server's 5xx answer: those are final.
        let outcome = match build_message(&row, &self.from) {
            Ok(message) => self
                .transport
                .send(message)
                .await
                .map_err(|e| (e.to_string(), e.is_permanent())),
            Err(e) => Err((e.to_string(), true)),
        };
        match outcome {
            Ok(()) => {
                self.metrics.record_delivery(true);
                Ok(Some(row.id))
            }
            Err((error, permanent)) => {
                self.metrics.record_delivery(false);
                let attempts = u32::try_from(row.attempts).unwrap_or(u32::MAX);
                let retry_at = if permanent {
                    None
                } else {
                    next_attempt_at(
                        now,
                        attempts,
                        self.settings.max_attempts,
                        self.settings.retry_base,
                        self.settings.retry_max,
                    )
                };
                tracing::warn!(
                    outbox_id = %row.id,
                    kind = %row.kind,
                    attempts,
                    permanent,
                    gave_up = retry_at.is_none(),
                    error = %error,
                    "mail delivery failed"
                );
                delivery::record_failure(&self.db, &self.config, &row, &error, retry_at, now)
                    .await
                    .map(|()| None)
            }
        }
    }

    /// Runs until `shutdown` turns true, finishing the mails in hand before it returns.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!("mail worker started");
        loop {
            if *shutdown.borrow() {
                break;
            }
            let idle = match self.drain(&shutdown).await {
                Ok(claimed) => claimed == 0,
                Err(e) => {
                    tracing::error!(error = %e, "mail worker could not reach the database");
                    true
                }
            };
            if idle {
                tokio::select! {
                    () = tokio::time::sleep(self.settings.poll) => {}
                    _ = shutdown.changed() => {}
                }
            }
        }
        tracing::info!("mail worker stopped");
    }
}

/// What a coordinator reads about a delivery that stopped abnormally.
fn abnormal_end_reason(ended: &JoinError) -> String {
    if ended.is_panic() {
        "the mail could not be built or sent: the sender stopped unexpectedly".to_owned()
    } else {
        "the mail was not sent: its delivery was cancelled".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panicked_delivery_is_told_as_such() {
        let ended = tokio::spawn(async { panic!("lettre could not encode a header") })
            .await
            .unwrap_err();
        assert!(abnormal_end_reason(&ended).contains("stopped unexpectedly"));
    }
}
