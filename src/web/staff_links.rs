//! The page an employer's contact or a volunteer sees when their personal link does not work
//! (unknown, cut off when copied, expired or revoked). Their links come from the programme's
//! coordinators, never from the participants' "new link" form, so the page says whom to ask
//! and how, instead of a dead end.

use crate::app::error::explained;
use crate::app::state::AppState;
use crate::i18n;
use crate::web::link_requests::{is_link_page, link_failed};
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// The middleware: a `GET` of a staff link's page that says the link does not work (as
/// [`link_failed`] tells it) becomes the page that says whom to ask, with the same status. It
/// names no person: every such link reads the same.
pub async fn explain_lost_link(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let asked = request.method() == Method::GET
        && (is_link_page(&path, "/e/") || is_link_page(&path, "/v/"));
    let response = next.run(request).await;
    let status = response.status();
    if !asked || !link_failed(&path, status) {
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
