//! `/p/new-link`: ask for a fresh personal link by e-mail; also offered wherever a participant's
//! link does not work.

use super::csrf;
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::Form;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::i18n;
use crate::services::link_requests;
use askama::Template;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
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
    /// Why the person is here, when a personal link did not work: (heading, explanation).
    lost: Option<(String, String)>,
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
        lost: None,
    };
    Ok((jar, Html(page.render()?)).into_response())
}

/// The middleware that turns a participant's link that does not work (unknown, cut off when
/// copied, expired or revoked: "not found" or "gone" on a `GET /p/…`) into the form for a new
/// link, with the same status, so the person has a way forward instead of a dead end. The
/// answer names no person and says the same for every such link.
pub async fn offer_new_link(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let offered = request.method() == Method::GET
        && request.uri().path().starts_with("/p/")
        && request.uri().path() != "/p/new-link";
    let jar = CookieJar::from_headers(request.headers());
    let response = next.run(request).await;
    let status = response.status();
    if !offered || !matches!(status, StatusCode::NOT_FOUND | StatusCode::GONE) {
        return response;
    }
    let locale = i18n::request::page_locale();
    let (heading, explanation) = if status == StatusCode::GONE {
        ("error-link-expired-heading", "new-link-lost-expired")
    } else {
        ("new-link-lost-heading", "new-link-lost-unknown")
    };
    let lost = (
        i18n::text(&locale, heading, &[]),
        i18n::text(&locale, explanation, &[]),
    );
    let page = csrf::form_token(jar, state.config.is_https()).and_then(|(jar, csrf)| {
        let page = NewLinkPage {
            meta: Layout::new(lost.0.clone(), &state.config.programme_name, &locale),
            csrf,
            email: String::new(),
            error: None,
            sent: false,
            lost: Some(lost),
        };
        Ok((status, jar, Html(page.render()?)).into_response())
    });
    page.unwrap_or_else(IntoResponse::into_response)
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
