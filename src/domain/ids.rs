//! Typed ids: one type per kind of record, so a function that takes an event and a participant
//! cannot be handed them the wrong way round. Rows keep plain `Uuid` columns; the types live at
//! the boundaries of services and queries, where two ids side by side used to be two `Uuid`s.

use std::fmt;
use uuid::Uuid;

/// Declares a `Copy` newtype over `Uuid` named `$name`, convertible both ways.
macro_rules! id_type {
    ($( $(#[$meta:meta])* $name:ident; )+) => {
        $(
            $(#[$meta])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct $name(pub Uuid);

            impl From<$name> for Uuid {
                fn from(id: $name) -> Uuid {
                    id.0
                }
            }

            impl fmt::Display for $name {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }
        )+
    };
}

id_type! {
    /// An event.
    EventId;
    /// A session of an event.
    SessionId;
    /// A slot (a time, a seat, a unit) of a session.
    SlotId;
    /// A booking (a place held, offered or waited for).
    BookingId;
    /// A participant (a job seeker).
    ParticipantId;
    /// A volunteer of an employer.
    VolunteerId;
    /// A partner employer.
    EmployerId;
    /// A coordinator.
    CoordinatorId;
    /// An allocation run.
    RunId;
    /// An API token.
    ApiTokenId;
    /// A recorded outcome.
    OutcomeId;
    /// An entry on the day's standby list.
    StandbyId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_shows_and_converts_as_its_uuid() {
        let uuid = Uuid::now_v7();
        let id = EventId(uuid);
        assert_eq!(id.to_string(), uuid.to_string());
        assert_eq!(Uuid::from(id), uuid);
    }
}
