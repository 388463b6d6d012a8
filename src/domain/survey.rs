//! The short follow-up survey after an event: was it useful, what next, anything else.

use super::text_enum::text_enum;
use crate::domain::fields::FormErrors;

text_enum! {
    /// How useful a participant found the event (stored as text; the database's CHECK lists
    /// the same).
    pub enum Usefulness, refused as UnknownUsefulness ("an answer on usefulness") {
        /// Very useful.
        Very = "very",
        /// Somewhat useful.
        Somewhat = "somewhat",
        /// Not useful.
        Not = "not",
    }
}

impl Usefulness {
    /// The English label (for files other programs read).
    pub fn label(self) -> &'static str {
        match self {
            Usefulness::Very => "Very useful",
            Usefulness::Somewhat => "Somewhat useful",
            Usefulness::Not => "Not useful",
        }
    }

    /// The id of the answer's text in the participants' texts.
    pub fn text_id(self) -> &'static str {
        match self {
            Usefulness::Very => "survey-useful-very",
            Usefulness::Somewhat => "survey-useful-somewhat",
            Usefulness::Not => "survey-useful-not",
        }
    }
}

/// What a participant plans next: (stored code, label).
pub const PLANS: [(&str, &str); 5] = [
    ("apply", "Apply for jobs"),
    ("language", "Improve my language skills"),
    ("training", "Training or further education"),
    ("recognition", "Get my qualification recognised"),
    ("internship", "Look for an internship"),
];

/// A checked answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyDraft {
    /// How useful it was.
    pub useful: Usefulness,
    /// Codes of [`PLANS`], in the list's order.
    pub plans: Vec<&'static str>,
    /// Anything else, as written.
    pub comment: String,
}

impl SurveyDraft {
    /// The plans as stored (`apply,language`).
    pub fn plans_text(&self) -> String {
        self.plans.join(",")
    }
}

/// Checks the form: one `useful` value, any `plan` values (unknown ones are refused), and an
/// optional `comment` of up to 2000 characters.
pub fn check(useful: &str, plans: &[&str], comment: &str) -> Result<SurveyDraft, FormErrors> {
    let mut errors = FormErrors::none();
    let useful = useful.trim().parse::<Usefulness>().ok();
    if useful.is_none() {
        errors.push("useful", "survey-error-useful");
    }
    if plans
        .iter()
        .any(|p| PLANS.iter().all(|(code, _)| code != p))
    {
        errors.push("plans", "survey-error-plans");
    }
    let comment = comment.trim().to_owned();
    if crate::domain::text::has_forbidden_control(&comment) {
        errors.push("comment", "problem-text-control");
    } else if comment.chars().count() > 2000 {
        errors.push("comment", "survey-error-comment");
    }
    match useful {
        Some(useful) if !errors.any() => Ok(SurveyDraft {
            useful,
            plans: PLANS
                .iter()
                .map(|(code, _)| *code)
                .filter(|code| plans.contains(code))
                .collect(),
            comment,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_keeps_the_lists_order_and_drops_doubles() {
        let draft = check("very", &["training", "apply", "training"], "  Thank you! ").unwrap();
        assert_eq!(draft.useful, Usefulness::Very);
        assert_eq!(draft.plans, vec!["apply", "training"]);
        assert_eq!(draft.plans_text(), "apply,training");
        assert_eq!(draft.comment, "Thank you!");
        assert_eq!(Usefulness::Somewhat.label(), "Somewhat useful");
    }

    #[test]
    fn a_missing_or_unknown_answer_is_named() {
        let errors = check("", &["fly_to_the_moon"], &"x".repeat(2001)).unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["useful", "plans", "comment"]);
    }
}
