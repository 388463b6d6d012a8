//! The retention rules, applied by the worker: `FAIRPLAN_RETENTION_DAYS` after a person's last
//! event their sensitive facts are deleted, and unless they agreed to be kept they are erased
//! like an erasure request (anonymous counts stay: bookings, attendance, outcomes by kind).
//! A sensitive fact with its own deletion date goes on that date. Each run erases at most
//! [`PER_RUN`] people, so the worker stays responsive; the next run goes on.

use crate::config::Config;
use crate::db::{begin_write, retention};
use crate::domain::actor::Actor;
use crate::services::erasure::erase_participant;
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// The most people one run erases.
pub const PER_RUN: usize = 50;

/// What one run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RetentionRun {
    /// Sensitive-fact records deleted.
    pub sensitive_deleted: u64,
    /// People anonymised.
    pub anonymised: usize,
}

/// Applies the rules as of `now_ms`.
pub async fn run_due(
    db: &DatabaseConnection,
    config: &Config,
    now_ms: i64,
) -> Result<RetentionRun, ServiceError> {
    let cutoff = now_ms - config.retention_days * DAY_MS;
    let due = retention::past_cutoff(db, cutoff).await?;
    let txn = begin_write(db).await?;
    let sensitive_deleted =
        retention::delete_sensitive(&txn, due.iter().map(|(id, _)| *id).collect(), now_ms).await?;
    txn.commit().await?;
    let mut anonymised = 0;
    for (id, _) in due.into_iter().filter(|(_, keep)| !keep).take(PER_RUN) {
        erase_participant(db, config, id, Some(Actor::System), now_ms).await?;
        anonymised += 1;
    }
    Ok(RetentionRun {
        sensitive_deleted,
        anonymised,
    })
}
