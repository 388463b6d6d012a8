//! [`BookingStatus`]: where a booking is in its life, and whether it holds a place.

use std::fmt;
use std::str::FromStr;

/// A booking's state (stored as text; the database's CHECK lists the same values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BookingStatus {
    /// Holds a place.
    Confirmed,
    /// Gave the place back (or never got one, for a closed waiting-list entry).
    Cancelled,
    /// Waiting for a place in the session.
    Waitlisted,
    /// A freed place is held for them until the offer expires.
    Offered,
    /// Did not come; the place was freed on the day.
    NoShow,
}

/// The text is not a booking status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a booking status")]
pub struct UnknownBookingStatus(pub String);

impl BookingStatus {
    /// Every status.
    pub const ALL: [Self; 5] = [
        Self::Confirmed,
        Self::Cancelled,
        Self::Waitlisted,
        Self::Offered,
        Self::NoShow,
    ];

    /// The stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Cancelled => "cancelled",
            Self::Waitlisted => "waitlisted",
            Self::Offered => "offered",
            Self::NoShow => "no_show",
        }
    }

    /// Does a booking in this state count against its slot's places? (A confirmed booking and
    /// an open offer do.)
    pub fn holds_a_place(self) -> bool {
        matches!(self, Self::Confirmed | Self::Offered)
    }

    /// Is the booking still alive (not cancelled)? At most one per person and session is.
    pub fn is_live(self) -> bool {
        self != Self::Cancelled
    }
}

impl fmt::Display for BookingStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for BookingStatus {
    type Err = UnknownBookingStatus;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or_else(|| UnknownBookingStatus(text.to_owned()))
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
            assert_eq!(status.as_str().parse(), Ok(status));
        }
        assert!("Confirmed".parse::<BookingStatus>().is_err());
        assert!("".parse::<BookingStatus>().is_err());
    }

    #[test]
    fn only_confirmed_bookings_and_open_offers_hold_places() {
        let holding: Vec<_> = BookingStatus::ALL
            .into_iter()
            .filter(|s| s.holds_a_place())
            .collect();
        assert_eq!(holding, [BookingStatus::Confirmed, BookingStatus::Offered]);
    }
}
