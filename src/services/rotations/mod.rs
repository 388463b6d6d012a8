//! Speed-networking rounds in the product: plan who sits at which table in each round, re-plan
//! the remaining rounds for the people present, print the table cards and itineraries, and mail
//! each participant their own plan.

pub mod mail;
pub mod plan;
pub mod view;

pub use mail::mail_plans;
pub use plan::{PlanRequest, plan};
