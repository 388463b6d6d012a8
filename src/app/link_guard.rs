//! Slows down guessing of personal links: every request to a link path (`/p/`, `/e/`, `/v/`,
//! `/calendar/`) that ends in "not found" or "expired" is counted for its client, in the
//! database so all instances share the count; a client with too many such answers in the last
//! minutes gets a friendly "please wait" (429) for every link path until the window passes.
//! Each instance keeps a copy of a client's count for a moment (`app::recent_failures`), so an
//! ordinary visitor's requests do not each cost a read.
//! Clients are stored as a hash of their address, never the address.

use super::error::AppError;
use super::state::AppState;
use crate::clock::now_ms;
use crate::domain::token::token_hash;
use crate::services::error::ServiceError;
use crate::services::link_failures;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

/// Failed link requests a client may make within [`WINDOW_MS`].
pub const MAX_FAILURES: u64 = 20;
/// The window failures are counted in.
pub const WINDOW_MS: i64 = 10 * 60 * 1000;

const GUARDED: [&str; 5] = ["/p/", "/e/", "/v/", "/calendar/", "/sign-up/"];

/// Whether `path` carries a personal token (the new-link form does not).
fn is_link_path(path: &str) -> bool {
    GUARDED.iter().any(|prefix| path.starts_with(prefix)) && path != "/p/new-link"
}

/// The client's address: with trusted proxies in front, the `X-Forwarded-For` entry the
/// outermost of them appended, else the socket's peer.
fn client_of(request: &Request, behind_proxy: bool, hops: usize) -> String {
    client_from(
        (request.headers(), request.extensions()),
        behind_proxy,
        hops,
    )
}

/// [`client_of`] from a request's headers and extensions.
fn client_from(
    (headers, extensions): (&axum::http::HeaderMap, &axum::http::Extensions),
    behind_proxy: bool,
    hops: usize,
) -> String {
    // Several header lines are one list in order (RFC 9110), as if joined by commas.
    let forwarded = behind_proxy
        .then(|| {
            let lines: Vec<&str> = headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|value| value.to_str().ok())
                .collect();
            forwarded_client(&lines.join(","), hops).map(str::to_owned)
        })
        .flatten();
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip().to_string());
    let address = forwarded.or(peer).unwrap_or_else(|| "unknown".to_owned());
    token_hash(&format!("client:{}", network_of(&address)))
}

/// The client an address counts as: an IPv4 address itself, an IPv6 address's /64 network
/// (one connection usually holds a whole /64, so each of its addresses is not a new client).
fn network_of(address: &str) -> String {
    match address.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(std::net::IpAddr::V6(v6)) => v6
            .to_ipv4_mapped()
            .map_or_else(String::new, |v4| v4.to_string()),
        _ => address.to_owned(),
    }
}

/// An opaque key of the client a request came from (a hash of its address, found as
/// [`guard_links`] finds it), for limits counted per client.
pub struct ClientKey(pub String);

impl axum::extract::FromRequestParts<AppState> for ClientKey {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(client_from(
            (&parts.headers, &parts.extensions),
            state.config.behind_proxy,
            state.config.trusted_proxy_hops,
        )))
    }
}

/// The entry of an `X-Forwarded-For` list that `hops` trusted proxies appended to: each appends
/// the address it was reached from, so the `hops`-th entry from the right is the client as the
/// outermost proxy saw it. Everything left of it came with the request and may be forged, so a
/// client cannot pick a fresh address per request. A shorter list means the request passed
/// fewer proxies; its first entry was still written by one of them.
fn forwarded_client(list: &str, hops: usize) -> Option<&str> {
    let entries: Vec<&str> = list.split(',').map(str::trim).collect();
    entries
        .get(entries.len().saturating_sub(hops.max(1)))
        .copied()
        .filter(|entry| !entry.is_empty())
}

/// The middleware.
pub async fn guard_links(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !is_link_path(request.uri().path()) {
        return next.run(request).await;
    }
    let client = client_of(
        &request,
        state.config.behind_proxy,
        state.config.trusted_proxy_hops,
    );
    let now = now_ms();
    match failures_of(&state, &client, now).await {
        Ok(failures) if failures >= MAX_FAILURES => {
            return AppError::TooManyRequests.into_response();
        }
        Ok(_) => {}
        Err(e) => return AppError::from(e).into_response(),
    }
    let response = next.run(request).await;
    if matches!(response.status(), StatusCode::NOT_FOUND | StatusCode::GONE) {
        match link_failures::record(&state.db, &client, now).await {
            Ok(()) => state.recent_failures.add_one(&client),
            Err(e) => tracing::error!(error = %e, "could not record a failed link request"),
        }
    }
    response
}

/// The client's failures in the window: the recent copy while it is fresh, else read from the
/// database (where every instance stores its failures) and kept.
async fn failures_of(state: &AppState, client: &str, now: i64) -> Result<u64, ServiceError> {
    if let Some(failures) = state.recent_failures.fresh(client, now) {
        return Ok(failures);
    }
    let failures = link_failures::count_since(&state.db, client, now - WINDOW_MS).await?;
    state.recent_failures.remember(client, failures, now);
    Ok(failures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_with_tokens_are_guarded() {
        assert!(is_link_path("/p/abc"));
        assert!(is_link_path("/e/abc/volunteers"));
        assert!(is_link_path("/calendar/abc.ics"));
        assert!(!is_link_path("/p/new-link"));
        assert!(is_link_path("/sign-up/abc"));
        assert!(!is_link_path("/coordinator/events"));
        assert!(!is_link_path("/"));
    }

    #[test]
    fn an_ipv6_client_is_its_slash_64_and_an_ipv4_one_itself() {
        assert_eq!(network_of("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(
            network_of("2001:db8:1:2:ffff:ffff:ffff:ffff"),
            network_of("2001:db8:1:2::9")
        );
        assert_ne!(network_of("2001:db8:1:3::1"), network_of("2001:db8:1:2::1"));
        assert_eq!(network_of("203.0.113.7"), "203.0.113.7");
        assert_eq!(network_of("::ffff:203.0.113.7"), "203.0.113.7");
        assert_eq!(network_of("unknown"), "unknown");
    }

    #[test]
    fn the_client_is_the_entry_the_trusted_proxies_appended_not_what_the_client_wrote() {
        // The client wrote "6.6.6.6"; the one trusted proxy appended the real peer.
        assert_eq!(
            forwarded_client("6.6.6.6, 203.0.113.7", 1),
            Some("203.0.113.7")
        );
        assert_eq!(forwarded_client("203.0.113.7", 1), Some("203.0.113.7"));
        // Two trusted proxies: the outer one's entry is second from the right.
        assert_eq!(
            forwarded_client("6.6.6.6,203.0.113.7 , 10.0.0.2", 2),
            Some("203.0.113.7")
        );
        // Fewer entries than proxies: the request skipped one; the first was still written by one.
        assert_eq!(forwarded_client("203.0.113.7", 3), Some("203.0.113.7"));
        assert_eq!(
            forwarded_client("6.6.6.6, ", 1),
            None,
            "an empty entry is no address"
        );
        assert_eq!(forwarded_client("", 1), None);
    }
}
