//! [`Locale`]: the language a page or mail is written in, and its writing direction.

/// A BCP 47 language tag reduced to what Fairplan needs: its primary language, which chooses the
/// texts, and its region, which chooses how clock times are written (`6:30 PM` in the US).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale {
    lang: String,
    region: Option<String>,
}

/// Writing direction of a language, for the `dir` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian, Hebrew, Urdu, ...).
    Rtl,
}

/// Languages participants' pages are written in (see `i18n::coverage`). A page's `lang` and
/// `dir` must name the language its text is actually in, so a wish for any other language gets
/// the default until its translation exists.
pub const PARTICIPANT_LANGUAGES: &[&str] = &["en", "de", "ar", "uk", "fa"];

/// A language's name in itself, for the language switcher.
pub fn native_name(code: &str) -> &'static str {
    match code {
        "en" => "English",
        "de" => "Deutsch",
        "ar" => "العربية",
        "uk" => "Українська",
        "fa" => "فارسی",
        _ => "",
    }
}

/// Regions where English clock times are written with AM and PM.
const TWELVE_HOUR_ENGLISH: &[&str] = &["US", "CA", "AU", "NZ", "PH", "IN", "PK"];

/// Primary languages written right to left.
const RTL_LANGUAGES: &[&str] = &["ar", "fa", "prs", "he", "ur", "ps", "ckb", "yi", "dv", "sd"];

impl Locale {
    /// Reads a tag like `ar`, `de-DE`, `en_US` or `sr-Latn-RS`; anything unreadable becomes
    /// English.
    pub fn parse(tag: &str) -> Self {
        let mut parts = tag.trim().split(['-', '_']);
        let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
        let valid =
            (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
        if !valid {
            return Self::default();
        }
        // The region is the first subtag of two letters or three digits (after any script).
        let region = parts
            .find(|part| {
                part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic())
                    || part.len() == 3 && part.chars().all(|c| c.is_ascii_digit())
            })
            .map(str::to_ascii_uppercase);
        Self {
            lang: primary,
            region,
        }
    }

    /// The language of `tag` if `available` has it, else English.
    pub fn negotiate_among(tag: &str, available: &[&str]) -> Self {
        let wanted = Self::parse(tag);
        if available.contains(&wanted.lang()) {
            wanted
        } else {
            Self::default()
        }
    }

    /// This locale, with `other`'s region when it is the same language and this one names no
    /// region (a participant who reads "en" in a programme set to "en-US" reads US times).
    pub fn with_region_of(self, other: &Locale) -> Self {
        match (&self.region, &other.region) {
            (None, Some(region)) if self.lang == other.lang => Self {
                region: Some(region.clone()),
                ..self
            },
            _ => self,
        }
    }

    /// The primary language code, for the `lang` attribute.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The region, like `US`, if the tag named one.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// Whether clock times are written with AM and PM (`6:30 PM`) rather than `18:30`.
    pub fn uses_twelve_hour_clock(&self) -> bool {
        self.lang == "en"
            && self
                .region
                .as_deref()
                .is_some_and(|region| TWELVE_HOUR_ENGLISH.contains(&region))
    }

    /// The writing direction.
    pub fn direction(&self) -> Direction {
        if RTL_LANGUAGES.contains(&self.lang.as_str()) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    /// `"rtl"` or `"ltr"`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        match self.direction() {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Default for Locale {
    fn default() -> Self {
        Self {
            lang: "en".to_owned(),
            region: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_persian_are_right_to_left() {
        assert_eq!(Locale::parse("ar-SY").dir(), "rtl");
        assert_eq!(Locale::parse("fa_AF").dir(), "rtl");
        assert_eq!(Locale::parse("uk").dir(), "ltr");
        assert_eq!(Locale::parse("de-DE").lang(), "de");
    }

    #[test]
    fn pages_are_only_labelled_with_languages_they_are_written_in() {
        assert_eq!(
            Locale::negotiate_among("en-GB", PARTICIPANT_LANGUAGES).lang(),
            "en"
        );
        assert_eq!(
            Locale::negotiate_among("ti", PARTICIPANT_LANGUAGES).lang(),
            "en"
        );
        assert!(
            PARTICIPANT_LANGUAGES
                .iter()
                .all(|code| !native_name(code).is_empty())
        );
    }

    #[test]
    fn the_region_chooses_the_clock() {
        assert!(Locale::parse("en-US").uses_twelve_hour_clock());
        assert!(Locale::parse("en_us").uses_twelve_hour_clock());
        assert!(!Locale::parse("en-GB").uses_twelve_hour_clock());
        assert!(!Locale::parse("en").uses_twelve_hour_clock());
        assert!(!Locale::parse("de-US").uses_twelve_hour_clock());
        assert_eq!(Locale::parse("sr-Latn-RS").region(), Some("RS"));
        assert_eq!(Locale::parse("es-419").region(), Some("419"));
        let programme = Locale::parse("en-US");
        assert!(
            Locale::parse("en")
                .with_region_of(&programme)
                .uses_twelve_hour_clock()
        );
        assert_eq!(
            Locale::parse("de").with_region_of(&programme).region(),
            None
        );
        assert_eq!(
            Locale::parse("en-GB").with_region_of(&programme).region(),
            Some("GB")
        );
    }

    #[test]
    fn unreadable_tags_fall_back_to_english() {
        assert_eq!(Locale::parse("").lang(), "en");
        assert_eq!(Locale::parse("<script>").lang(), "en");
    }
}
