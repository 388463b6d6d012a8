//! The delivery worker: claims due outbox rows, sends them with bounded concurrency, and records
//! each outcome (sent, retry later with backoff, or failed after the last attempt).
//!
//! All its state is in the database, so any number of workers in any number of processes can run
//! against one database, and a restart loses nothing.

use super::message::build_message;
use super::retry::next_attempt_at;
use super::transport::MailTransport;
use crate::clock::now_ms;
use crate::config::Config;
use crate::db::{link_failures, outbox};
use crate::entities::outbox_message;
use crate::metrics::Metrics;
use crate::services::delivery_notices::notify_coordinators;
use crate::services::reminders::{self, RemindersSent};
use crate::services::retention::{self, RetentionRun};
use crate::services::waitlist::{self, WaitlistRun};
use crate::services::{feedback, surveys};
use lettre::message::Mailbox;
use sea_orm::{DatabaseConnection, DbErr, TransactionTrait};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;

/// How long a claimed row belongs to its worker; after that another worker may take it over
/// (the first one presumably crashed mid-send).
const LEASE_MS: i64 = 5 * 60 * 1000;

/// How often the scheduled work (waiting-list offers and expiries, reminders) runs.
const JOBS_EVERY: Duration = Duration::from_secs(15);

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
    /// The hour (since the epoch) retention last ran in: it reads every person, so it runs once
    /// an hour rather than on every pass (only a throttle: a restart just runs it again).
    retention_hour: Arc<AtomicI64>,
}

impl MailWorker {
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
            retention_hour: Arc::new(AtomicI64::new(i64::MIN)),
        }
    }

    /// Runs the time-driven work whose mails this worker then delivers: waiting-list offers and
    /// their expiry, reminders, feedback requests after interviews, follow-up surveys after events,
    /// and the retention rules. Failures are logged; the next run tries again.
    pub async fn run_scheduled(&self, now: i64) {
        // Failed link requests only matter for the guard's window; keep a day for the record.
        if let Err(e) = link_failures::forget_before(&self.db, now - 24 * 60 * 60 * 1000).await {
            tracing::error!(error = %e, "old failed link requests could not be removed");
        }
        match reminders::run_due(&self.db, &self.config, now).await {
            Ok(sent) if sent != RemindersSent::default() => {
                tracing::info!(
                    participants = sent.participants,
                    volunteers = sent.volunteers,
                    "reminders queued"
                );
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "reminders could not be processed"),
        }
        match feedback::request_due(&self.db, &self.config, now).await {
            Ok(0) => {}
            Ok(asked) => tracing::info!(asked, "feedback requests queued"),
            Err(e) => tracing::error!(error = %e, "feedback requests could not be processed"),
        }
        match surveys::send_due(&self.db, &self.config, now).await {
            Ok(0) => {}
            Ok(asked) => tracing::info!(asked, "follow-up surveys queued"),
            Err(e) => tracing::error!(error = %e, "follow-up surveys could not be processed"),
        }
        let hour = now / 3_600_000;
        if self.retention_hour.swap(hour, Ordering::Relaxed) != hour {
            match retention::run_due(&self.db, &self.config, now).await {
                Ok(run) if run != RetentionRun::default() => tracing::info!(
                    sensitive_deleted = run.sensitive_deleted,
                    anonymised = run.anonymised,
                    "retention applied"
                ),
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "retention could not be applied"),
            }
        }
        match waitlist::run_due(&self.db, &self.config, now).await {
            Ok(run) if run != WaitlistRun::default() => {
                tracing::info!(
                    expired = run.expired,
                    offered = run.offered,
                    "waiting lists"
                );
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "waiting lists could not be processed"),
        }
    }

    /// Claims one batch of messages due at `now` and delivers it; returns how many were claimed.
    pub async fn deliver_due(&self, now: i64) -> Result<usize, DbErr> {
        let batch = u64::try_from(self.settings.concurrency * 2).unwrap_or(8);
        let rows = outbox::claim_due(&self.db, now, LEASE_MS, batch).await?;
        let claimed = rows.len();
        let permits = Arc::new(Semaphore::new(self.settings.concurrency));
        let mut sends = JoinSet::new();
        for row in rows {
            let worker = self.clone();
            let permits = Arc::clone(&permits);
            sends.spawn(async move {
                let _permit = permits.acquire_owned().await;
                worker.deliver_one(row, now).await
            });
        }
        let mut first_error = None;
        while let Some(joined) = sends.join_next().await {
            match joined {
                Ok(Ok(())) => {}
                Ok(Err(e)) => first_error = first_error.or(Some(e)),
                Err(e) => tracing::error!(error = %e, "a delivery task ended abnormally"),
            }
        }
        first_error.map_or(Ok(claimed), Err)
    }

    async fn deliver_one(&self, row: outbox_message::Model, now: i64) -> Result<(), DbErr> {
        let outcome = match build_message(&row, &self.from) {
            Ok(message) => self
                .transport
                .send(message)
                .await
                .map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        match outcome {
            Ok(()) => {
                self.metrics.record_delivery(true);
                outbox::mark_sent(&self.db, row.id, now_ms().max(now)).await
            }
            Err(error) => {
                self.metrics.record_delivery(false);
                let attempts = u32::try_from(row.attempts).unwrap_or(u32::MAX);
                let retry_at = next_attempt_at(
                    now,
                    attempts,
                    self.settings.max_attempts,
                    self.settings.retry_base,
                    self.settings.retry_max,
                );
                tracing::warn!(
                    outbox_id = %row.id,
                    kind = %row.kind,
                    attempts,
                    gave_up = retry_at.is_none(),
                    error = %error,
                    "mail delivery failed"
                );
                self.record_failure(&row, &error, retry_at, now).await
            }
        }
    }

    /// Records a failed attempt; after the last one, tells the coordinators in the same
    /// transaction, so the failure is never recorded without its notice or the other way round.
    async fn record_failure(
        &self,
        row: &outbox_message::Model,
        error: &str,
        retry_at: Option<i64>,
        now: i64,
    ) -> Result<(), DbErr> {
        let txn = self.db.begin().await?;
        outbox::mark_attempt_failed(&txn, row.id, error, retry_at).await?;
        if retry_at.is_none() {
            notify_coordinators(&txn, &self.config, row, error, now)
                .await
                .map_err(|e| DbErr::Custom(e.to_string()))?;
        }
        txn.commit().await
    }

    /// Runs until `shutdown` turns true, finishing the batch in hand before it returns.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!("mail worker started");
        let mut jobs_due = Instant::now();
        loop {
            if *shutdown.borrow() {
                break;
            }
            if Instant::now() >= jobs_due {
                self.run_scheduled(now_ms()).await;
                jobs_due = Instant::now() + JOBS_EVERY.max(self.settings.poll);
            }
            let idle = match self.deliver_due(now_ms()).await {
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
