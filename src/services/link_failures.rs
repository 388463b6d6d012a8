//! Failed personal-link requests per client (a hash, never the address), which the link guard
//! (`app::link_guard`) counts to slow down guessing, and their upkeep.

use super::error::ServiceError;
use crate::db::link_failures;
use sea_orm::DatabaseConnection;

/// How long a failed request is kept: the guard looks back minutes, a day is kept for the record.
const KEEP_MS: i64 = 24 * 60 * 60 * 1000;

/// Forgets failed requests older than a day; returns how many.
pub async fn forget_old(db: &DatabaseConnection, now_ms: i64) -> Result<u64, ServiceError> {
    Ok(link_failures::forget_before(db, now_ms - KEEP_MS).await?)
}

/// Records one failed request by `client`.
pub async fn record(
    db: &DatabaseConnection,
    client: &str,
    now_ms: i64,
) -> Result<(), ServiceError> {
    Ok(link_failures::record(db, client, now_ms).await?)
}

/// Failed requests by `client` since `since_ms`.
pub async fn count_since(
    db: &DatabaseConnection,
    client: &str,
    since_ms: i64,
) -> Result<u64, ServiceError> {
    Ok(link_failures::count_since(db, client, since_ms).await?)
}
