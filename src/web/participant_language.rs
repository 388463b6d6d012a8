//! `POST /p/{token}/language`: the language switcher on participants' pages. Stores the choice
//! (their pages and mails follow it) and goes back to the page it was sent from.

use super::csrf;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::services::participant_language;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

/// The switcher's fields.
#[derive(Deserialize)]
pub struct LanguageForm {
    csrf: String,
    language: String,
    #[serde(default)]
    back: String,
}

/// `back` when it is one of this participant's own pages, else their main page: the form can
/// never send anyone elsewhere.
fn own_page(token: &str, back: &str) -> String {
    let home = format!("/p/{token}");
    let safe = super::stays_under(&home, back);
    if safe && back != home {
        back.to_owned()
    } else {
        format!("{home}?notice=language")
    }
}

/// `POST /p/{token}/language`.
pub async fn choose_language(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    Form(form): Form<LanguageForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    participant_language::choose(&state.db, &token, &form.language, now_ms()).await?;
    Ok(Redirect::to(&own_page(&token, &form.back)).into_response())
}

#[cfg(test)]
mod tests {
    use super::own_page;

    #[test]
    fn the_switcher_only_goes_back_to_the_participants_own_pages() {
        assert_eq!(own_page("abc", "/p/abc"), "/p/abc?notice=language");
        assert_eq!(own_page("abc", "/p/abc/survey"), "/p/abc/survey");
        assert_eq!(
            own_page("abc", "https://evil.example/"),
            "/p/abc?notice=language"
        );
        assert_eq!(own_page("abc", "/p/abcdef"), "/p/abc?notice=language");
        assert_eq!(
            own_page("abc", "/p/abc//evil.example"),
            "/p/abc?notice=language"
        );
        assert_eq!(own_page("abc", ""), "/p/abc?notice=language");
    }
}
