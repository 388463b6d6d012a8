//! Requests for personal links that do not exist or no longer work, counted per client (by a
//! hash of its address) across every instance, so guessing tokens is slowed down.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000009_link_failure"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE link_failure (
                    id {uuid} PRIMARY KEY,
                    client TEXT NOT NULL,
                    at BIGINT NOT NULL
                )"#,
                "CREATE INDEX link_failure_client_at ON link_failure (client, at)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE link_failure"]).await
    }
}
