//! Pure domain types: values that cannot hold a bad state, and rules on them.
//!
//! Must not import sea-orm, axum, tokio, lettre or askama, and never reads the clock:
//! instants and seeds are arguments.

pub mod actor;
pub mod audit_kind;
pub mod availability;
pub mod booking_mode;
pub mod booking_status;
pub mod cefr;
pub mod check_in_code;
pub mod csv_export;
pub mod csv_table;
pub mod delivery_status;
pub mod email;
pub mod employer_draft;
pub mod event_copy;
pub mod event_draft;
pub mod event_status;
pub mod feedback;
pub mod fields;
pub mod ids;
pub mod link_scope;
pub mod local_text;
pub mod local_time;
pub mod locale;
pub mod mail_kind;
pub mod message_draft;
pub mod occupations;
pub mod option_fit;
pub mod organiser_note;
pub mod outcome;
pub mod participant_import;
pub mod phone;
pub mod placement_draft;
pub mod ranking;
pub mod run_status;
pub mod sensitive;
pub mod session_draft;
pub mod session_format;
pub mod sign_up;
pub mod sign_up_question;
pub mod slots;
pub mod spoken_languages;
pub mod standby_reason;
pub mod survey;
pub mod text;
mod text_enum;
pub mod time;
pub mod token;
pub mod units;
pub mod volunteer_draft;
pub mod webhook;
pub mod webhook_news;
