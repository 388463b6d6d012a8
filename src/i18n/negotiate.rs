//! Which language to show a page in: the person's own choice, else what their browser asks for
//! (`Accept-Language`, by its q-values), else the programme's language.

use crate::domain::locale::Locale;
use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use fluent_templates::LanguageIdentifier;

/// The first of `available` that the `Accept-Language` header asks for, if any, with the region
/// the browser named for it (`en-US` gives English with US clock times).
pub fn from_accept_language(header: &str, available: &[&str]) -> Option<Locale> {
    let requested = accepted_languages::parse(header);
    let available: Vec<LanguageIdentifier> = available
        .iter()
        .filter_map(|tag| tag.parse().ok())
        .collect();
    let found = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup)
        .first()
        .map(|found| Locale::parse(&found.to_string()))?;
    let regional = requested
        .iter()
        .map(|tag| Locale::parse(&tag.to_string()))
        .find(|asked| asked.lang() == found.lang() && asked.region().is_some());
    Some(match regional {
        Some(asked) => found.with_region_of(&asked),
        None => found,
    })
}

/// The page language for a person: `chosen` (their stored choice) if `available` has it, else
/// their browser's wish, else `programme` (if available), else English.
pub fn page_language(
    chosen: Option<&str>,
    accept_language: Option<&str>,
    programme: &str,
    available: &[&str],
) -> Locale {
    let browser = accept_language.and_then(|header| from_accept_language(header, available));
    let programme = Locale::negotiate_among(programme, available);
    match chosen
        .map(Locale::parse)
        .filter(|locale| available.contains(&locale.lang()))
    {
        // A stored choice names only the language: the region comes from the browser, else
        // from the programme, when they speak the same language.
        Some(locale) => {
            let locale = match &browser {
                Some(browser) => locale.with_region_of(browser),
                None => locale,
            };
            locale.with_region_of(&programme)
        }
        None => browser.unwrap_or(programme),
    }
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
    fn the_region_comes_from_the_browser_else_the_programme() {
        let us = from_accept_language("en-US,en;q=0.9", AVAILABLE).unwrap();
        assert!(us.uses_twelve_hour_clock());
        let uk = from_accept_language("uk-UA,uk;q=0.9", AVAILABLE).unwrap();
        assert_eq!(uk.region(), Some("UA"));
        assert!(page_language(Some("en"), Some("en-US"), "de", AVAILABLE).uses_twelve_hour_clock());
        assert!(page_language(Some("en"), None, "en-US", AVAILABLE).uses_twelve_hour_clock());
        assert!(page_language(None, None, "en-US", AVAILABLE).uses_twelve_hour_clock());
        assert!(
            !page_language(Some("en"), Some("en-GB"), "en-US", AVAILABLE).uses_twelve_hour_clock()
        );
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
