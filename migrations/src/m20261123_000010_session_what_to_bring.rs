//! What a participant should bring to a session (documents, a CV, a laptop), shown on their
//! schedule, in their booking mails and in the calendar entry.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000010_session_what_to_bring"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["ALTER TABLE session ADD COLUMN what_to_bring TEXT NOT NULL DEFAULT ''"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["ALTER TABLE session DROP COLUMN what_to_bring"]).await
    }
}
