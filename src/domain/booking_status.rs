//! [`BookingStatus`]: where a booking is in its life, and whether it holds a place.

use super::text_enum::text_enum;

text_enum! {
    /// A booking's state (stored as text; the database's CHECK lists the same values).
    pub enum BookingStatus, refused as UnknownBookingStatus ("a booking status") {
        /// Holds a place.
        Confirmed = "confirmed",
        /// Gave the place back (or never got one, for a closed waiting-list entry).
        Cancelled = "cancelled",
        /// Waiting for a place in the session.
        Waitlisted = "waitlisted",
        /// A freed place is held for them until the offer expires.
        Offered = "offered",
        /// Did not come; the place was freed on the day.
        NoShow = "no_show",
    }
}

impl BookingStatus {
    /// Does a booking in this state count against its slot's places? (A confirmed booking and
    /// an open offer do.)
    pub fn holds_a_place(self) -> bool {
        matches!(self, Self::Confirmed | Self::Offered)
    }
}

impl serde::Serialize for BookingStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_reads_back_from_its_text_and_nothing_else_does() {
        for status in BookingStatus::ALL {
            assert_eq!(status.as_str().parse(), Ok(*status));
        }
        assert!("Confirmed".parse::<BookingStatus>().is_err());
        assert!("".parse::<BookingStatus>().is_err());
    }

    #[test]
    fn only_confirmed_bookings_and_open_offers_hold_places() {
        let holding: Vec<_> = BookingStatus::ALL
            .iter()
            .copied()
            .filter(|s| s.holds_a_place())
            .collect();
        assert_eq!(holding, [BookingStatus::Confirmed, BookingStatus::Offered]);
    }
}
