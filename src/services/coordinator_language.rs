//! The language of a coordinator's pages: chosen on the dashboard, stored with the coordinator.

use crate::db::coordinators;
use crate::i18n::MAIL_LANGUAGES;
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// Stores `language` for the coordinator's pages. A language the pages are not written in
/// changes nothing (the form can be sent by hand with anything in it).
pub async fn choose(
    db: &DatabaseConnection,
    coordinator_id: Uuid,
    language: &str,
) -> Result<(), ServiceError> {
    if MAIL_LANGUAGES.contains(&language) {
        coordinators::set_language(db, coordinator_id, language).await?;
    }
    Ok(())
}
