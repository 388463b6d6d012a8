//! [`Actor`]: who acts in a change (a coordinator, a volunteer, a participant, an employer's
//! contact, or the system on a schedule), as the audit log records it.

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
    pub fn kind_and_id(self) -> (&'static str, Option<Uuid>) {
        match self {
            Actor::Coordinator(id) => ("coordinator", Some(id)),
            Actor::Volunteer(id) => ("volunteer", Some(id)),
            Actor::Participant(id) => ("participant", Some(id)),
            Actor::EmployerContact(id) => ("employer_contact", Some(id)),
            Actor::System => ("system", None),
        }
    }
}
