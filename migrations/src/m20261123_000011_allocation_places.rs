//! Allocation runs that can give one participant several places in a session.
//!
//! - `booking.place_no` numbers a participant's live places in a session (1, 2, ...). The
//!   unique index moves from (session, participant) to (session, participant, place_no): a
//!   booking made from a personal link is always place 1, so a participant still holds at most
//!   one such booking per session under any concurrency, while an allocation run may give
//!   places 2, 3, ... where the session allows more than one.
//! - `allocation_result` held one row per participant and run; it gets its own id so a run can
//!   record several places for one participant. The table had never been written before this
//!   migration, so it is recreated rather than copied.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000011_allocation_places"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "ALTER TABLE booking ADD COLUMN place_no INTEGER NOT NULL DEFAULT 1 \
                 CHECK (place_no >= 1)",
                "DROP INDEX booking_one_live_per_session",
                "CREATE UNIQUE INDEX booking_one_live_per_place ON booking \
                 (session_id, participant_id, place_no) WHERE status <> 'cancelled'",
                "DROP TABLE allocation_result",
                r#"CREATE TABLE allocation_result (
                    id {uuid} PRIMARY KEY,
                    run_id {uuid} NOT NULL REFERENCES allocation_run(id) ON DELETE CASCADE,
                    participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    slot_id {uuid} REFERENCES slot(id) ON DELETE CASCADE,
                    granted_rank INTEGER,
                    reason TEXT NOT NULL DEFAULT ''
                )"#,
                "CREATE INDEX allocation_result_run ON allocation_result (run_id)",
                "CREATE INDEX allocation_run_session ON allocation_run (session_id, created_at)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "DROP INDEX allocation_run_session",
                "DROP TABLE allocation_result",
                r#"CREATE TABLE allocation_result (
                    run_id {uuid} NOT NULL REFERENCES allocation_run(id) ON DELETE CASCADE,
                    participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    slot_id {uuid} REFERENCES slot(id) ON DELETE CASCADE,
                    granted_rank INTEGER,
                    reason TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (run_id, participant_id)
                )"#,
                "DROP INDEX booking_one_live_per_place",
                "CREATE UNIQUE INDEX booking_one_live_per_session ON booking \
                 (session_id, participant_id) WHERE status <> 'cancelled'",
                "ALTER TABLE booking DROP COLUMN place_no",
            ],
        )
        .await
    }
}
