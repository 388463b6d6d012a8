//! The note a coordinator may add to a change or a cancellation: it goes, as typed, into every
//! mail the change causes ("the lift is out of order, use the stairs").

use super::fields::FieldError;
use super::text::{TextRule, check};

/// The form field (and API property) that holds the note.
pub const NOTE_FIELD: &str = "note";

/// At most 1,000 characters, line breaks allowed, no other control characters.
pub const NOTE_RULE: TextRule = TextRule::lines(1000);

/// The note as the mails will carry it (trimmed, line ends made plain; empty when none), or the
/// problem with it.
pub fn parse_note(value: &str) -> Result<String, FieldError> {
    check(value, NOTE_RULE).map_err(|problem| problem.for_field(NOTE_FIELD))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_keeps_its_lines_and_refuses_what_a_mail_cannot_carry() {
        assert_eq!(
            parse_note("  Use the stairs.\r\nRoom 4.  ").unwrap(),
            "Use the stairs.\nRoom 4."
        );
        assert_eq!(parse_note("").unwrap(), "");
        assert_eq!(parse_note("a\u{0}b").unwrap_err().field, NOTE_FIELD);
        assert!(parse_note(&"x".repeat(1001)).is_err());
        assert!(parse_note(&"x".repeat(1000)).is_ok());
    }
}
