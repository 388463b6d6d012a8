//! A participant's own data from their link: a JSON copy of everything stored about them, and
//! erasing it (asked first; the confirmation is a POST, so a mail scanner opening the link
//! changes nothing).

use super::csrf;
use super::layout::{Layout, Switcher};
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::i18n::request::page_locale;
use crate::services::access_links::resolve_participant;
use crate::services::{erasure, my_data};
use crate::web::csrf::CsrfForm;
use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::CookieJar;

#[derive(Template)]
#[template(path = "participant/erase.html")]
struct ErasePage {
    meta: Layout,
    token: String,
    csrf: String,
    done: bool,
    /// That older backups still hold the person until they age out, and for how long.
    backups: String,
}

/// The erase page's word on backups: they keep a person for `FAIRPLAN_BACKUP_KEEP` nights.
fn backups_note(state: &AppState, locale: &crate::domain::locale::Locale) -> String {
    let days = state.config.backup_keep.to_string();
    crate::i18n::text(locale, "erase-backups", &[("days", &days)])
}

/// `GET /p/{token}/my-data.json`: the download (reads only).
pub async fn download_data(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let data = my_data::export(&state.db, &token, now_ms()).await?;
    let body = serde_json::to_string_pretty(&data)
        .map_err(|e| AppError::Internal(format!("the data could not be written: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"my-data.json\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

/// `GET /p/{token}/erase`: says what erasing does and asks to confirm.
pub async fn confirm_erase(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    resolve_participant(&state.db, &token, now_ms()).await?;
    // Resolving their link set the request's language to theirs.
    let locale = page_locale();
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let back = format!("/p/{token}/erase");
    let page = ErasePage {
        meta: Layout::titled("erase-title", &state.config.programme_name, &locale)
            .with_switcher(Switcher::for_participant(&token, &csrf, &back, &locale)),
        token,
        csrf,
        done: false,
        backups: backups_note(&state, &locale),
    };
    Ok((jar, Html(page.render()?)).into_response())
}

/// `POST /p/{token}/erase`: erases the person behind the link, then says so (the link stops
/// working with it).
pub async fn erase(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    let (_, person) = resolve_participant(&state.db, &token, now_ms()).await?;
    // Taken before erasing: afterwards nothing about them is left, not even their language.
    let locale = page_locale();
    erasure::erase_participant(&state.db, &state.config, person.id, None, now_ms()).await?;
    let page = ErasePage {
        meta: Layout::titled("erase-done-title", &state.config.programme_name, &locale),
        token: String::new(),
        csrf: String::new(),
        done: true,
        backups: backups_note(&state, &locale),
    };
    Ok(Html(page.render()?).into_response())
}
