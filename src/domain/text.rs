//! Text as people type it into a form, a file or an API body: every field has a maximum length
//! and refuses control characters, so nothing stored can break a mail header (a line break in
//! a name), a calendar line, a spreadsheet or a PostgreSQL text column (which refuses NUL).
//! One-line fields (names, titles) refuse line breaks too; notes may hold them.

/// What a field accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextRule {
    /// The most characters (after trimming).
    pub max: usize,
    /// Whether an empty value is a problem.
    pub required: bool,
    /// Whether line breaks (and tabs) are allowed: notes, not names.
    pub multi_line: bool,
}

impl TextRule {
    /// A required one-line value of at most `max` characters (a name, a title).
    pub const fn line(max: usize) -> Self {
        Self {
            max,
            required: true,
            multi_line: false,
        }
    }

    /// An optional one-line value of at most `max` characters (a job title).
    pub const fn optional_line(max: usize) -> Self {
        Self {
            max,
            required: false,
            multi_line: false,
        }
    }

    /// A required text of several lines of at most `max` characters (a description).
    pub const fn required_lines(max: usize) -> Self {
        Self {
            max,
            required: true,
            multi_line: true,
        }
    }

    /// An optional text of several lines of at most `max` characters (a note).
    pub const fn lines(max: usize) -> Self {
        Self {
            max,
            required: false,
            multi_line: true,
        }
    }
}

/// Why a value was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TextProblem {
    /// Nothing was given where something must be.
    #[error("is empty")]
    Empty,
    /// Longer than the rule allows.
    #[error("is longer than {0} characters")]
    TooLong(usize),
    /// A control character (NUL, escape ...), or a line break in a one-line field.
    #[error("holds a line break or another control character")]
    ControlCharacter,
}

impl TextProblem {
    /// The text id that tells this problem: a control character in general words, an empty or
    /// too long value as the field's own `told_as` says it.
    pub fn text_id(self, told_as: &str) -> &str {
        match self {
            TextProblem::ControlCharacter => "problem-text-control",
            TextProblem::Empty | TextProblem::TooLong(_) => told_as,
        }
    }

    /// The problem as a field's error, in general words.
    pub fn for_field(self, field: &str) -> crate::domain::fields::FieldError {
        use crate::domain::fields::FieldError;
        match self {
            TextProblem::Empty => FieldError::new(field, "problem-text-empty"),
            TextProblem::TooLong(max) => FieldError::with_args(
                field,
                "problem-text-too-long",
                vec![("max", max.to_string())],
            ),
            TextProblem::ControlCharacter => FieldError::new(field, "problem-text-control"),
        }
    }
}

/// The value trimmed, with Windows line ends made plain, if `rule` accepts it.
pub fn check(value: &str, rule: TextRule) -> Result<String, TextProblem> {
    let value = value.trim();
    let allowed = |c: char| !c.is_control() || (rule.multi_line && matches!(c, '\n' | '\r' | '\t'));
    if !value.chars().all(allowed) {
        return Err(TextProblem::ControlCharacter);
    }
    let value = if rule.multi_line {
        value.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        value.to_owned()
    };
    if value.chars().count() > rule.max {
        return Err(TextProblem::TooLong(rule.max));
    }
    if rule.required && value.is_empty() {
        return Err(TextProblem::Empty);
    }
    Ok(value)
}

/// Whether `value` holds a character no stored text may hold anywhere: a control character
/// other than a tab or a line break. Such input is refused before any form is read.
pub fn has_forbidden_control(value: &str) -> bool {
    value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_name_is_one_trimmed_line_within_its_length() {
        let name = TextRule::line(10);
        assert_eq!(check("  Amira  ", name), Ok("Amira".to_owned()));
        assert_eq!(
            check("Amira\r\nBcc: x", name),
            Err(TextProblem::ControlCharacter)
        );
        assert_eq!(
            check("Am\u{0}ira", name),
            Err(TextProblem::ControlCharacter)
        );
        assert_eq!(check("   ", name), Err(TextProblem::Empty));
        assert_eq!(check("ابتسام الهاشمي", name), Err(TextProblem::TooLong(10)));
        assert_eq!(check("", TextRule::optional_line(10)), Ok(String::new()));
    }

    #[test]
    fn a_note_keeps_its_lines_but_no_other_control_character() {
        let note = TextRule::lines(50);
        assert_eq!(
            check("one\r\ntwo\tthree", note),
            Ok("one\ntwo\tthree".to_owned())
        );
        assert_eq!(check("bell\u{7}", note), Err(TextProblem::ControlCharacter));
        assert!(has_forbidden_control("a\u{1b}[31m"));
        assert!(!has_forbidden_control("a\r\nb\tc"));
    }

    proptest! {
        #[test]
        fn whatever_is_accepted_fits_its_rule(value in any::<String>(), max in 0usize..40, multi in any::<bool>()) {
            let rule = TextRule { max, required: false, multi_line: multi };
            if let Ok(kept) = check(&value, rule) {
                prop_assert!(kept.chars().count() <= max);
                prop_assert!(!has_forbidden_control(&kept));
                prop_assert!(multi || !kept.chars().any(char::is_control));
                prop_assert!(!kept.contains('\r'));
            }
        }
    }
}
