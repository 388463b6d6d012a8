//! What every page's layout needs: language, direction, title.

use crate::domain::locale::Locale;

/// The `<html>` attributes and `<title>` of a page.
pub struct Layout {
    /// `lang` attribute.
    pub lang: String,
    /// `dir` attribute: `ltr` or `rtl`.
    pub dir: &'static str,
    /// Page title.
    pub title: String,
    /// The programme's name, shown in the header.
    pub programme: String,
}

impl Layout {
    /// A page in `locale`.
    pub fn new(title: impl Into<String>, programme: &str, locale: &Locale) -> Self {
        Self {
            lang: locale.lang().to_owned(),
            dir: locale.dir(),
            title: title.into(),
            programme: programme.to_owned(),
        }
    }

    /// An English page without programme context (error pages).
    pub fn plain(title: &str) -> Self {
        Self::new(title, "Fairplan", &Locale::default())
    }
}
