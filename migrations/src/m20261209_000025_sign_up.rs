//! Self-registration: an event's public sign-up form (who may sign up, which sessions it shows,
//! the coordinator's own questions), the sign-ups waiting for confirmation by mail or for a
//! coordinator's answer, the answers kept with each participant, and the attempts counted for
//! the abuse limits (in the database, so every instance shares them). Employers that signed up
//! keep what they offer.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261209_000025_sign_up"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "CREATE TABLE sign_up_form (
                    event_id {uuid} PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
                    participants_open BOOLEAN NOT NULL,
                    whole_event BOOLEAN NOT NULL,
                    phone_allowed BOOLEAN NOT NULL,
                    approval BOOLEAN NOT NULL,
                    employers_open BOOLEAN NOT NULL,
                    updated_at BIGINT NOT NULL
                )",
                "CREATE TABLE sign_up_session (
                    session_id {uuid} PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE
                )",
                "CREATE INDEX sign_up_session_event ON sign_up_session (event_id)",
                "CREATE TABLE sign_up_question (
                    id {uuid} PRIMARY KEY,
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind VARCHAR(16) NOT NULL,
                    label TEXT NOT NULL,
                    choices TEXT NOT NULL,
                    required BOOLEAN NOT NULL
                )",
                "CREATE INDEX sign_up_question_event ON sign_up_question (event_id, position)",
                "CREATE TABLE sign_up (
                    id {uuid} PRIMARY KEY,
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    kind VARCHAR(16) NOT NULL,
                    state VARCHAR(24) NOT NULL,
                    address VARCHAR(320),
                    phone VARCHAR(64),
                    name TEXT NOT NULL,
                    locale VARCHAR(16) NOT NULL,
                    details TEXT NOT NULL,
                    token_hash VARCHAR(64) UNIQUE,
                    expires_at BIGINT,
                    created_at BIGINT NOT NULL,
                    confirmed_at BIGINT
                )",
                // Each sign-up sent is a row of its own with its own link (so nobody can change
                // what someone else is about to confirm); confirming one retires the others of
                // that address.
                "CREATE INDEX sign_up_address ON sign_up (event_id, kind, address)",
                "CREATE INDEX sign_up_expiry ON sign_up (expires_at)",
                "CREATE TABLE sign_up_answer (
                    participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                    question_id {uuid} NOT NULL REFERENCES sign_up_question(id) ON DELETE CASCADE,
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    answer TEXT NOT NULL,
                    PRIMARY KEY (participant_id, question_id)
                )",
                "CREATE INDEX sign_up_answer_event ON sign_up_answer (event_id)",
                "CREATE TABLE sign_up_attempt (
                    id {uuid} PRIMARY KEY,
                    key_hash VARCHAR(64) NOT NULL,
                    at BIGINT NOT NULL
                )",
                "CREATE INDEX sign_up_attempt_key ON sign_up_attempt (key_hash, at)",
                "ALTER TABLE employer ADD COLUMN offer TEXT",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "ALTER TABLE employer DROP COLUMN offer",
                "DROP TABLE sign_up_attempt",
                "DROP TABLE sign_up_answer",
                "DROP TABLE sign_up",
                "DROP TABLE sign_up_question",
                "DROP TABLE sign_up_session",
                "DROP TABLE sign_up_form",
            ],
        )
        .await
    }
}
