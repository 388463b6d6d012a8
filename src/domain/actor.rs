//! [`Actor`]: who acts in a change (a coordinator, a volunteer, a participant, an employer's
//! contact, or the system on a schedule), as the audit log records it.

use super::audit_kind::AuditKind;
use uuid::Uuid;

/// Who acted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in coordinator.
    Coordinator(Uuid),
    /// A volunteer through their personal link.
    Volunteer(Uuid),
    /// A participant through their personal link.
    Participant(Uuid),
    /// An employer's contact person through their personal link.
    EmployerContact(Uuid),
    /// The worker, on a schedule (retention, waitlist offers).
    System,
}

impl Actor {
    /// How the log stores who acted: a kind and, but for the system, an id.
    pub fn kind_and_id(self) -> (AuditKind, Option<Uuid>) {
        match self {
            Actor::Coordinator(id) => (AuditKind::Coordinator, Some(id)),
            Actor::Volunteer(id) => (AuditKind::Volunteer, Some(id)),
            Actor::Participant(id) => (AuditKind::Participant, Some(id)),
            Actor::EmployerContact(id) => (AuditKind::EmployerContact, Some(id)),
            Actor::System => (AuditKind::System, None),
        }
    }
}
