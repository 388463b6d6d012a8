//! [`InLocale`]: a problem a pure check found (a form field's, a spreadsheet cell's), said in the
//! reader's language. The checks in `domain` keep a text id with its arguments and know nothing
//! of the Fluent files; this is where the id becomes words.

use super::text_if_id;
use crate::domain::csv_table::ImportProblem;
use crate::domain::fields::FieldError;
use crate::domain::locale::Locale;

/// Something to tell a person, written in their language.
pub trait InLocale {
    /// What it says, in `locale`'s words.
    fn in_locale(&self, locale: &Locale) -> String;
}

impl InLocale for FieldError {
    fn in_locale(&self, locale: &Locale) -> String {
        text_if_id(locale, &self.message, &self.args)
    }
}

impl InLocale for ImportProblem {
    fn in_locale(&self, locale: &Locale) -> String {
        text_if_id(locale, &self.message, &self.args)
    }
}
