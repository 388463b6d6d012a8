//! Upkeep of the failed personal-link requests the link guard counts.

use super::error::ServiceError;
use crate::db::link_failures;
use sea_orm::DatabaseConnection;

/// How long a failed request is kept: the guard looks back minutes, a day is kept for the record.
const KEEP_MS: i64 = 24 * 60 * 60 * 1000;

/// Forgets failed requests older than a day; returns how many.
pub async fn forget_old(db: &DatabaseConnection, now_ms: i64) -> Result<u64, ServiceError> {
    Ok(link_failures::forget_before(db, now_ms - KEEP_MS).await?)
}
