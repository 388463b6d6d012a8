//! "Forgot your password?": ask for a link by mail, then choose a new password with it. Both
//! forms carry the double-submit form token, as the sign-in form does.

use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::fields::{FieldError, FormErrors};
use crate::i18n::request::page_locale;
use crate::services::auth::MIN_PASSWORD_CHARS;
use crate::services::password_reset;
use crate::web::csrf;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "coordinator/password_request.html")]
struct RequestPage {
    meta: Layout,
    csrf: String,
    email: String,
    errors: FormErrors,
    sent: bool,
}

#[derive(Template)]
#[template(path = "coordinator/password_reset.html")]
struct ResetPage {
    meta: Layout,
    csrf: String,
    token: String,
    email: String,
    errors: FormErrors,
    min_password_chars: usize,
}

/// The request form's fields.
#[derive(Deserialize)]
pub struct RequestForm {
    csrf: String,
    #[serde(default)]
    email: String,
}

/// The new-password form's fields.
#[derive(Deserialize)]
pub struct ResetForm {
    csrf: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirmation: String,
}

fn meta(state: &AppState, title_id: &str) -> Layout {
    Layout::titled(title_id, &state.config.programme_name, &page_locale())
}

/// Form problems in the page's language.
fn in_page_language(errors: Vec<FieldError>) -> FormErrors {
    crate::web::form_errors_in(&FormErrors(errors), &page_locale())
}

fn request_page(
    state: &AppState,
    jar: CookieJar,
    email: String,
    errors: FormErrors,
    sent: bool,
) -> Result<Response, AppError> {
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let status = if errors.any() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = RequestPage {
        meta: meta(state, "coord-reset-request-title"),
        csrf,
        email,
        errors,
        sent,
    };
    Ok((status, jar, Html(page.render()?)).into_response())
}

/// `GET /coordinator/password-reset`.
pub async fn show_request(
    State(state): State<AppState>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    request_page(&state, jar, String::new(), FormErrors::none(), false)
}

/// `POST /coordinator/password-reset`: the same answer for known and unknown addresses.
pub async fn request_link(
    State(state): State<AppState>,
    jar: CookieJar,
    Form(form): Form<RequestForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    match password_reset::request(&state.db, &state.config, &form.email, now_ms())
        .await
        .map_err(AppError::from)
    {
        Ok(()) => request_page(&state, jar, form.email, FormErrors::none(), true),
        Err(AppError::Validation(errors)) => {
            request_page(&state, jar, form.email, in_page_language(errors), false)
        }
        Err(other) => Err(other),
    }
}

async fn reset_page(
    state: &AppState,
    jar: CookieJar,
    token: String,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let coordinator = password_reset::check_link(&state.db, &token, now_ms()).await?;
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let status = if errors.any() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ResetPage {
        meta: meta(state, "coord-reset-title"),
        csrf,
        token,
        email: coordinator.email,
        errors,
        min_password_chars: MIN_PASSWORD_CHARS,
    };
    Ok((status, jar, Html(page.render()?)).into_response())
}

/// `GET /coordinator/password-reset/{token}`: the form (opening the link changes nothing).
pub async fn show_reset(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    reset_page(&state, jar, token, FormErrors::none()).await
}

/// `POST /coordinator/password-reset/{token}`: sets the password, then on to sign in.
pub async fn reset_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    Form(form): Form<ResetForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    match password_reset::reset(
        &state.db,
        &token,
        &form.password,
        &form.confirmation,
        now_ms(),
    )
    .await
    .map_err(AppError::from)
    {
        Ok(()) => Ok(Redirect::to("/coordinator/login?reset=done").into_response()),
        Err(AppError::Validation(errors)) => {
            reset_page(&state, jar, token, in_page_language(errors)).await
        }
        Err(other) => Err(other),
    }
}
