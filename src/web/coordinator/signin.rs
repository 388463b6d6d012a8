//! Coordinator sign-in, sign-out and the dashboard.
//!
//! The sign-in form is protected by a double-submit token (a random cookie repeated in the form);
//! forms of a signed-in coordinator carry the session's CSRF token.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::Form;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::i18n;
use crate::i18n::request::page_locale;
use crate::services::views::{self, CoordinatorHome};
use crate::services::{auth, coordinator_language};
use crate::web::csrf;
use crate::web::csrf::CsrfForm;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

/// The cookie that carries a coordinator's session token.
pub const SESSION_COOKIE: &str = "fp_session";

#[derive(Template)]
#[template(path = "coordinator/login.html")]
struct LoginPage {
    meta: Layout,
    csrf: String,
    email: String,
    error: Option<String>,
    reset_done: bool,
}

/// `?reset=done` after a new password was saved.
#[derive(Deserialize)]
pub struct LoginQuery {
    reset: Option<String>,
}

#[derive(Template)]
#[template(path = "coordinator/dashboard.html")]
struct DashboardPage {
    meta: Layout,
    home: CoordinatorHome,
}

/// The language form's fields.
#[derive(Deserialize)]
pub struct LanguageForm {
    csrf: String,
    #[serde(default)]
    language: String,
    /// The page the form was on, to come back to.
    #[serde(default)]
    back: String,
}

/// `back` when it is a coordinator's page of this site, else the dashboard: the form's hidden
/// field must not become a way to send a coordinator elsewhere.
fn page_to_return_to(back: &str) -> &str {
    if crate::web::stays_under("/coordinator", back) {
        back
    } else {
        "/coordinator"
    }
}

/// The sign-in form's fields.
#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    csrf: String,
}

/// A browser-session cookie (no Max-Age: the server-side expiry is what counts).
fn cookie(state: &AppState, name: &'static str, value: String) -> Cookie<'static> {
    Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .secure(state.config.is_https())
        .same_site(SameSite::Lax)
        .build()
}

fn login_page(
    state: &AppState,
    jar: CookieJar,
    email: String,
    error: Option<String>,
    reset_done: bool,
) -> Result<Response, AppError> {
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let page = LoginPage {
        meta: Layout::titled(
            "coord-signin-title",
            &state.config.programme_name,
            &page_locale(),
        ),
        csrf: csrf.clone(),
        email,
        error,
        reset_done,
    };
    Ok((jar, Html(page.render()?)).into_response())
}

/// `GET /coordinator/login`.
pub async fn show_login(
    State(state): State<AppState>,
    Query(query): Query<LoginQuery>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let reset_done = query.reset.as_deref() == Some("done");
    login_page(&state, jar, String::new(), None, reset_done)
}

/// `POST /coordinator/login`: checks the form token, then the credentials.
pub async fn sign_in(
    State(state): State<AppState>,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    match auth::sign_in(&state.db, &form.email, &form.password, now_ms())
        .await
        .map_err(AppError::from)
    {
        Ok(session) => {
            let jar = jar.add(cookie(&state, SESSION_COOKIE, session.token));
            Ok((jar, Redirect::to("/coordinator")).into_response())
        }
        Err(AppError::Validation(errors)) => {
            let message = i18n::localise_errors(&errors, &page_locale())
                .into_iter()
                .next()
                .map(|e| e.message);
            let mut response = login_page(&state, jar, form.email, message, false)?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
        Err(other) => Err(other),
    }
}

/// `GET /coordinator`: the dashboard, or the sign-in page when not signed in.
pub async fn show_dashboard(
    State(state): State<AppState>,
    _signed_in: SignedIn,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let page = DashboardPage {
        meta: Layout::titled(
            "coord-dashboard-title",
            &state.config.programme_name,
            &locale,
        ),
        home: views::coordinator_home(&state.db, &locale, now_ms()).await?,
    };
    Ok(Html(page.render()?).into_response())
}

/// `POST /coordinator/language`: stores the language of the coordinator's pages and returns to
/// the page the form was on. A language the pages do not exist in changes nothing.
pub async fn choose_language(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Form(form): Form<LanguageForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    coordinator_language::choose(&state.db, signed_in.coordinator.id, &form.language).await?;
    Ok(Redirect::to(page_to_return_to(&form.back)).into_response())
}

/// `POST /coordinator/logout`.
pub async fn sign_out(
    State(state): State<AppState>,
    jar: CookieJar,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    let Some(token) = jar.get(SESSION_COOKIE).map(|c| c.value().to_owned()) else {
        return Ok(Redirect::to("/coordinator/login").into_response());
    };
    if let Some(session) = auth::current(&state.db, &token, now_ms()).await? {
        if session.csrf_token != form.csrf {
            return Err(AppError::CsrfRejected);
        }
        auth::sign_out(&state.db, &token).await?;
    }
    let jar = jar.remove(Cookie::build(SESSION_COOKIE).path("/"));
    Ok((jar, Redirect::to("/coordinator/login")).into_response())
}

#[cfg(test)]
mod tests {
    use super::page_to_return_to;

    #[test]
    fn the_language_form_returns_only_to_a_coordinators_page_here() {
        for own in [
            "/coordinator",
            "/coordinator/audit",
            "/coordinator/events/1/participants?find=a",
        ] {
            assert_eq!(page_to_return_to(own), own);
        }
        for elsewhere in [
            "",
            "https://example.com/",
            "//example.com/coordinator",
            "/coordinator//example.com",
            "/coordinator/\\example.com",
            "/coordinatorx",
            "/p/token",
            "/coordinator/a\r\nSet-Cookie: x",
        ] {
            assert_eq!(
                page_to_return_to(elsewhere),
                "/coordinator",
                "{elsewhere:?}"
            );
        }
    }
}
