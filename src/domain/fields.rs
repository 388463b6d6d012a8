//! Problems with named input fields, collected so a form can show each next to its field.

use crate::domain::text::{self, TextRule};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::HashMap;

/// One problem with one form field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field's name in the form or JSON body.
    pub field: String,
    /// What to do about it, in plain words, or the id of a text in the Fluent files that says
    /// it in the reader's language (see `i18n::InLocale`).
    pub message: String,
    /// The arguments of that text.
    #[serde(skip)]
    pub args: Vec<(&'static str, String)>,
}

impl FieldError {
    /// A problem with `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
            args: Vec::new(),
        }
    }

    /// A problem with `field`, told by the text `id` with `args`.
    pub fn with_args(
        field: impl Into<String>,
        id: &'static str,
        args: Vec<(&'static str, String)>,
    ) -> Self {
        Self {
            field: field.into(),
            message: id.to_owned(),
            args,
        }
    }
}

/// Reads a value as the text a form would send, so JSON clients may write `30` or `true` where a
/// form sends `"30"` or `"on"` (a ticked checkbox).
pub fn text_or_scalar<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Scalar {
        Text(String),
        Whole(i64),
        Number(f64),
        Flag(bool),
    }
    Ok(match Scalar::deserialize(deserializer)? {
        Scalar::Text(text) => text,
        Scalar::Whole(n) => n.to_string(),
        Scalar::Number(n) => n.to_string(),
        Scalar::Flag(true) => "on".to_owned(),
        Scalar::Flag(false) => String::new(),
    })
}

/// The problems of one submitted form, looked up by field when the form is shown again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    /// No problems.
    pub fn none() -> Self {
        Self::default()
    }

    /// The first problem with `field`, if any.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// Whether `field` has a problem (for `aria-invalid`).
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    /// Whether the form had any problem.
    pub fn any(&self) -> bool {
        !self.0.is_empty()
    }

    /// Records a problem.
    pub fn push(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }

    /// Records a problem as a check reported it.
    pub fn push_error(&mut self, error: FieldError) {
        self.0.push(error);
    }

    /// Records a problem given as a text id with its arguments.
    pub fn push_with(&mut self, field: &str, id: &'static str, args: Vec<(&'static str, String)>) {
        self.0.push(FieldError::with_args(field, id, args));
    }

    /// Reads `value` of `field` by `rule`: the value as kept, or, with the problem recorded,
    /// what was typed (trimmed). A control character is named as such; an empty or too long
    /// value is told by the text `problem`.
    pub fn text(&mut self, field: &str, value: &str, rule: TextRule, problem: &str) -> String {
        text::check(value, rule).unwrap_or_else(|refused| {
            self.push(field, refused.text_id(problem));
            value.trim().to_owned()
        })
    }

    /// Reads `value` of `field` by `rule`, like [`Self::text`] but telling every problem in
    /// general words ("at most 300 characters").
    pub fn limited(&mut self, field: &str, value: &str, rule: TextRule) -> String {
        text::check(value, rule).unwrap_or_else(|problem| {
            self.push_error(problem.for_field(field));
            value.trim().to_owned()
        })
    }

    /// `Ok(value)` when no problem was recorded.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(self.0)
        }
    }
}

/// A submitted form's single-valued fields by name, as typed: read by the checks and shown
/// again with the problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypedForm(HashMap<String, String>);

impl TypedForm {
    /// The fields as a form sent them (a name sent twice keeps its last value).
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }

    /// What was typed into `field`, or "".
    pub fn value(&self, field: &str) -> &str {
        self.0.get(field).map_or("", String::as_str)
    }

    /// The same, owned (for the checks, which take a lookup function).
    pub fn owned(&self, field: &str) -> String {
        self.value(field).to_owned()
    }

    /// Whether `field` holds `value` (a chosen option).
    pub fn is(&self, field: &str, value: &str) -> bool {
        self.value(field) == value
    }
}
