//! Anti-forgery tokens for pages without a session (sign-in, personal links): a random value in
//! a cookie, repeated in each form; a POST must carry both and they must match.

use crate::app::error::AppError;
use crate::services::error::ServiceError;
use crate::services::tokens::new_token;
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};

const COOKIE: &str = "fp_csrf";

/// A form that carries nothing but its anti-forgery token (a button that changes something).
#[derive(serde::Deserialize)]
pub struct CsrfForm {
    /// The token the page put into the form.
    pub csrf: String,
}

/// The form token for this browser: the existing one, or a new one set as a cookie.
pub fn form_token(jar: CookieJar, secure: bool) -> Result<(CookieJar, String), AppError> {
    if let Some(existing) = jar
        .get(COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty())
    {
        return Ok((jar, existing));
    }
    let token = new_token().map_err(ServiceError::from)?;
    let cookie = Cookie::build((COOKIE, token.clone()))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .build();
    Ok((jar.add(cookie), token))
}

/// Refuses a POST whose form token does not match the cookie.
pub fn verify(jar: &CookieJar, submitted: &str) -> Result<(), AppError> {
    match jar.get(COOKIE) {
        Some(cookie) if !submitted.is_empty() && cookie.value() == submitted => Ok(()),
        _ => Err(AppError::CsrfRejected),
    }
}
