//! Each slot is an entry in its volunteer's calendar with its own UID; this is its SEQUENCE,
//! raised whenever the slot is booked, moved or freed.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000002_slot_calendar_sequence"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "ALTER TABLE slot ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0 \
               CHECK (calendar_sequence >= 0)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["ALTER TABLE slot DROP COLUMN calendar_sequence"]).await
    }
}
