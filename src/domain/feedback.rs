//! The written feedback after a mock interview: four ratings from 1 to 4 and two texts, checked
//! the same way whether they come from the volunteer's form or a test.

use crate::domain::fields::{FieldError, FormErrors};

/// A rubric item: its form field and the Fluent id of its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RubricItem {
    /// The form field, also the column name.
    pub field: &'static str,
    /// The label's text id in `locales/`.
    pub label_id: &'static str,
    /// The label in English (volunteers' and coordinators' pages).
    pub label: &'static str,
    /// The text id of the problem "no rating chosen".
    pub error_id: &'static str,
}

/// The four things a volunteer rates, in the order the form and the mail show them.
pub const RUBRIC: [RubricItem; 4] = [
    RubricItem {
        field: "preparation",
        label_id: "feedback-preparation",
        label: "Preparation",
        error_id: "feedback-error-rating-preparation",
    },
    RubricItem {
        field: "presentation",
        label_id: "feedback-presentation",
        label: "Self-presentation",
        error_id: "feedback-error-rating-presentation",
    },
    RubricItem {
        field: "professional_depth",
        label_id: "feedback-professional-depth",
        label: "Professional depth",
        error_id: "feedback-error-rating-professional-depth",
    },
    RubricItem {
        field: "communication",
        label_id: "feedback-communication",
        label: "Language and communication",
        error_id: "feedback-error-rating-communication",
    },
];

/// What each rating means, from 1 to 4: (text id, English).
pub const SCALE: [(&str, &str); 4] = [
    ("feedback-scale-1", "needs a lot of work"),
    ("feedback-scale-2", "needs some work"),
    ("feedback-scale-3", "good"),
    ("feedback-scale-4", "very good"),
];

/// The text id of what a rating means (`3` → `feedback-scale-3`).
pub fn scale_id(rating: i32) -> &'static str {
    usize::try_from(rating - 1)
        .ok()
        .and_then(|i| SCALE.get(i))
        .map_or("", |(id, _)| id)
}

/// What a rating means in English (`3` → `good`).
pub fn scale_text(rating: i32) -> &'static str {
    usize::try_from(rating - 1)
        .ok()
        .and_then(|i| SCALE.get(i))
        .map_or("", |(_, text)| text)
}

/// The longest text a volunteer may write in one field.
pub const MAX_TEXT: usize = 4000;

/// Checked feedback, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackDraft {
    /// Ratings in [`RUBRIC`] order, each 1 to 4.
    pub ratings: [i32; 4],
    /// What went well, as written.
    pub strengths: String,
    /// What to work on next, as written.
    pub next_steps: String,
}

/// The form as typed: every value as text, looked up by field name.
pub fn check(value_of: impl Fn(&str) -> String) -> Result<FeedbackDraft, FormErrors> {
    let mut errors = FormErrors::none();
    let mut ratings = [0; 4];
    for (rating, item) in ratings.iter_mut().zip(RUBRIC) {
        match value_of(item.field).trim().parse::<i32>() {
            Ok(n) if (1..=4).contains(&n) => *rating = n,
            Ok(_) | Err(_) => errors.push(item.field, item.error_id),
        }
    }
    let mut text = |field: &str, empty_id: &'static str| {
        let value = value_of(field).trim().to_owned();
        if value.is_empty() {
            errors.push(field, empty_id);
        } else if crate::domain::text::has_forbidden_control(&value) {
            errors.push(field, "problem-text-control");
        } else if value.chars().count() > MAX_TEXT {
            errors.0.push(FieldError::with_args(
                field,
                "feedback-error-long",
                vec![("count", MAX_TEXT.to_string())],
            ));
        }
        value
    };
    let strengths = text("strengths", "feedback-error-empty-strengths");
    let next_steps = text("next_steps", "feedback-error-empty-next-steps");
    errors
        .into_result(|| FeedbackDraft {
            ratings,
            strengths,
            next_steps,
        })
        .map_err(FormErrors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fields::TypedForm;

    fn form(pairs: &[(&str, &str)]) -> impl Fn(&str) -> String {
        let typed = TypedForm::from_pairs(pairs.iter().copied());
        move |field| typed.owned(field)
    }

    const GOOD: &[(&str, &str)] = &[
        ("preparation", "4"),
        ("presentation", "3"),
        ("professional_depth", "2"),
        ("communication", " 1 "),
        ("strengths", "  Clear examples from your work in Aleppo. "),
        ("next_steps", "Practise the salary question."),
    ];

    #[test]
    fn a_complete_form_is_taken_as_written() {
        let draft = check(form(GOOD)).unwrap();
        assert_eq!(draft.ratings, [4, 3, 2, 1]);
        assert_eq!(draft.strengths, "Clear examples from your work in Aleppo.");
        assert_eq!(draft.next_steps, "Practise the salary question.");
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let mut pairs = GOOD.to_vec();
        pairs[0] = ("preparation", "5");
        pairs[1] = ("presentation", "");
        pairs[2] = ("professional_depth", "three");
        pairs[5] = ("next_steps", "   ");
        let errors = check(form(&pairs)).unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "preparation",
                "presentation",
                "professional_depth",
                "next_steps"
            ]
        );
        assert_eq!(errors.0[0].message, "feedback-error-rating-preparation");
    }

    #[test]
    fn overlong_texts_are_refused() {
        let long = "x".repeat(MAX_TEXT + 1);
        let mut pairs = GOOD.to_vec();
        pairs[4] = ("strengths", &long);
        let errors = check(form(&pairs)).unwrap_err();
        assert_eq!(errors.0[0].field, "strengths");
    }
}
