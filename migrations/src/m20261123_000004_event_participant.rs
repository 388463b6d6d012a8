//! Who is invited to which event: participants are added to an event (one by one or by CSV)
//! before their invitations go out, so the dashboard can say who has not booked yet.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000004_event_participant"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE event_participant (
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    added_at BIGINT NOT NULL,
                    invited_at BIGINT,
                    PRIMARY KEY (event_id, participant_id)
                )"#,
                "CREATE INDEX event_participant_participant ON event_participant (participant_id)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE event_participant"]).await
    }
}
