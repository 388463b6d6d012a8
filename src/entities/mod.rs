//! sea-orm entities, one per table; nothing but column definitions.

pub mod access_link;
pub mod audit_log;
pub mod booking;
pub mod calendar_feed;
pub mod coordinator;
pub mod coordinator_session;
pub mod employer;
pub mod employer_contact;
pub mod event;
pub mod event_employer;
pub mod event_participant;
pub mod login_attempt;
pub mod networking_round;
pub mod networking_table;
pub mod outbox_message;
pub mod participant;
pub mod participant_language;
pub mod participant_occupation;
pub mod participant_sensitive;
pub mod programme;
pub mod session;
pub mod slot;
pub mod volunteer;
pub mod volunteer_availability;
pub mod volunteer_expertise;
pub mod volunteer_language;
