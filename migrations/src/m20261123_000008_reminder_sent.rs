//! Reminders already sent: one row per recipient (a booking, or a volunteer at an event) and
//! reminder time, so a reminder goes out once even after a restart or with several workers.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000008_reminder_sent"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE reminder_sent (
                    recipient TEXT NOT NULL,
                    hours_before INTEGER NOT NULL CHECK (hours_before > 0),
                    sent_at BIGINT NOT NULL,
                    PRIMARY KEY (recipient, hours_before)
                )"#,
                "CREATE INDEX slot_starts_at ON slot (starts_at)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["DROP INDEX slot_starts_at", "DROP TABLE reminder_sent"],
        )
        .await
    }
}
