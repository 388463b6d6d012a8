//! Sensitive facts a participant shared (residence status, work permit, anything else a
//! coordinator marks sensitive), as a coordinator enters them: checked here, stored apart by
//! `services::sensitive_facts`, shown to coordinators only.

use crate::domain::fields::FormErrors;
use crate::domain::text::{self, TextProblem, TextRule};
use jiff::civil::Date;

/// The longest residence status or work permit text.
pub const MAX_SHORT: usize = 200;
/// The longest note.
pub const MAX_NOTES: usize = 2000;

/// Checked facts, ready to store; empty texts are stored as nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SensitiveDraft {
    /// Residence status, as the person told it.
    pub residence_status: Option<String>,
    /// Work permit, as the person told it.
    pub work_permit: Option<String>,
    /// Anything else the coordinator marks sensitive.
    pub notes: Option<String>,
    /// A day after which the facts are deleted, before the programme's retention would.
    pub delete_after: Option<Date>,
}

impl SensitiveDraft {
    /// Whether nothing is left to keep.
    pub fn is_empty(&self) -> bool {
        self.residence_status.is_none() && self.work_permit.is_none() && self.notes.is_none()
    }
}

/// How many years ahead a deletion day may lie.
const MAX_YEARS_KEPT: i16 = 10;

fn text(value: String) -> Option<String> {
    Some(value.trim().to_owned()).filter(|v| !v.is_empty())
}

/// Checks the form: `residence_status`, `work_permit` (up to 200 characters each), `notes` (up to
/// 2000) and `delete_after` (`YYYY-MM-DD`, after `today`, or empty).
pub fn check(value_of: impl Fn(&str) -> String, today: Date) -> Result<SensitiveDraft, FormErrors> {
    let mut errors = FormErrors::none();
    let draft = SensitiveDraft {
        residence_status: text(value_of("residence_status")),
        work_permit: text(value_of("work_permit")),
        notes: text(value_of("notes")),
        delete_after: None,
    };
    for (field, value, rule) in [
        (
            "residence_status",
            &draft.residence_status,
            TextRule::optional_line(MAX_SHORT),
        ),
        (
            "work_permit",
            &draft.work_permit,
            TextRule::optional_line(MAX_SHORT),
        ),
        ("notes", &draft.notes, TextRule::lines(MAX_NOTES)),
    ] {
        let checked = value.as_deref().map(|v| text::check(v, rule));
        if checked == Some(Err(TextProblem::ControlCharacter)) {
            errors.push(field, "problem-text-control");
        } else if checked.is_some_and(|c| c.is_err()) {
            let max = rule.max;
            errors.push_with(
                field,
                "problem-sensitive-long",
                vec![("count", max.to_string())],
            );
        }
    }
    let typed = value_of("delete_after").trim().to_owned();
    let delete_after = if typed.is_empty() {
        None
    } else {
        match typed.parse::<Date>() {
            // Facts are kept for a purpose, never for ever; ten years also keeps the day's
            // arithmetic far from the calendar's end (9999-12-31).
            Ok(day) if day > today && day.year() <= today.year() + MAX_YEARS_KEPT => Some(day),
            Ok(day) if day > today => {
                errors.push_with(
                    "delete_after",
                    "problem-sensitive-far",
                    vec![("years", MAX_YEARS_KEPT.to_string())],
                );
                None
            }
            Ok(_) => {
                errors.push("delete_after", "problem-sensitive-past");
                None
            }
            Err(_) => {
                errors.push("delete_after", "problem-sensitive-date");
                None
            }
        }
    };
    if errors.any() {
        return Err(errors);
    }
    Ok(SensitiveDraft {
        delete_after,
        ..draft
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn form<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> String + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
                .unwrap_or_default()
        }
    }

    #[test]
    fn facts_are_trimmed_and_empty_ones_dropped() {
        let today = date(2026, 11, 24);
        let draft = check(
            form(&[
                ("residence_status", "  Aufenthaltsgestattung "),
                ("work_permit", ""),
                ("delete_after", "2027-01-31"),
            ]),
            today,
        )
        .unwrap();
        assert_eq!(
            draft.residence_status.as_deref(),
            Some("Aufenthaltsgestattung")
        );
        assert_eq!(draft.work_permit, None);
        assert_eq!(draft.delete_after, Some(date(2027, 1, 31)));
        assert!(check(form(&[]), today).unwrap().is_empty());
    }

    #[test]
    fn long_texts_and_bad_dates_are_refused_at_their_fields() {
        let today = date(2026, 11, 24);
        let long = "x".repeat(MAX_SHORT + 1);
        let errors = check(
            form(&[("work_permit", &long), ("delete_after", "2026-11-24")]),
            today,
        )
        .unwrap_err();
        assert!(errors.has("work_permit"));
        assert_eq!(errors.get("delete_after"), Some("problem-sensitive-past"));
        let errors = check(form(&[("delete_after", "soon")]), today).unwrap_err();
        assert!(errors.has("delete_after"));
    }
}
