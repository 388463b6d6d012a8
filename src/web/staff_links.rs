//! The page an employer's contact or a volunteer sees when their personal link does not work
//! (unknown, cut off when copied, expired or revoked). Their links come from the programme's
//! coordinators, never from the participants' "new link" form, so the page says whom to ask
//! and how, instead of a dead end.

use crate::app::error::explained;
use crate::app::state::AppState;
use crate::i18n;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// Whether `path` is the page an employer's or a volunteer's link opens (`/e/{token}`,
/// `/v/{token}`).
fn is_staff_link(path: &str) -> bool {
    (path.starts_with("/e/") || path.starts_with("/v/")) && path.matches('/').count() == 2
}

/// The middleware: a `GET` of a staff link answered "not found" or "gone" becomes the page that
/// says whom to ask, with the same status. It names no person: every such link reads the same.
pub async fn explain_lost_link(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let asked = request.method() == Method::GET && is_staff_link(request.uri().path());
    let response = next.run(request).await;
    let status = response.status();
    if !asked || !matches!(status, StatusCode::NOT_FOUND | StatusCode::GONE) {
        return response;
    }
    let locale = i18n::request::page_locale();
    let heading = if status == StatusCode::GONE {
        "error-link-expired-heading"
    } else {
        "staff-link-lost-heading"
    };
    let address = state.config.mail_from.email.to_string();
    let programme = state.config.programme_name.as_str();
    let message = i18n::text(
        &locale,
        "staff-link-lost",
        &[("programme", programme), ("address", &address)],
    );
    explained(status, i18n::text(&locale, heading, &[]), message)
}

#[cfg(test)]
mod tests {
    use super::is_staff_link;

    #[test]
    fn only_the_pages_staff_links_open_are_explained() {
        assert!(is_staff_link("/e/abc"));
        assert!(is_staff_link("/v/abc"));
        assert!(!is_staff_link("/e/abc/volunteers"));
        assert!(!is_staff_link("/v/abc/calendar.ics"));
        assert!(!is_staff_link("/p/abc"));
        assert!(!is_staff_link("/events/e/x"));
    }
}
