//! `job_run`: one row per scheduled background job (reminders, waiting lists, retention, ...):
//! when it is next due, and how its last run went. Instances claim a run by moving `due_at`
//! forward in one conditional update, so each run happens on one instance only.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261206_000018_job_run"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["CREATE TABLE job_run (
                name TEXT PRIMARY KEY NOT NULL,
                due_at BIGINT NOT NULL,
                started_at BIGINT,
                finished_at BIGINT,
                duration_ms BIGINT,
                last_error TEXT
            )"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE job_run"]).await
    }
}
