//! Translations: Fluent files in `locales/<language>/`, compiled into the binary.
//!
//! Mails are complete in [`MAIL_LANGUAGES`]; pages are still English only (see
//! `domain::locale::SUPPORTED`) until their texts move here too.

use crate::domain::locale::Locale;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Names are isolated in HTML with <bdi>; invisible marks would only clutter plain text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Languages in which every mail text exists.
pub const MAIL_LANGUAGES: &[&str] = &["en", "de"];

fn language(locale: &Locale) -> LanguageIdentifier {
    locale.lang().parse().unwrap_or_default()
}

/// The text `id` in `locale`, with `args` filled in; English if the language lacks it.
pub fn text(locale: &Locale, id: &str, args: &[(&'static str, &str)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.to_string())))
        .collect();
    LOCALES
        .try_lookup_with_args(&language(locale), id, &args)
        .unwrap_or_else(|| {
            tracing::warn!(id, language = locale.lang(), "missing translation");
            LOCALES.lookup_with_args(&language(&Locale::default()), id, &args)
        })
}

/// Every argument name the texts use, for checking that a text exists without knowing its
/// arguments (Fluent reports a text with a missing argument as failed).
const ARGUMENT_NAMES: &[&str] = &[
    "name", "event", "employer", "session", "when", "time", "subject", "deadline", "round",
];

/// Whether `id` exists in `locale` itself (not through the English fallback).
pub fn has_text(locale: &Locale, id: &str) -> bool {
    let args: HashMap<Cow<'static, str>, FluentValue> = ARGUMENT_NAMES
        .iter()
        .map(|name| (Cow::Borrowed(*name), FluentValue::from("x")))
        .collect();
    LOCALES
        .try_lookup_with_args(&language(locale), id, &args)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(language: &str) -> Vec<String> {
        let path = format!("{}/locales/{language}/mail.ftl", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim().to_owned()))
            .filter(|id| !id.starts_with('#') && !id.is_empty())
            .collect()
    }

    #[test]
    fn every_mail_text_exists_in_every_mail_language() {
        let english = ids("en");
        assert!(english.len() > 20);
        for language in MAIL_LANGUAGES {
            let locale = Locale::parse(language);
            for id in &english {
                assert!(has_text(&locale, id), "{id} is missing in {language}");
            }
            assert_eq!(
                ids(language).len(),
                english.len(),
                "{language} has ids English lacks"
            );
        }
    }

    #[test]
    fn arguments_are_filled_in() {
        let german = Locale::parse("de");
        assert_eq!(
            text(&german, "mail-hello", &[("name", "Amira")]),
            "Hallo Amira,"
        );
    }
}
