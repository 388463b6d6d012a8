//! Coordinator pages: sign-in, the dashboard, and managing events. Every page but sign-in
//! requires a [`signed_in::SignedIn`] coordinator; every form carries the session's CSRF token.

pub mod allocation;
pub mod api_tokens;
pub mod audit;
pub mod check_in;
pub mod check_in_code;
pub mod copies;
pub mod employers;
pub mod event_list;
pub mod event_outputs;
pub mod event_sessions;
pub mod event_texts;
pub mod events;
pub mod feedback;
pub mod messages;
pub mod nav;
pub mod outcomes;
pub mod participants;
pub mod password_reset;
pub mod person;
pub mod placement_edit;
pub mod placements;
pub mod reports;
pub mod rotation;
pub mod sensitive;
pub mod sessions;
pub mod sign_up;
pub mod signed_in;
pub mod signin;
pub mod standby;
pub mod webhooks;

pub(crate) use super::form_status;
