//! Which language to show a page in: the person's own choice, else what their browser asks for
//! (`Accept-Language`, by its q-values), else the programme's language.

use crate::domain::locale::Locale;
use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use fluent_templates::LanguageIdentifier;

/// The first of `available` that the `Accept-Language` header asks for, if any.
pub fn from_accept_language(header: &str, available: &[&str]) -> Option<Locale> {
    let requested = accepted_languages::parse(header);
    let available: Vec<LanguageIdentifier> = available
        .iter()
        .filter_map(|tag| tag.parse().ok())
        .collect();
    negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup)
        .first()
        .map(|found| Locale::parse(&found.to_string()))
}

/// The page language for a person: `chosen` (their stored choice) if `available` has it, else
/// their browser's wish, else `programme` (if available), else English.
pub fn page_language(
    chosen: Option<&str>,
    accept_language: Option<&str>,
    programme: &str,
    available: &[&str],
) -> Locale {
    chosen
        .map(Locale::parse)
        .filter(|locale| available.contains(&locale.lang()))
        .or_else(|| accept_language.and_then(|header| from_accept_language(header, available)))
        .unwrap_or_else(|| Locale::negotiate_among(programme, available))
}

#[cfg(test)]
mod tests {
    use super::*;

    const AVAILABLE: &[&str] = &["en", "de", "ar", "uk", "fa"];

    #[test]
    fn the_browser_wish_with_the_highest_weight_that_exists_wins() {
        let found = from_accept_language("ti;q=1.0, ar-SY;q=0.8, en;q=0.5", AVAILABLE);
        assert_eq!(found.map(|l| l.lang().to_owned()).as_deref(), Some("ar"));
        let found = from_accept_language("uk-UA,uk;q=0.9,ru;q=0.8", AVAILABLE);
        assert_eq!(found.map(|l| l.lang().to_owned()).as_deref(), Some("uk"));
        assert_eq!(from_accept_language("ti, tr", AVAILABLE), None);
        assert_eq!(from_accept_language("", AVAILABLE), None);
        assert_eq!(from_accept_language(";;;q=x,,", AVAILABLE), None);
    }

    #[test]
    fn a_stored_choice_comes_before_the_browser_and_the_programme() {
        let lang = |chosen, header| {
            page_language(chosen, header, "de", AVAILABLE)
                .lang()
                .to_owned()
        };
        assert_eq!(lang(Some("fa"), Some("en")), "fa");
        assert_eq!(lang(None, Some("uk, en;q=0.3")), "uk");
        assert_eq!(lang(None, Some("ti")), "de", "programme language");
        assert_eq!(lang(None, None), "de");
        assert_eq!(
            lang(Some("ti"), Some("ar")),
            "ar",
            "a choice with no translation"
        );
        assert_eq!(
            page_language(None, None, "tr", AVAILABLE).lang(),
            "en",
            "a programme language without pages"
        );
    }
}
