//! `coordinator.language`: the language a coordinator chose for their pages (`en`, `de`). Until
//! they choose, their pages follow the browser's Accept-Language.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261124_000017_coordinator_language"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["ALTER TABLE coordinator ADD COLUMN language TEXT"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["ALTER TABLE coordinator DROP COLUMN language"]).await
    }
}
