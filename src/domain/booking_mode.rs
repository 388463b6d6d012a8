//! [`BookingMode`]: how a session's places are given out.

use std::fmt;
use std::str::FromStr;

/// How a session books (stored as text; the database's CHECK lists the same values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BookingMode {
    /// Self-service: the first to book get the places, then a waiting list.
    FirstCome,
    /// Participants rank options during a window; an allocation run then gives out the places.
    Preferences,
}

/// The text is not a booking mode.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a booking mode")]
pub struct UnknownBookingMode(pub String);

impl BookingMode {
    /// Both modes, in the order forms list them.
    pub const ALL: [Self; 2] = [Self::FirstCome, Self::Preferences];

    /// The stored text (also the form's value).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FirstCome => "first_come",
            Self::Preferences => "preferences",
        }
    }
}

impl fmt::Display for BookingMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for BookingMode {
    type Err = UnknownBookingMode;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|mode| mode.as_str() == text)
            .ok_or_else(|| UnknownBookingMode(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_mode_reads_back_from_its_text_and_nothing_else_does() {
        for mode in BookingMode::ALL {
            assert_eq!(mode.as_str().parse(), Ok(mode));
        }
        assert!("first come".parse::<BookingMode>().is_err());
    }
}
