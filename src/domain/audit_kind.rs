//! [`AuditKind`]: what kind of record an audit entry names as the one who acted or the one
//! acted upon.

use super::text_enum::text_enum;

text_enum! {
    /// What kind of record an audit entry names (stored as text beside the record's id).
    pub enum AuditKind, refused as UnknownAuditKind ("a kind of audited record") {
        /// A coordinator.
        Coordinator = "coordinator",
        /// A volunteer.
        Volunteer = "volunteer",
        /// A participant.
        Participant = "participant",
        /// An employer's contact person.
        EmployerContact = "employer_contact",
        /// The worker, on a schedule (it has no id).
        System = "system",
        /// A booking.
        Booking = "booking",
        /// An event.
        Event = "event",
        /// A webhook endpoint.
        Webhook = "webhook",
    }
}
