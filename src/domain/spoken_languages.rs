//! Languages a job seeker may say they speak on a sign-up form, each named in itself, so a
//! reader finds their own without knowing its code or the page's language.

/// (ISO 639 code, name in the language itself), in the order the form lists them: the
/// languages Fairplan's pages are written in first, then others often spoken by people the
/// programmes serve.
pub const SPOKEN_LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "Deutsch"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("fa", "فارسی"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("ku", "Kurdî"),
    ("ti", "ትግርኛ"),
    ("am", "አማርኛ"),
    ("so", "Soomaali"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("it", "Italiano"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("sq", "Shqip"),
    ("sr", "Srpski"),
    ("ur", "اردو"),
    ("hi", "हिन्दी"),
    ("bn", "বাংলা"),
    ("zh", "中文"),
    ("vi", "Tiếng Việt"),
    ("sw", "Kiswahili"),
];

/// The name of the language `code` in itself, or the code when the list lacks it.
pub fn spoken_name(code: &str) -> &str {
    SPOKEN_LANGUAGES
        .iter()
        .find(|(known, _)| *known == code)
        .map_or(code, |(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_distinct_code_a_form_accepts() {
        let mut codes: Vec<&str> = SPOKEN_LANGUAGES.iter().map(|(code, _)| *code).collect();
        assert!(codes.iter().all(|c| (2..=3).contains(&c.len())));
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), SPOKEN_LANGUAGES.len());
        assert_eq!(spoken_name("ti"), "ትግርኛ");
        assert_eq!(spoken_name("xx"), "xx");
    }
}
