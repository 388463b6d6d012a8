//! Written feedback after a mock interview. The volunteer is asked once per interview
//! (`feedback_request`, claimed like reminders so a restart never asks twice); one feedback per
//! booking (its primary key), so a form sent twice is stored once.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000014_feedback"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE feedback_request (
                    booking_id {uuid} PRIMARY KEY REFERENCES booking(id) ON DELETE CASCADE,
                    requested_at BIGINT NOT NULL
                )"#,
                r#"CREATE TABLE feedback (
                    booking_id {uuid} PRIMARY KEY REFERENCES booking(id) ON DELETE CASCADE,
                    volunteer_id {uuid} NOT NULL REFERENCES volunteer(id) ON DELETE CASCADE,
                    preparation INTEGER NOT NULL CHECK (preparation BETWEEN 1 AND 4),
                    presentation INTEGER NOT NULL CHECK (presentation BETWEEN 1 AND 4),
                    professional_depth INTEGER NOT NULL
                        CHECK (professional_depth BETWEEN 1 AND 4),
                    communication INTEGER NOT NULL CHECK (communication BETWEEN 1 AND 4),
                    strengths TEXT NOT NULL,
                    next_steps TEXT NOT NULL,
                    submitted_at BIGINT NOT NULL
                )"#,
                "CREATE INDEX feedback_volunteer ON feedback (volunteer_id)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["DROP TABLE feedback", "DROP TABLE feedback_request"],
        )
        .await
    }
}
