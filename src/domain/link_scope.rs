//! [`LinkScope`]: what a personal link lets its holder do.

use super::text_enum::text_enum;

text_enum! {
    /// A personal link's scope (stored as text; the database's CHECK lists the same values).
    pub enum LinkScope, refused as UnknownLinkScope ("a link scope") {
        /// A job seeker's page for one event: book, change, cancel.
        Participant = "participant",
        /// An employer contact's page for one event: register volunteers.
        EmployerContact = "employer_contact",
        /// A volunteer's schedule for one event.
        Volunteer = "volunteer",
        /// A coordinator's one-time password reset.
        CoordinatorReset = "coordinator_reset",
    }
}
