//! Which employers' tables a participant asks to meet in a speed-networking session. The
//! rotation planner reads them as `wants`: after the most meetings overall, it gives people the
//! tables they asked for first. One row per wished table; a participant's wishes are replaced
//! as a whole when they save the form again.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000012_networking_wish"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE networking_wish (
                    session_id {uuid} NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    table_id {uuid} NOT NULL REFERENCES networking_table(id) ON DELETE CASCADE,
                    created_at BIGINT NOT NULL,
                    PRIMARY KEY (session_id, participant_id, table_id)
                )"#,
                "CREATE INDEX networking_wish_table ON networking_wish (table_id)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE networking_wish"]).await
    }
}
