//! The speed-networking plan a participant receives: which table to go to in each round.

use super::MailHead;
use super::When;
use super::{frame_from, mail_templates};
use crate::domain::local_text::LocalText;

/// One round of a participant's plan.
pub struct PlanStop {
    /// The round's number, as text.
    pub round: String,
    /// Its clock times, in the event's zone.
    pub when: When,
    /// The table's label ("Table 3").
    pub table: String,
    /// Whose table it is.
    pub employer: String,
}

/// A participant's itinerary through the rounds of a speed-networking session.
pub struct NetworkingPlanEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The participant's name.
    pub name: String,
    /// Session title.
    pub session_title: LocalText,
    /// Event title.
    pub event_title: LocalText,
    /// Where the session happens.
    pub place: String,
    /// The rounds they have a table in, first first.
    pub stops: Vec<PlanStop>,
    /// Their personal link.
    pub link: String,
}
frame_from!(NetworkingPlanEmail, head);
mail_templates!(
    NetworkingPlanEmail,
    "networking_plan/subject.txt",
    "networking_plan/body.txt",
    "networking_plan/body.html"
);
