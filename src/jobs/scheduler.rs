//! [`Scheduler`]: runs each scheduled job when it is due. Any number of instances may run a
//! scheduler against one database; each run is claimed in the database (`services::job_runs`),
//! so it happens on one instance only. Each run's outcome and length go to the log, the
//! `job_run` table and the process's metrics.

use super::schedule::{ALL, Job};
use crate::clock::now_ms;
use crate::config::Config;
use crate::metrics::Metrics;
use crate::services::job_runs;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// How often the scheduler looks for due jobs (the shortest interval any job has: webhook
/// deliveries, within seconds of their change).
const TICK: Duration = Duration::from_secs(3);

/// Runs the scheduled jobs.
#[derive(Clone)]
pub struct Scheduler {
    db: DatabaseConnection,
    config: Arc<Config>,
    metrics: Arc<Metrics>,
    jobs: Vec<Job>,
    tick: Duration,
}

impl Scheduler {
    /// A scheduler for every job, on `db`, looking for due jobs every `poll` (at least every
    /// 3 seconds).
    pub fn new(
        db: DatabaseConnection,
        config: Arc<Config>,
        metrics: Arc<Metrics>,
        poll: Duration,
    ) -> Self {
        Self {
            db,
            config,
            metrics,
            jobs: ALL.to_vec(),
            tick: TICK.max(poll),
        }
    }

    /// Runs, in order, every job whose run is due at `now_ms` and that this instance claims;
    /// returns the jobs it ran. A job's failure is logged and recorded, and the others still run.
    pub async fn run_due(&self, now_ms: i64) -> Vec<Job> {
        let mut ran = Vec::new();
        for &job in &self.jobs {
            let every = i64::try_from(job.every().as_millis()).unwrap_or(i64::MAX);
            match job_runs::claim(&self.db, job.name(), every, now_ms).await {
                Ok(true) => {
                    self.run_one(job, now_ms).await;
                    ran.push(job);
                }
                Ok(false) => {}
                Err(e) => tracing::error!(job = job.name(), error = %e, "job could not be claimed"),
            }
        }
        ran
    }

    async fn run_one(&self, job: Job, now_ms: i64) {
        let started = Instant::now();
        let outcome = job.run(&self.db, &self.config, now_ms).await;
        let took = started.elapsed();
        let error = match &outcome {
            Ok(summary) if summary.is_empty() => None,
            Ok(summary) => {
                tracing::info!(job = job.name(), done = %summary, "job ran");
                None
            }
            Err(e) => {
                tracing::error!(job = job.name(), error = %e, "job failed");
                Some(e.to_string())
            }
        };
        self.metrics
            .record_job(job.name(), error.is_none(), now_ms, took);
        let finished = now_ms.saturating_add(i64::try_from(took.as_millis()).unwrap_or(0));
        if let Err(e) =
            job_runs::finish(&self.db, job.name(), now_ms, finished, error.as_deref()).await
        {
            tracing::error!(job = job.name(), error = %e, "job's run could not be recorded");
        }
    }

    /// Runs due jobs until `shutdown` turns true, finishing the job in hand before it returns.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!("scheduler started");
        loop {
            if *shutdown.borrow() {
                break;
            }
            self.run_due(now_ms()).await;
            tokio::select! {
                () = tokio::time::sleep(self.tick) => {}
                _ = shutdown.changed() => {}
            }
        }
        tracing::info!("scheduler stopped");
    }
}
