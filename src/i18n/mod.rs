//! Translations: Fluent files in `locales/<language>/`, compiled into the binary.
//!
//! Which languages must hold which files is stated in [`coverage`]; English is the reference and
//! the fallback. Pages take their texts through `web::layout::Layout`, mails through
//! `mail::templates::Block`, both from here.

pub mod coverage;
pub mod dates;
mod message;
pub mod negotiate;
mod problems;
pub mod request;

use crate::domain::locale::Locale;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
pub use message::Message;
pub use problems::InLocale;
use std::borrow::Cow;
use std::collections::HashMap;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Names are isolated in HTML with <bdi> or by the page's own marks; Fluent's invisible
        // marks would only clutter plain-text mails.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Languages in which every mail exists; participants' mails exist in every language of
/// `domain::locale::PARTICIPANT_LANGUAGES` too (see [`coverage`]).
pub const MAIL_LANGUAGES: &[&str] = &["en", "de"];

fn language(locale: &Locale) -> LanguageIdentifier {
    locale.lang().parse().unwrap_or_default()
}

/// One argument of a text: a string, or a count (which chooses plural forms).
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    /// Shown as written.
    Text(&'a str),
    /// A number; `[one]`/`[other]` variants choose by it.
    Count(i64),
}

fn lookup(locale: &Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.to_string()),
                Arg::Count(n) => FluentValue::from(*n),
            };
            (Cow::Owned(name.to_string()), value)
        })
        .collect();
    LOCALES
        .try_lookup_with_args(&language(locale), id, &args)
        .unwrap_or_else(|| {
            tracing::warn!(id, language = locale.lang(), "missing translation");
            LOCALES.lookup_with_args(&language(&Locale::default()), id, &args)
        })
}

/// The text `id` in `locale`, with `args` filled in; English if the language lacks it.
pub fn text(locale: &Locale, id: &str, args: &[(&'static str, &str)]) -> String {
    let args: Vec<(&'static str, Arg<'_>)> = args
        .iter()
        .map(|(name, value)| (*name, Arg::Text(value)))
        .collect();
    lookup(locale, id, &args)
}

/// The text `id` in `locale` for `count` things (its `$count`), with the plural form the
/// language uses for that number.
pub fn count_text(locale: &Locale, id: &str, count: i64) -> String {
    count_text_with(locale, id, count, &[])
}

/// [`count_text`] with more arguments.
pub fn count_text_with(
    locale: &Locale,
    id: &str,
    count: i64,
    args: &[(&'static str, &str)],
) -> String {
    let mut all: Vec<(&'static str, Arg<'_>)> = vec![("count", Arg::Count(count))];
    all.extend(args.iter().map(|(name, value)| (*name, Arg::Text(value))));
    lookup(locale, id, &all)
}

/// `message` in `locale` when it is the id of a text (with `args`), else `message` as written:
/// lets a message move into the Fluent files without every caller changing at once.
pub fn text_if_id(locale: &Locale, message: &str, args: &[(&'static str, String)]) -> String {
    let looks_like_id =
        !args.is_empty() || !message.contains(' ') && has_text(&Locale::default(), message);
    if looks_like_id {
        let args: Vec<(&'static str, &str)> = args
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        text(locale, message, &args)
    } else {
        message.to_owned()
    }
}

/// Form problems with every message in `locale`.
pub fn localise_errors(
    errors: &[crate::domain::fields::FieldError],
    locale: &Locale,
) -> Vec<crate::domain::fields::FieldError> {
    errors
        .iter()
        .map(|e| {
            crate::domain::fields::FieldError::new(
                e.field.clone(),
                text_if_id(locale, &e.message, &e.args),
            )
        })
        .collect()
}

/// Every argument name the texts use, for checking that a text exists without knowing its
/// arguments (Fluent reports a text with a missing argument as failed).
const ARGUMENT_NAMES: &[&str] = &[
    "name",
    "event",
    "employer",
    "session",
    "when",
    "time",
    "subject",
    "deadline",
    "round",
    "count",
    "weekday",
    "day",
    "month",
    "year",
    "date",
    "times",
    "zone",
    "start",
    "end",
    "hour",
    "minute",
    "position",
    "needed",
    "options",
    "link",
    "rating",
    "meaning",
    "language",
    "room",
    "item",
    "languages",
    "fields",
    "booked",
    "example",
    "moved",
    "waitlisted",
    "hours",
    "email",
    "participants",
    "mails",
    "capacity",
    "length",
    "problem",
    "why",
    "status",
    "barrier",
    "cause",
    "option",
    "seed",
    "level",
    "part",
    "whole",
    "programme",
    "very",
    "somewhat",
    "not",
    "sessions",
    "seekers",
    "people",
    "tables",
    "rounds",
    "line",
];

/// Whether `id` exists in `locale` itself (not through the English fallback).
pub fn has_text(locale: &Locale, id: &str) -> bool {
    let args: HashMap<Cow<'static, str>, FluentValue> = ARGUMENT_NAMES
        .iter()
        .map(|name| (Cow::Borrowed(*name), FluentValue::from("1")))
        .collect();
    LOCALES
        .try_lookup_with_args(&language(locale), id, &args)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_filled_in() {
        let german = Locale::parse("de");
        assert_eq!(
            text(&german, "mail-hello", &[("name", "Amira")]),
            "Hallo Amira,"
        );
    }

    #[test]
    fn counts_choose_the_plural_form() {
        let english = Locale::default();
        assert_eq!(
            count_text(&english, "form-problems", 1),
            "Please correct 1 problem"
        );
        assert_eq!(
            count_text(&english, "form-problems", 3),
            "Please correct 3 problems"
        );
        let ukrainian = Locale::parse("uk");
        assert_ne!(
            count_text(&ukrainian, "form-problems", 1),
            count_text(&ukrainian, "form-problems", 5),
            "Ukrainian has more than one plural form"
        );
    }
}
