//! Whether the database answers, for `/healthz` and `/api/v1/status`.

use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;

/// Pings the database; an error says it cannot be reached.
pub async fn check_database(db: &DatabaseConnection) -> Result<(), ServiceError> {
    Ok(db.ping().await?)
}
