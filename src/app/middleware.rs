//! Cross-cutting request handling: metrics and logs keyed by route template (paths carry access
//! tokens, so they are never logged), and security headers on every response.

use super::state::AppState;
use crate::domain::locale::PARTICIPANT_LANGUAGES;
use crate::i18n::MAIL_LANGUAGES;
use crate::i18n::negotiate::page_language as page_language_for;
use crate::i18n::request::with_page_locale;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::set_header::SetResponseHeaderLayer;

/// The route template of a request (`/p/{token}`), or `unmatched`.
pub fn route_of(request: &Request) -> String {
    request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned())
}

/// Answers each request with pages in the browser's language where pages exist in it, else
/// the programme's: on participants' pages (`/p/...`) and the start page among the languages
/// those are written in, on everyone else's among the staff languages (English, German).
/// Handlers that know the person refine it (a participant's or coordinator's stored choice).
pub async fn page_language(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    // The start page is the first a job seeker may see, and the privacy notice is theirs: both
    // speak their languages too, as do an event's public sign-up pages.
    let public_sign_up = path.starts_with("/events/") || path.starts_with("/sign-up/");
    let available =
        if path.starts_with("/p/") || path == "/" || path == "/privacy" || public_sign_up {
            PARTICIPANT_LANGUAGES
        } else {
            MAIL_LANGUAGES
        };
    let wish = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    // A public page has no one to remember a choice for: its links carry `?lang=` instead.
    let chosen = public_sign_up
        .then(|| language_in_query(request.uri().query().unwrap_or_default()))
        .flatten();
    let locale = page_language_for(chosen, wish, &state.config.default_language, available);
    with_page_locale(locale, next.run(request)).await
}

/// The `lang` parameter of a query string, if it names a language code.
fn language_in_query(query: &str) -> Option<&str> {
    query
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find(|code| (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Counts every response by route template, method and status, and logs it without the path.
pub async fn track_requests(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let route = route_of(&request);
    let method = request.method().as_str().to_owned();
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    state.metrics.record_request(&route, &method, status);
    tracing::info!(
        route = %route,
        method = %method,
        status,
        millis = started.elapsed().as_millis() as u64,
        "request"
    );
    response
}

/// Headers every response carries unless a handler set its own.
pub fn security_headers() -> Vec<SetResponseHeaderLayer<HeaderValue>> {
    let headers: [(HeaderName, &'static str); 7] = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        // Personal links must not leak to other sites through the Referer header.
        (header::REFERRER_POLICY, "no-referrer"),
        // Pages are personal; shared caches and the back button must not keep them.
        (header::CACHE_CONTROL, "no-store"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    headers
        .into_iter()
        .map(|(name, value)| {
            SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
        })
        .collect()
}
