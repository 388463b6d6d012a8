//! [`BookingMode`]: how a session's places are given out.

use super::text_enum::text_enum;

text_enum! {
    /// How a session books (stored as text; the database's CHECK lists the same values).
    pub enum BookingMode, refused as UnknownBookingMode ("a booking mode") {
        /// Self-service: the first to book get the places, then a waiting list.
        FirstCome = "first_come",
        /// Participants rank options during a window; an allocation run then gives out places.
        Preferences = "preferences",
    }
}
