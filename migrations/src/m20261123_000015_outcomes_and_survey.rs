//! After the event: what came of it. `outcome` holds what a coordinator records per participant
//! (an interview invitation, an offer, a placement ...), with its date and employer;
//! `survey_sent` claims the follow-up survey mail once per person and event; `survey_response`
//! holds their answer (one per person and event).

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000015_outcomes_and_survey"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE outcome (
                    id {uuid} PRIMARY KEY,
                    participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    event_id {uuid} REFERENCES event(id) ON DELETE SET NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('interview_invitation','job_offer',
                        'placement','internship','training')),
                    employer_id {uuid} REFERENCES employer(id) ON DELETE SET NULL,
                    employer_name TEXT NOT NULL DEFAULT '',
                    happened_on TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    recorded_by {uuid} REFERENCES coordinator(id) ON DELETE SET NULL,
                    created_at BIGINT NOT NULL
                )"#,
                "CREATE INDEX outcome_event ON outcome (event_id)",
                "CREATE INDEX outcome_participant ON outcome (participant_id)",
                r#"CREATE TABLE survey_sent (
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    sent_at BIGINT NOT NULL,
                    PRIMARY KEY (event_id, participant_id)
                )"#,
                r#"CREATE TABLE survey_response (
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    useful TEXT NOT NULL CHECK (useful IN ('very','somewhat','not')),
                    plans TEXT NOT NULL DEFAULT '',
                    comment TEXT NOT NULL DEFAULT '',
                    submitted_at BIGINT NOT NULL,
                    PRIMARY KEY (event_id, participant_id)
                )"#,
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "DROP TABLE survey_response",
                "DROP TABLE survey_sent",
                "DROP TABLE outcome",
            ],
        )
        .await
    }
}
