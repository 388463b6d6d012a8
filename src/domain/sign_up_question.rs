//! The coordinator's own questions on an event's sign-up form (text, choice, yes/no; required
//! or not), and the answers to them as the form sends them.

use super::fields::{FieldError, FormErrors};
use super::text::{self, TextRule};
use super::text_enum::text_enum;
use uuid::Uuid;

text_enum! {
    /// How a question is answered.
    pub enum QuestionKind, refused as UnknownQuestionKind ("a kind of question") {
        /// In the person's own words (one line).
        Text = "text",
        /// One of the coordinator's answers.
        Choice = "choice",
        /// Yes or no.
        YesNo = "yes_no",
    }
}

/// The most questions one form asks.
pub const MAX_QUESTIONS: usize = 10;
/// The most answers a choice question offers.
pub const MAX_CHOICES: usize = 12;
/// The longest question.
pub const LABEL_MAX: usize = 200;
/// The longest offered answer.
pub const CHOICE_MAX: usize = 100;
/// The longest answer in the person's own words.
pub const ANSWER_MAX: usize = 500;

/// A question as the coordinator wrote it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionDraft {
    /// How it is answered.
    pub kind: QuestionKind,
    /// The question.
    pub label: String,
    /// A choice question's answers, in order (empty for the other kinds).
    pub choices: Vec<String>,
    /// Whether it must be answered.
    pub required: bool,
}

impl QuestionDraft {
    /// Checks a question typed into the form: `choices` holds one answer per line.
    pub fn parse(
        kind: &str,
        label: &str,
        choices: &str,
        required: bool,
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = FormErrors::none();
        let kind = kind
            .parse::<QuestionKind>()
            .map_err(|_| errors.push("kind", "problem-question-kind"))
            .unwrap_or(QuestionKind::Text);
        let label = errors.limited("label", label, TextRule::line(LABEL_MAX));
        let mut offered: Vec<String> = Vec::new();
        if kind == QuestionKind::Choice {
            for line in choices.lines().map(str::trim).filter(|l| !l.is_empty()) {
                match text::check(line, TextRule::line(CHOICE_MAX)) {
                    Ok(choice) if !offered.contains(&choice) => offered.push(choice),
                    Ok(_) => {}
                    Err(problem) => errors.push_error(problem.for_field("choices")),
                }
            }
            if text::has_forbidden_control(choices.replace(['\n', '\r'], "").as_str()) {
                errors.push("choices", "problem-text-control");
            }
            if offered.len() < 2 || offered.len() > MAX_CHOICES {
                errors.push_with(
                    "choices",
                    "problem-question-choices",
                    vec![("most", MAX_CHOICES.to_string())],
                );
            }
        }
        errors.into_result(|| Self {
            kind,
            label,
            choices: offered,
            required,
        })
    }
}

/// A question as the form asks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Its id (the form field is [`Question::field`]).
    pub id: Uuid,
    /// How it is answered.
    pub kind: QuestionKind,
    /// The question.
    pub label: String,
    /// A choice question's answers.
    pub choices: Vec<String>,
    /// Whether it must be answered.
    pub required: bool,
}

impl Question {
    /// The name of its form field.
    pub fn field(&self) -> String {
        field_of(self.id)
    }

    /// Reads the answer as typed: `None` when left unanswered (a problem if it is required).
    /// A choice must be one offered; yes/no is `yes` or `no`.
    pub fn answer(&self, typed: &str) -> Result<Option<String>, FieldError> {
        let field = self.field();
        let typed = typed.trim();
        if typed.is_empty() {
            return if self.required {
                Err(FieldError::new(field, "problem-answer-required"))
            } else {
                Ok(None)
            };
        }
        match self.kind {
            QuestionKind::Text => text::check(typed, TextRule::line(ANSWER_MAX))
                .map(Some)
                .map_err(|problem| problem.for_field(&field)),
            QuestionKind::Choice if self.choices.iter().any(|c| c == typed) => {
                Ok(Some(typed.to_owned()))
            }
            QuestionKind::YesNo if typed == "yes" || typed == "no" => Ok(Some(typed.to_owned())),
            QuestionKind::Choice | QuestionKind::YesNo => {
                Err(FieldError::new(field, "problem-answer-choice"))
            }
        }
    }
}

/// The form field of the question `id`.
pub fn field_of(id: Uuid) -> String {
    format!("q-{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(kind: QuestionKind, required: bool) -> Question {
        Question {
            id: Uuid::nil(),
            kind,
            label: "Do you hold a driving licence?".to_owned(),
            choices: vec!["Car".to_owned(), "Truck".to_owned()],
            required,
        }
    }

    #[test]
    fn a_choice_question_needs_two_distinct_answers() {
        let one = QuestionDraft::parse("choice", "Which shift?", "Early\nEarly\n", false);
        assert!(one.is_err());
        let two = QuestionDraft::parse("choice", "Which shift?", "Early\r\n Late \n\n", true)
            .expect("two answers");
        assert_eq!(two.choices, ["Early", "Late"]);
        assert!(two.required);
    }

    #[test]
    fn a_question_refuses_an_unknown_kind_and_an_empty_or_long_label() {
        let problems = QuestionDraft::parse("essay", "", "", false).expect_err("refused");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["kind", "label"]);
        assert!(QuestionDraft::parse("text", &"x".repeat(LABEL_MAX + 1), "", false).is_err());
        assert!(QuestionDraft::parse("text", "Why?\u{0}", "", false).is_err());
    }

    #[test]
    fn answers_are_read_by_kind() {
        let choice = question(QuestionKind::Choice, true);
        assert_eq!(
            choice.answer(" Car ").expect("offered"),
            Some("Car".to_owned())
        );
        assert!(choice.answer("Bicycle").is_err());
        assert!(choice.answer("").is_err());
        let yes_no = question(QuestionKind::YesNo, false);
        assert_eq!(yes_no.answer("").expect("optional"), None);
        assert_eq!(yes_no.answer("no").expect("no"), Some("no".to_owned()));
        assert!(yes_no.answer("maybe").is_err());
        let text = question(QuestionKind::Text, false);
        assert!(text.answer("line\nbreak").is_err());
        assert!(text.answer(&"x".repeat(ANSWER_MAX + 1)).is_err());
        assert_eq!(text.field(), format!("q-{}", Uuid::nil()));
    }
}
