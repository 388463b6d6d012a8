//! Typed ids ([`crate::domain::ids`]) as query values: a query filters on a column with the
//! typed id a service handed over, with no unwrapping at every call.

/// Lets `$ty` be used wherever sea-orm takes a value (`Column::Id.eq(id)`), as its `Uuid`.
macro_rules! id_value {
    ($($ty:ident),+ $(,)?) => {
        $(
            impl From<crate::domain::ids::$ty> for sea_orm::Value {
                fn from(id: crate::domain::ids::$ty) -> Self {
                    id.0.into()
                }
            }
        )+
    };
}

id_value!(
    EventId,
    SessionId,
    SlotId,
    BookingId,
    ParticipantId,
    VolunteerId,
    EmployerId,
    CoordinatorId,
    RunId,
    ApiTokenId,
    OutcomeId,
    StandbyId,
);
