//! `participant.language_chosen`: whether the person's language was given (by the import file or
//! their own choice on their page). Until it is, their pages follow the browser's
//! Accept-Language, then the programme's language.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000016_participant_language_chosen"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["ALTER TABLE participant ADD COLUMN language_chosen BOOLEAN NOT NULL DEFAULT FALSE"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["ALTER TABLE participant DROP COLUMN language_chosen"],
        )
        .await
    }
}
