//! Written feedback after each mock interview. Once an interview has ended, the worker asks its
//! volunteer for feedback by mail (once per interview, claimed in the database); the volunteer
//! fills in a short rubric through the link; the participant gets it by mail in their language
//! and keeps it on their page; coordinators see all of it, employers their own volunteers'.

mod form;
mod request;
pub mod views;

pub use form::{FeedbackForm, Submitted, form, submit};
pub use request::request_due;

/// How long after an interview its volunteer can still give feedback (and their link works).
pub const WINDOW_MS: i64 = 14 * 24 * 60 * 60 * 1000;
