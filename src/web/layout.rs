//! What every page's layout needs: language, direction, title, and its texts.

use crate::domain::locale::{Locale, PARTICIPANT_LANGUAGES, native_name};
use crate::i18n;
use crate::web::coordinator::nav::{self, NavBar};
use std::fmt::Display;

/// First-strong isolate and its end: a name or address inside a sentence keeps its own
/// direction (an Arabic name in an English sentence, an e-mail address in an Arabic one).
const ISOLATE: char = '\u{2068}';
const END_ISOLATE: char = '\u{2069}';

/// The `<html>` attributes and `<title>` of a page, and the texts of its language.
pub struct Layout {
    /// `lang` attribute.
    pub lang: String,
    /// `dir` attribute: `ltr` or `rtl`.
    pub dir: &'static str,
    /// Page title.
    pub title: String,
    /// The programme's name, shown in the header.
    pub programme: String,
    /// The language switcher, on participants' pages.
    pub switcher: Option<Switcher>,
    /// The coordinator's header and event tabs, on a signed-in coordinator's pages.
    pub nav: Option<NavBar>,
    locale: Locale,
}

/// A small form that stores the participant's language and comes back to the same page.
pub struct Switcher {
    /// Where the form posts to.
    pub action: String,
    /// Anti-forgery token.
    pub csrf: String,
    /// The page to come back to.
    pub back: String,
    /// (code, name in itself, chosen now) per language.
    pub options: Vec<(&'static str, &'static str, bool)>,
}

impl Switcher {
    /// A switcher for the participant behind `token`, on the page at `back`.
    pub fn for_participant(token: &str, csrf: &str, back: &str, now: &Locale) -> Self {
        Self {
            action: format!("/p/{token}/language"),
            csrf: csrf.to_owned(),
            back: back.to_owned(),
            options: PARTICIPANT_LANGUAGES
                .iter()
                .map(|code| (*code, native_name(code), *code == now.lang()))
                .collect(),
        }
    }
}

impl Layout {
    /// A page in `locale`.
    pub fn new(title: impl Into<String>, programme: &str, locale: &Locale) -> Self {
        Self {
            lang: locale.lang().to_owned(),
            dir: locale.dir(),
            title: title.into(),
            programme: programme.to_owned(),
            switcher: None,
            nav: nav::current(locale),
            locale: locale.clone(),
        }
    }

    /// A page in `locale` whose title is the text `title_id`.
    pub fn titled(title_id: &str, programme: &str, locale: &Locale) -> Self {
        Self::new(i18n::text(locale, title_id, &[]), programme, locale)
    }

    /// A page in `locale` whose title is the text `title_id` with `args` (an event's title,
    /// say).
    pub fn titled_with(
        title_id: &str,
        args: &[(&'static str, &str)],
        programme: &str,
        locale: &Locale,
    ) -> Self {
        Self::new(i18n::text(locale, title_id, args), programme, locale)
    }

    /// A page without programme context (error pages), in the request's language.
    pub fn plain(title: &str) -> Self {
        let mut page = Self::new(title, "Fairplan", &i18n::request::page_locale());
        // The event the address names may not exist: no tabs lead from an error.
        if let Some(nav) = page.nav.as_mut() {
            nav.tabs.clear();
        }
        page
    }

    /// Adds the language switcher.
    pub fn with_switcher(mut self, switcher: Switcher) -> Self {
        self.switcher = Some(switcher);
        self
    }

    /// The page's language.
    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    /// A time written in the page's language (and clock).
    pub fn when(&self, when: &crate::mail::templates::When) -> String {
        when.in_language(&self.locale)
    }

    /// The shared list of occupation fields as checkboxes, ticked where `value` names a field.
    pub fn occupation_choices(&self, value: &str) -> super::occupation_choices::OccupationChoices {
        super::occupation_choices::OccupationChoices::new(value, self.locale.lang())
    }

    /// The text `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        i18n::text(&self.locale, id, &[])
    }

    /// The text `id` with one argument, isolated in its own direction.
    pub fn t1(&self, id: &str, name: &'static str, value: impl Display) -> String {
        i18n::text(&self.locale, id, &[(name, &isolate(value))])
    }

    /// The text `id` with two arguments, each isolated in its own direction.
    pub fn t2(
        &self,
        id: &str,
        name: &'static str,
        value: impl Display,
        other: &'static str,
        other_value: impl Display,
    ) -> String {
        i18n::text(
            &self.locale,
            id,
            &[(name, &isolate(value)), (other, &isolate(other_value))],
        )
    }

    /// The text `id` for `count` things, in the plural form the language uses for it.
    pub fn n(&self, id: &str, count: impl Count) -> String {
        i18n::count_text(&self.locale, id, count.as_count())
    }

    /// [`Layout::n`] with one more argument, isolated in its own direction.
    pub fn n1(
        &self,
        id: &str,
        count: impl Count,
        name: &'static str,
        value: impl Display,
    ) -> String {
        let value = isolate(value);
        i18n::count_text_with(&self.locale, id, count.as_count(), &[(name, &value)])
    }
}

/// A number of things, as templates hold them (often behind a reference).
pub trait Count {
    /// The number, for choosing a plural form.
    fn as_count(&self) -> i64;
}

impl Count for usize {
    fn as_count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl Count for i64 {
    fn as_count(&self) -> i64 {
        *self
    }
}

impl Count for i32 {
    fn as_count(&self) -> i64 {
        i64::from(*self)
    }
}

impl<T: Count> Count for &T {
    fn as_count(&self) -> i64 {
        (**self).as_count()
    }
}

/// `value` between first-strong isolation marks, unless it is plain digits or empty.
fn isolate(value: impl Display) -> String {
    let text = value.to_string();
    if text.chars().all(|c| c.is_ascii_digit()) {
        text
    } else {
        format!("{ISOLATE}{text}{END_ISOLATE}")
    }
}
