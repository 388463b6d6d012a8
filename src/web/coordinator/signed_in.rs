//! Coordinators' pages are for signed-in coordinators, by construction: [`require_coordinator`]
//! is a router layer over every coordinator route except sign-in, sign-out and password reset
//! (see `app::router`), so a handler cannot forget the check. Without a live session the request
//! goes to the sign-in page and nothing else happens. With one, the rest of the request answers
//! in the coordinator's chosen language, and handlers read who it is through [`SignedIn`].

use super::nav;
use super::signin::SESSION_COOKIE;
use crate::app::error::AppError;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::locale::Locale;
use crate::i18n::MAIL_LANGUAGES;
use crate::i18n::request::{page_locale, set_page_locale};
use crate::services::auth::{self, Coordinator};
use crate::services::{events, sessions};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{Method, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

/// The coordinator behind the request's session cookie.
#[derive(Clone)]
pub struct SignedIn {
    /// Who is signed in.
    pub coordinator: Coordinator,
    /// The anti-forgery token this session's forms carry.
    pub csrf: String,
}

impl SignedIn {
    /// Refuses a form whose anti-forgery token is not this session's.
    pub fn check_csrf(&self, submitted: &str) -> Result<(), AppError> {
        if !submitted.is_empty() && submitted == self.csrf {
            Ok(())
        } else {
            Err(AppError::CsrfRejected)
        }
    }
}

fn to_login() -> Response {
    Redirect::to("/coordinator/login").into_response()
}

/// The router layer in front of every signed-in coordinator route: finds the session, sets the
/// coordinator's language for the request and hands [`SignedIn`] to the handler; without a live
/// session, sends the browser to the sign-in page.
pub async fn require_coordinator(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let jar = CookieJar::from_headers(request.headers());
    let Some(token) = jar.get(SESSION_COOKIE).map(|c| c.value().to_owned()) else {
        return to_login();
    };
    match auth::current(&state.db, &token, now_ms()).await {
        Ok(Some(session)) => {
            let coordinator = session.coordinator;
            // Their stored choice (with the region of the browser's wish, or the programme's,
            // when the language is the same), else the browser's wish the request came with.
            if let Some(chosen) = coordinator.language.as_deref()
                && MAIL_LANGUAGES.contains(&chosen)
            {
                set_page_locale(&Locale::parse(chosen).with_region_of(&page_locale()));
            }
            let asked = (request.uri().clone(), request.method() == Method::GET);
            let chrome = chrome_for(&state, asked, &coordinator, &session.csrf_token).await;
            request.extensions_mut().insert(SignedIn {
                coordinator,
                csrf: session.csrf_token,
            });
            nav::scope(chrome, next.run(request)).await
        }
        Ok(None) => to_login(),
        Err(error) => AppError::from(error).into_response(),
    }
}

/// The header of the page `request` asks for: who is signed in, where they are, and the event
/// the page belongs to (a session's page belongs to the session's event).
async fn chrome_for(
    state: &AppState,
    (uri, is_get): (Uri, bool),
    coordinator: &Coordinator,
    csrf: &str,
) -> nav::Chrome {
    let path = uri
        .path_and_query()
        .map_or_else(|| uri.path().to_owned(), |p| p.as_str().to_owned());
    // An unknown event or session has no tabs; its handler answers "not found" itself.
    let event = match nav::event_or_session_of(uri.path()) {
        (Some(event), _) => events::summary(&state.db, event).await.ok(),
        (None, Some(session)) => sessions::event_of(&state.db, session).await.ok(),
        (None, None) => None,
    };
    nav::Chrome {
        name: coordinator.display_name.clone(),
        csrf: csrf.to_owned(),
        path,
        is_get,
        event: event.map(|event| nav::EventRef {
            id: event.id,
            title: event.title,
        }),
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    /// The coordinator [`require_coordinator`] found. A handler on a route outside that layer
    /// finds none: that is a mistake in the router, answered as an internal error (and caught by
    /// the gate's test), never a page shown without a session.
    async fn from_request_parts(parts: &mut Parts, _state: &AppState) -> Result<Self, Response> {
        parts.extensions.get::<Self>().cloned().ok_or_else(|| {
            AppError::Internal("a coordinator page outside the sign-in layer".to_owned())
                .into_response()
        })
    }
}
