//! Whether the database answers, for `/healthz`.

use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;

/// Pings the database; an error says it cannot be reached.
pub async fn check_database(db: &DatabaseConnection) -> Result<(), ServiceError> {
    Ok(db.ping().await?)
}
