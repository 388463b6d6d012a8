//! Personal calendar feeds: a read-only subscription URL per participant or volunteer, with its
//! own token (stored hashed), apart from the manage link so that a calendar app holding the URL
//! can read bookings but never change them.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000003_calendar_feed"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE calendar_feed (
                    id {uuid} PRIMARY KEY,
                    token_hash TEXT NOT NULL UNIQUE,
                    participant_id {uuid} REFERENCES participant(id) ON DELETE CASCADE,
                    volunteer_id {uuid} REFERENCES volunteer(id) ON DELETE CASCADE,
                    created_at BIGINT NOT NULL,
                    revoked_at BIGINT,
                    CHECK ((participant_id IS NULL) <> (volunteer_id IS NULL))
                )"#,
                "CREATE INDEX calendar_feed_participant ON calendar_feed (participant_id)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE calendar_feed"]).await
    }
}
