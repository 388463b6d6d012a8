//! [`PhoneNumber`]: how to reach someone who has no e-mail address (many job seekers share a
//! phone or only use messaging apps). Kept as typed, checked once at the edge.

use std::fmt;

/// A phone number as typed (trimmed), with 6 to 20 digits and nothing but digits, spaces, a
/// leading `+` and the usual separators (`-`, `.`, `/`, brackets).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PhoneNumber(String);

/// Why a text is not a phone number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a phone number like +49 30 1234567")]
pub struct ParsePhoneError(pub String);

impl ParsePhoneError {
    /// The problem as a form shows it next to `field`, in any language.
    pub fn problem(&self, field: &str) -> crate::domain::fields::FieldError {
        crate::domain::fields::FieldError::with_args(
            field,
            "problem-phone-invalid",
            vec![("phone", self.0.clone())],
        )
    }
}

impl PhoneNumber {
    /// Parses a phone number; `Ok(None)` for an empty text.
    pub fn parse(text: &str) -> Result<Option<Self>, ParsePhoneError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        let invalid = || ParsePhoneError(trimmed.chars().take(40).collect());
        let digits = trimmed.chars().filter(char::is_ascii_digit).count();
        let allowed = trimmed
            .char_indices()
            .all(|(i, c)| c.is_ascii_digit() || " -./()".contains(c) || (c == '+' && i == 0));
        if !allowed || !(6..=20).contains(&digits) || trimmed.chars().count() > 30 {
            return Err(invalid());
        }
        Ok(Some(Self(trimmed.to_owned())))
    }

    /// As typed.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The digits (with a leading `+`), so that one number written two ways is one person.
    pub fn key(&self) -> String {
        let plus = if self.0.starts_with('+') { "+" } else { "" };
        let digits: String = self.0.chars().filter(char::is_ascii_digit).collect();
        format!("{plus}{digits}")
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_write_them_are_kept_and_compared_by_their_digits() {
        let one = PhoneNumber::parse(" +49 (30) 123-4567 ").unwrap().unwrap();
        assert_eq!(one.as_str(), "+49 (30) 123-4567");
        assert_eq!(one.key(), "+49301234567");
        let same = PhoneNumber::parse("+49 30 1234567").unwrap().unwrap();
        assert_eq!(one.key(), same.key());
        assert_eq!(PhoneNumber::parse("").unwrap(), None);
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "12345",
            "call me",
            "+49 30 12a4567",
            "49+301234567",
            &"1".repeat(21),
        ] {
            assert!(PhoneNumber::parse(bad).is_err(), "{bad}");
        }
    }
}
