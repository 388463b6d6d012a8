//! The one integration-test binary: every test drives the real router, a real database (SQLite,
//! or PostgreSQL when `FAIRPLAN_TEST_POSTGRES_URL` is set) and a real SMTP server.

// Tests fail loudly: unwrapping is how a test says "this must hold".
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accessibility;
mod allocation;
mod api;
mod api_conformance;
pub mod booking_mails;
mod browser;
mod calendar_downloads;
pub mod check_in;
mod check_in_clock;
mod check_in_elsewhere;
mod config_errors;
mod constraints;
mod coordinator_employers;
mod coordinator_event_outputs;
mod coordinator_events;
mod coordinator_gate;
mod coordinator_languages;
mod coordinator_languages_day;
mod coordinator_participants;
mod coordinator_password_reset;
mod coordinator_sessions;
mod delivery_failures;
mod dev_mail;
mod employer_volunteers;
mod erasure;
mod feedback;
mod follow_up;
mod hostile_api;
mod hostile_input;
mod interview_fit;
mod jobs;
mod languages;
mod layering;
mod link_requests;
mod migrations;
mod module_map;
mod multi_day;
mod networking_wishes;
mod outbox;
mod outbox_texts;
mod pages;
mod participant_booking;
mod place_races;
mod places;
mod planning_cli;
mod preferences;
mod privacy;
mod process;
mod race;
mod reminders;
mod reports;
mod retention;
mod roles;
pub mod rotation;
mod sensitive_facts;
mod standby;
mod standby_fill;
mod support;
mod time_rules;
mod times_by_region;
mod volunteer_calendars;
mod waitlist;
mod worker_pool;
