//! Which volunteers an employer has registered for which event. A volunteer belongs to their
//! employer and can come to many events; at each one they are registered, may give availability
//! windows, and may be withdrawn (their slots then go away and their bookings are moved).

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000006_event_volunteer"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE event_volunteer (
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    volunteer_id {uuid} NOT NULL REFERENCES volunteer(id) ON DELETE CASCADE,
                    added_at BIGINT NOT NULL,
                    withdrawn_at BIGINT,
                    PRIMARY KEY (event_id, volunteer_id)
                )"#,
                "CREATE INDEX event_volunteer_volunteer ON event_volunteer (volunteer_id)",
                // Volunteers who already have availability at an event are registered for it.
                r#"INSERT INTO event_volunteer (event_id, volunteer_id, added_at)
                    SELECT event_id, volunteer_id, MIN(starts_at)
                    FROM volunteer_availability GROUP BY event_id, volunteer_id"#,
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE event_volunteer"]).await
    }
}
