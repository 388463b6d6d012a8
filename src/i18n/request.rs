//! The language of the page a request is answered with, for the parts that do not know the
//! person (error pages). A middleware sets it from the browser's wish for every request; a
//! participant's handler refines it once it knows their own choice.

use crate::domain::locale::Locale;
use std::cell::RefCell;
use std::future::Future;

tokio::task_local! {
    static PAGE_LOCALE: RefCell<Locale>;
}

/// Runs `work` with `locale` as the request's page language.
pub async fn with_page_locale<F: Future>(locale: Locale, work: F) -> F::Output {
    PAGE_LOCALE.scope(RefCell::new(locale), work).await
}

/// Sets the language of the current request's pages (nothing outside a request).
pub fn set_page_locale(locale: &Locale) {
    // Outside a request (tests calling services directly) there is nothing to set.
    let _ = PAGE_LOCALE.try_with(|current| *current.borrow_mut() = locale.clone());
}

/// The current request's page language; English outside a request.
pub fn page_locale() -> Locale {
    PAGE_LOCALE
        .try_with(|current| current.borrow().clone())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_handler_can_refine_the_language_for_the_rest_of_its_request() {
        assert_eq!(page_locale().lang(), "en", "outside a request");
        let seen = with_page_locale(Locale::parse("de"), async {
            let before = page_locale();
            set_page_locale(&Locale::parse("ar"));
            (before, page_locale())
        })
        .await;
        assert_eq!((seen.0.lang(), seen.1.lang()), ("de", "ar"));
    }
}
