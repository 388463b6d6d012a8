//! [`SignedIn`]: the extractor every coordinator page uses. Without a live session the request
//! goes to the sign-in page and nothing else happens. With one, the rest of the request answers
//! in the coordinator's chosen language.

use super::signin::SESSION_COOKIE;
use crate::app::error::AppError;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::locale::Locale;
use crate::entities::coordinator;
use crate::i18n::MAIL_LANGUAGES;
use crate::i18n::request::{page_locale, set_page_locale};
use crate::services::auth;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

/// The coordinator behind the request's session cookie.
pub struct SignedIn {
    /// Who is signed in.
    pub coordinator: coordinator::Model,
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

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let to_login = || Redirect::to("/coordinator/login").into_response();
        let jar = CookieJar::from_headers(&parts.headers);
        let Some(token) = jar.get(SESSION_COOKIE).map(|c| c.value().to_owned()) else {
            return Err(to_login());
        };
        match auth::current(&state.db, &token, now_ms()).await {
            Ok(Some((session, coordinator))) => {
                // Their stored choice (with the region of the browser's wish, or the
                // programme's, when the language is the same), else the browser's wish the
                // request came with.
                if let Some(chosen) = coordinator.language.as_deref()
                    && MAIL_LANGUAGES.contains(&chosen)
                {
                    set_page_locale(&Locale::parse(chosen).with_region_of(&page_locale()));
                }
                Ok(Self {
                    coordinator,
                    csrf: session.csrf_token,
                })
            }
            Ok(None) => Err(to_login()),
            Err(error) => Err(AppError::from(error).into_response()),
        }
    }
}
