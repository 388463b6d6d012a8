//! Coordinator pages: sign-in, the dashboard, and managing events. Every page but sign-in
//! requires a [`signed_in::SignedIn`] coordinator; every form carries the session's CSRF token.

pub mod employers;
pub mod events;
pub mod participants;
pub mod sessions;
pub mod signed_in;
pub mod signin;
