//! [`Reason`]: why someone got less than they asked for, kept as a text id with its arguments
//! (some of them reasons themselves: "Your first choice ({option}) {cause}") so that it can be
//! stored with a run and said in whichever language the reader uses.

use crate::domain::locale::Locale;
use crate::i18n::Message;
use serde::{Deserialize, Serialize};

/// One argument's value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonArg {
    /// Shown as written (an option's label, a language, a seed).
    Text(String),
    /// A number that chooses plural forms.
    Count(i64),
    /// A reason inside this one, said in the same language.
    Reason(Reason),
}

/// A text id of the Fluent files (`allocation.ftl`) with its arguments.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// The text id.
    pub id: String,
    /// Its arguments by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, ReasonArg)>,
}

impl Reason {
    /// The text `id`, so far without arguments.
    pub fn new(id: &str) -> Self {
        Self {
            id: id.to_owned(),
            args: Vec::new(),
        }
    }

    /// With `name` shown as `value`.
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args
            .push((name.to_owned(), ReasonArg::Text(value.into())));
        self
    }

    /// With the number `name`.
    pub fn count(mut self, name: &str, value: usize) -> Self {
        let value = i64::try_from(value).unwrap_or(i64::MAX);
        self.args.push((name.to_owned(), ReasonArg::Count(value)));
        self
    }

    /// With `name` being another reason.
    pub fn reason(mut self, name: &str, value: Reason) -> Self {
        self.args.push((name.to_owned(), ReasonArg::Reason(value)));
        self
    }

    /// The reason in `locale`'s words.
    pub fn words(&self, locale: &Locale) -> String {
        self.message().in_locale(locale)
    }

    /// The reason as a message, its inner reasons said in the same language.
    fn message(&self) -> Message {
        self.args
            .iter()
            .fold(Message::new(self.id.clone()), |message, (name, value)| {
                let name = name.clone();
                match value {
                    ReasonArg::Text(text) => message.with(name, text),
                    ReasonArg::Count(n) => message.count(name, *n),
                    ReasonArg::Reason(inner) => message.said(name, inner.message()),
                }
            })
    }

    /// The reason as stored with a run's result.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A stored reason in `locale`'s words; runs made before reasons were stored this way hold
    /// plain English, shown as it is.
    pub fn stored_words(stored: &str, locale: &Locale) -> String {
        match serde_json::from_str::<Reason>(stored) {
            Ok(reason) => reason.words(locale),
            Err(_) => stored.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taken() -> Reason {
        Reason::new("alloc-first-choice-taken")
            .text("option", "Dana Roth, Acme")
            .reason(
                "cause",
                Reason::new("alloc-cause-lottery")
                    .count("count", 1)
                    .text("seed", "42"),
            )
    }

    #[test]
    fn a_reason_reads_the_same_after_storing() {
        let stored = taken().to_stored();
        let english = Reason::stored_words(&stored, &Locale::default());
        assert_eq!(english, taken().words(&Locale::default()));
        assert!(english.starts_with("Your first choice (Dana Roth, Acme) went to someone"));
        assert!(english.contains("seed 42"));
    }

    #[test]
    fn a_reason_is_said_in_german_with_the_reason_inside_it() {
        let german = taken().words(&Locale::parse("de"));
        assert!(
            german.starts_with("Ihre erste Wahl (Dana Roth, Acme)"),
            "{german}"
        );
        assert!(german.contains("Los"), "{german}");
    }

    #[test]
    fn old_plain_reasons_are_shown_as_written() {
        let old = "There were no free places in this session.";
        assert_eq!(Reason::stored_words(old, &Locale::parse("de")), old);
    }
}
