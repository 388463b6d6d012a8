//! [`CefrLevel`]: the Common European Framework of Reference levels A1 to C2.

use std::fmt;
use std::str::FromStr;

/// A language level, ordered from A1 (beginner) to C2 (mastery).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub enum CefrLevel {
    /// Breakthrough.
    A1,
    /// Waystage.
    A2,
    /// Threshold.
    B1,
    /// Vantage.
    B2,
    /// Effective operational proficiency.
    C1,
    /// Mastery (also used for native speakers).
    C2,
}

/// The text is not one of A1, A2, B1, B2, C1, C2.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a language level (A1, A2, B1, B2, C1 or C2)")]
pub struct ParseCefrError(pub String);

impl ParseCefrError {
    /// The problem as a form shows it next to `field`, in any language.
    pub fn problem(&self, field: &str) -> crate::domain::fields::FieldError {
        crate::domain::fields::FieldError::with_args(
            field,
            "problem-level-invalid",
            vec![("level", self.0.clone())],
        )
    }
}

impl CefrLevel {
    /// All levels, lowest first.
    pub const ALL: [CefrLevel; 6] = [Self::A1, Self::A2, Self::B1, Self::B2, Self::C1, Self::C2];

    /// The level's code, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::A1 => "A1",
            Self::A2 => "A2",
            Self::B1 => "B1",
            Self::B2 => "B2",
            Self::C1 => "C1",
            Self::C2 => "C2",
        }
    }
}

impl FromStr for CefrLevel {
    type Err = ParseCefrError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let upper = text.trim().to_ascii_uppercase();
        Self::ALL
            .into_iter()
            .find(|level| level.as_str() == upper)
            .ok_or_else(|| ParseCefrError(text.trim().to_owned()))
    }
}

impl TryFrom<String> for CefrLevel {
    type Error = ParseCefrError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<CefrLevel> for String {
    fn from(level: CefrLevel) -> Self {
        level.as_str().to_owned()
    }
}

impl fmt::Display for CefrLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_parse_in_any_case_and_order_by_proficiency() {
        assert_eq!("b1".parse::<CefrLevel>().unwrap(), CefrLevel::B1);
        assert!(CefrLevel::A2 < CefrLevel::B1);
        assert!("B3".parse::<CefrLevel>().is_err());
    }
}
