//! Scheduled jobs' turns, shared by every instance through the database: a run is claimed by
//! one instance only, and each run's start, length and error are kept.

use super::error::ServiceError;
use crate::db::job_runs;
use sea_orm::DatabaseConnection;

/// Claims the run of `job` (repeated every `every_ms`) if one is due at `now_ms`; `true` when
/// this caller is to run it.
pub async fn claim(
    db: &DatabaseConnection,
    job: &str,
    every_ms: i64,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    Ok(job_runs::claim(db, job, every_ms, now_ms).await?)
}

/// Records the end of the run of `job` that began at `started_ms`.
pub async fn finish(
    db: &DatabaseConnection,
    job: &str,
    started_ms: i64,
    finished_ms: i64,
    error: Option<&str>,
) -> Result<(), ServiceError> {
    Ok(job_runs::record_finish(db, job, started_ms, finished_ms, error).await?)
}
