//! What a coordinator asks for when copying an event: its new title, its new first day, and
//! whether the same employers are invited at once.

use crate::domain::fields::{FieldError, FormErrors};
use crate::domain::text::TextRule;
use serde::Deserialize;

/// The copy form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CopyInput {
    /// The new event's title.
    pub title: String,
    /// Its first day, `YYYY-MM-DD` (a date field).
    pub first_day: String,
    /// `yes` to invite the same employers now.
    pub invite_employers: String,
}

/// A checked copy request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyRequest {
    /// The new event's title, 1-200 characters on one line.
    pub title: String,
    /// Its first day, in the event's zone; every time moves by whole days to follow it.
    pub first_day: jiff::civil::Date,
    /// Whether each employer's contacts get their link for the new event at once.
    pub invite_employers: bool,
}

impl CopyRequest {
    /// Checks the form; each problem is named by its field.
    pub fn parse(input: &CopyInput) -> Result<Self, Vec<FieldError>> {
        let mut errors = FormErrors::none();
        let title = errors.text(
            "title",
            &input.title,
            TextRule::line(200),
            "problem-event-title",
        );
        let first_day = input.first_day.trim().parse::<jiff::civil::Date>().ok();
        if first_day.is_none() {
            errors.push("first_day", "problem-copy-first-day");
        }
        match first_day {
            Some(first_day) if !errors.any() => Ok(Self {
                title,
                first_day,
                invite_employers: input.invite_employers == "yes",
            }),
            _ => Err(errors.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(title: &str, first_day: &str) -> CopyInput {
        CopyInput {
            title: title.into(),
            first_day: first_day.into(),
            invite_employers: "yes".into(),
        }
    }

    #[test]
    fn a_title_and_a_date_make_a_request() {
        let request = CopyRequest::parse(&input(" Spring fair ", "2027-03-02")).unwrap();
        assert_eq!(request.title, "Spring fair");
        assert_eq!(request.first_day, jiff::civil::date(2027, 3, 2));
        assert!(request.invite_employers);
    }

    #[test]
    fn each_problem_is_named_by_its_field() {
        for (title, day, fields) in [
            ("", "2027-03-02", vec!["title"]),
            ("Fair\r\nBcc: x", "2027-03-02", vec!["title"]),
            (&"x".repeat(201), "2027-03-02", vec!["title"]),
            ("Fair", "2027-02-30", vec!["first_day"]),
            ("Fair", "next Tuesday", vec!["first_day"]),
            ("", "\0", vec!["title", "first_day"]),
        ] {
            let problems = CopyRequest::parse(&input(title, day)).unwrap_err();
            let named: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
            assert_eq!(named, fields, "{title:?} {day:?}");
        }
    }
}
