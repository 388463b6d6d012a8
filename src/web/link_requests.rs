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

/// Whether `path` is a page a personal link under `prefix` (`/p/`, `/e/`, `/v/`) opens in a
/// browser, not a file a program fetches (a calendar entry, a data export, an image in a mail).
pub(crate) fn is_link_page(path: &str, prefix: &str) -> bool {
    path.starts_with(prefix)
        && !path.ends_with(".ics")
        && !path.ends_with(".json")
        && !path.ends_with(".png")
}

/// Whether `status` on `path` says the personal link itself does not work: "gone" always does;
/// "not found" only on the page the link opens (a page under it may be missing for another
/// reason, and says so itself).
pub(crate) fn link_failed(path: &str, status: StatusCode) -> bool {
    status == StatusCode::GONE
        || (status == StatusCode::NOT_FOUND && path.matches('/').count() == 2)
}

/// Whether `path` is a page a participant's link opens in a browser (not the new-link form).
fn is_personal_page(path: &str) -> bool {
    is_link_page(path, "/p/") && path != "/p/new-link"
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
    let path = request.uri().path().to_owned();
    let offered = request.method() == Method::GET && is_personal_page(&path);
    let jar = CookieJar::from_headers(request.headers());
    let response = next.run(request).await;
    let status = response.status();
    if !offered || !link_failed(&path, status) {
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

#[cfg(test)]
mod tests {
    use super::{is_link_page, is_personal_page, link_failed};

    #[test]
    fn only_pages_a_person_opens_are_offered_a_new_link() {
        assert!(is_personal_page("/p/abc"));
        assert!(is_personal_page("/p/abc/survey"));
        assert!(!is_personal_page("/p/new-link"));
        assert!(!is_personal_page("/p/abc/bookings/1/invite.ics"));
        assert!(!is_personal_page("/p/abc/my-data.json"));
        assert!(!is_personal_page("/p/abc/check-in.png"));
        assert!(!is_personal_page("/e/abc"));
    }

    #[test]
    fn only_the_pages_staff_links_open_are_explained() {
        use axum::http::StatusCode;
        let staff = |path: &str, status| {
            (is_link_page(path, "/e/") || is_link_page(path, "/v/")) && link_failed(path, status)
        };
        assert!(staff("/e/abc", StatusCode::NOT_FOUND));
        assert!(staff("/v/abc", StatusCode::GONE));
        assert!(!staff("/e/abc/volunteers", StatusCode::NOT_FOUND));
        assert!(!staff("/v/abc/calendar.ics", StatusCode::GONE));
        assert!(!staff("/p/abc", StatusCode::NOT_FOUND));
        assert!(!staff("/events/e/x", StatusCode::NOT_FOUND));
    }
}
