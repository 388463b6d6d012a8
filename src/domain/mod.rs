//! Pure domain types: values that cannot hold a bad state, and rules on them.
//!
//! Must not import sea-orm, axum, tokio, lettre or askama, and never reads the clock:
//! instants and seeds are arguments.

pub mod cefr;
pub mod email;
pub mod locale;
pub mod slots;
pub mod time;
pub mod token;
