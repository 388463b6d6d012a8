//! The allocation engine: who gets which place when demand exceeds supply, and who meets whom
//! in speed-networking rounds. Pure: no IO, no clock; randomness comes from a seed in the
//! input, so every run can be reproduced and audited.
//!
//! - [`allocate`]: preference allocation (interview slots, placements, group seats) as one exact
//!   min-cost flow with lexicographic costs ([`flow`]), with a reason for everyone who got
//!   nothing or less than their first choice.
//! - Must not import `db`, `services` or `web`.

pub mod eligibility;
mod explain;
pub mod flow;
pub mod lottery;
pub mod max_flow;
pub mod model;
mod preference;
pub mod reason;
pub mod rotation;
mod search;
mod validate;

pub use model::{
    Allocation, AllocationError, AllocationInput, Assignment, Explanation, Language, OptionSpec,
    ParticipantSpec, Quality, SessionRules, Span,
};
pub use preference::allocate;

#[cfg(test)]
mod brute_force;
#[cfg(test)]
mod preference_tests;
#[cfg(test)]
mod reason_tests;
#[cfg(test)]
mod scenario_tests;
