//! The day of the event: who arrived, and who waits on standby for a freed place.
//!
//! Arrival is a column of the booking itself, so that marking someone arrived and marking them a
//! no-show are both one conditional update of one row: two people checking in the same booking
//! at once cannot leave it both arrived and a no-show, on SQLite or PostgreSQL. A no-show is
//! the booking status `no_show` (the schema has had it from the start); it frees the place.
//!
//! `standby` lists the people at the venue without a place (walk-ins, people on the event's
//! list who came without booking, people whose interviewer did not come), in the order they
//! joined; one open entry per person and event.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000013_check_in"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "ALTER TABLE booking ADD COLUMN arrived_at BIGINT",
                r#"CREATE TABLE standby (
                    id {uuid} PRIMARY KEY,
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    reason TEXT NOT NULL
                        CHECK (reason IN ('walk_in','no_booking','interviewer_absent')),
                    note TEXT NOT NULL DEFAULT '',
                    joined_at BIGINT NOT NULL,
                    booking_id {uuid} REFERENCES booking(id) ON DELETE SET NULL,
                    left_at BIGINT
                )"#,
                "CREATE UNIQUE INDEX standby_one_open ON standby (event_id, participant_id)
                    WHERE left_at IS NULL",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "DROP TABLE standby",
                "ALTER TABLE booking DROP COLUMN arrived_at",
            ],
        )
        .await
    }
}
