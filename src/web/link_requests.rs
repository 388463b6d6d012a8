//! `/p/new-link`: ask for a fresh personal link by e-mail.

use super::csrf;
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::Form;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::i18n;
use crate::services::link_requests;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "participant/new_link.html")]
struct NewLinkPage {
    meta: Layout,
    csrf: String,
    email: String,
    error: Option<String>,
    sent: bool,
}

/// The request form's fields.
#[derive(Deserialize)]
pub struct NewLinkForm {
    email: String,
    csrf: String,
}

fn page(
    state: &AppState,
    jar: CookieJar,
    email: String,
    error: Option<String>,
    sent: bool,
) -> Result<Response, AppError> {
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let page = NewLinkPage {
        meta: Layout::titled(
            "new-link-title",
            &state.config.programme_name,
            &i18n::request::page_locale(),
        ),
        csrf,
        email,
        error,
        sent,
    };
    Ok((jar, Html(page.render()?)).into_response())
}

/// `GET /p/new-link`.
pub async fn show_form(
    State(state): State<AppState>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    page(&state, jar, String::new(), None, false)
}

/// `POST /p/new-link`: the same answer whether or not the address is known.
pub async fn request_link(
    State(state): State<AppState>,
    jar: CookieJar,
    Form(form): Form<NewLinkForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    match link_requests::request_new_links(&state.db, &state.config, &form.email, now_ms())
        .await
        .map_err(AppError::from)
    {
        Ok(()) => page(&state, jar, String::new(), None, true),
        Err(AppError::Validation(errors)) => {
            let message = errors
                .first()
                .map(|_| i18n::text(&i18n::request::page_locale(), "new-link-email-invalid", &[]));
            let mut response = page(&state, jar, form.email, message, false)?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
        Err(other) => Err(other),
    }
}
