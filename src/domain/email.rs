//! [`EmailAddress`]: an address that has been checked once, at the edge.

use std::fmt;

/// A syntactically plausible e-mail address, trimmed and lower-cased so that the same person
/// is never stored twice under two spellings.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EmailAddress(String);

/// Why a text is not an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseEmailError {
    /// Nothing was entered.
    #[error("enter an e-mail address")]
    Empty,
    /// The text is not of the form `name@example.org`.
    #[error("'{0}' is not an e-mail address like name@example.org")]
    Invalid(String),
}

impl ParseEmailError {
    /// The problem as a form shows it next to `field`, in any language.
    pub fn problem(&self, field: &str) -> crate::domain::fields::FieldError {
        use crate::domain::fields::FieldError;
        match self {
            Self::Empty => FieldError::with_args(field, "problem-email-missing", Vec::new()),
            Self::Invalid(text) => FieldError::with_args(
                field,
                "problem-email-invalid",
                vec![("email", text.clone())],
            ),
        }
    }
}

impl EmailAddress {
    /// Parses and normalises an address; rejects anything lettre could not send to.
    pub fn parse(text: &str) -> Result<Self, ParseEmailError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(ParseEmailError::Empty);
        }
        let invalid = || ParseEmailError::Invalid(trimmed.chars().take(80).collect());
        let (local, domain) = trimmed.rsplit_once('@').ok_or_else(invalid)?;
        let domain_ok = !domain.is_empty()
            && domain.len() <= 253
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        // `localhost` stands in for a dotted domain (local test servers), never for the rest.
        if !(domain_ok && local_ok && (domain.contains('.') || domain == "localhost")) {
            return Err(invalid());
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_trimmed_and_lower_cased() {
        let email = EmailAddress::parse("  Amira.Haddad@Example.ORG ").unwrap();
        assert_eq!(email.as_str(), "amira.haddad@example.org");
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for bad in [
            "",
            "amira",
            "@example.org",
            "amira@",
            "a b@example.org",
            "a@exa mple.org",
            "a@.org",
            "a..b@x.org",
            "a b@localhost",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} was accepted");
        }
        let long_local = format!("{}@localhost", "a".repeat(400));
        assert!(
            EmailAddress::parse(&long_local).is_err(),
            "the local part is limited at localhost too"
        );
        assert!(EmailAddress::parse("mail@localhost").is_ok());
    }
}
