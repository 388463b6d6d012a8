//! [`Locale`]: the language a page or mail is written in, and its writing direction.

/// A BCP 47 language tag reduced to what Fairplan needs: its primary language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale(String);

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

/// Primary languages written right to left.
const RTL_LANGUAGES: &[&str] = &["ar", "fa", "prs", "he", "ur", "ps", "ckb", "yi", "dv", "sd"];

impl Locale {
    /// Reads a tag like `ar`, `de-DE` or `fa_AF`; anything unreadable becomes English.
    pub fn parse(tag: &str) -> Self {
        let primary: String = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let valid =
            (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
        Self(if valid { primary } else { "en".to_owned() })
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

    /// The primary language code, for the `lang` attribute.
    pub fn lang(&self) -> &str {
        &self.0
    }

    /// The writing direction.
    pub fn direction(&self) -> Direction {
        if RTL_LANGUAGES.contains(&self.0.as_str()) {
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
        Self("en".to_owned())
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
    fn unreadable_tags_fall_back_to_english() {
        assert_eq!(Locale::parse("").lang(), "en");
        assert_eq!(Locale::parse("<script>").lang(), "en");
    }
}
