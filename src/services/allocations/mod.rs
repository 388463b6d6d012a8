//! Allocating a preferences session in the product: the coordinator sees the demand, runs a
//! preview with the pure engine ([`crate::allocation`]), reads its figures and reasons, and
//! commits it, which books the places and mails everyone in one transaction.

pub mod demand;
pub mod problem;
pub mod runs;
pub mod view;

pub use problem::RunSettings;
pub use runs::{Committed, RunSummary, commit, preview};
