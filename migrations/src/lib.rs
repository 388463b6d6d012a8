//! Fairplan's schema, as append-only migrations that run on SQLite and PostgreSQL.
//!
//! Never edit a migration that has shipped: add a new file and list it below.

pub use sea_orm_migration::prelude::*;

mod ddl;
mod m20261123_000001_create_schema;
mod m20261123_000002_slot_calendar_sequence;
mod m20261123_000003_calendar_feed;
mod m20261123_000004_event_participant;
mod m20261123_000005_login_attempt;
mod m20261123_000006_event_volunteer;
mod m20261123_000007_api_token;
mod m20261123_000008_reminder_sent;
mod m20261123_000009_link_failure;
mod m20261123_000010_session_what_to_bring;
mod m20261123_000011_allocation_places;
mod m20261123_000012_networking_wish;
mod m20261123_000013_check_in;
mod m20261123_000014_feedback;
mod m20261123_000015_outcomes_and_survey;
mod m20261123_000016_participant_language_chosen;
mod m20261124_000017_coordinator_language;
mod m20261206_000018_job_run;
mod m20261207_000019_outbox_forget_finished_texts;
mod m20261207_000020_placement_detail;
mod m20261207_000021_participant_phone;
mod m20261207_000022_check_in_code;
mod m20261208_000023_translated_text;
mod m20261208_000024_webhooks;
mod m20261209_000025_sign_up;

/// Runs Fairplan's migrations in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_create_schema::Migration),
            Box::new(m20261123_000002_slot_calendar_sequence::Migration),
            Box::new(m20261123_000003_calendar_feed::Migration),
            Box::new(m20261123_000004_event_participant::Migration),
            Box::new(m20261123_000005_login_attempt::Migration),
            Box::new(m20261123_000006_event_volunteer::Migration),
            Box::new(m20261123_000007_api_token::Migration),
            Box::new(m20261123_000008_reminder_sent::Migration),
            Box::new(m20261123_000009_link_failure::Migration),
            Box::new(m20261123_000010_session_what_to_bring::Migration),
            Box::new(m20261123_000011_allocation_places::Migration),
            Box::new(m20261123_000012_networking_wish::Migration),
            Box::new(m20261123_000013_check_in::Migration),
            Box::new(m20261123_000014_feedback::Migration),
            Box::new(m20261123_000015_outcomes_and_survey::Migration),
            Box::new(m20261123_000016_participant_language_chosen::Migration),
            Box::new(m20261124_000017_coordinator_language::Migration),
            Box::new(m20261206_000018_job_run::Migration),
            Box::new(m20261207_000019_outbox_forget_finished_texts::Migration),
            Box::new(m20261207_000020_placement_detail::Migration),
            Box::new(m20261207_000021_participant_phone::Migration),
            Box::new(m20261207_000022_check_in_code::Migration),
            Box::new(m20261208_000023_translated_text::Migration),
            Box::new(m20261208_000024_webhooks::Migration),
            Box::new(m20261209_000025_sign_up::Migration),
        ]
    }
}
