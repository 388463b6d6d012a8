//! [`AppError`]: the outcomes a request can end in (a service's [`ServiceError`] or the web's
//! own refusals), rendered as an HTML page for pages and as
//! `{"error": {"code", "message"}}` for the JSON API. Internal details are logged once, never shown.

use crate::domain::locale::Locale;
use crate::i18n;
use crate::services::error::{ServiceError, cause_chain};
use crate::web::layout::Layout;
use askama::Template;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;

pub use crate::domain::fields::FieldError;

/// How a request failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Nothing here, or a link that was never valid.
    #[error("not found")]
    NotFound,
    /// Not allowed for this person.
    #[error("forbidden")]
    Forbidden,
    /// An API request without a valid token.
    #[error("unauthorized")]
    Unauthorized,
    /// Input that cannot be used.
    #[error("invalid input")]
    Validation(Vec<FieldError>),
    /// The change collides with the current state (full, already booked, ...), told in the
    /// reader's language.
    #[error("{0}")]
    Conflict(i18n::Message),
    /// Like [`AppError::Conflict`], told to a participant in their language: a message id of
    /// the Fluent files (`participant.ftl`).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// Too many failed attempts from this client; try again later.
    #[error("too many requests")]
    TooManyRequests,
    /// A personal link that has expired or was revoked.
    #[error("link expired")]
    LinkExpired,
    /// A form was sent without a valid anti-forgery token (or from another site).
    #[error("form expired")]
    CsrfRejected,
    /// Another change came first and this one could not be finished; trying again may work.
    #[error("busy: {0}")]
    Busy(String),
    /// Anything else; the cause is logged, not shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden | Self::CsrfRejected => StatusCode::FORBIDDEN,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict(_) | Self::Refused(_) => StatusCode::CONFLICT,
            Self::LinkExpired => StatusCode::GONE,
            Self::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Self::Busy(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A stable machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::Forbidden => "forbidden",
            Self::Unauthorized => "unauthorized",
            Self::Validation(_) => "validation_failed",
            Self::Conflict(_) | Self::Refused(_) => "conflict",
            Self::LinkExpired => "link_expired",
            Self::TooManyRequests => "rate_limited",
            Self::CsrfRejected => "csrf_rejected",
            Self::Busy(_) => "busy",
            Self::Internal(_) => "internal",
        }
    }

    /// What the person is told, in English (the JSON API's language).
    pub fn public_message(&self) -> String {
        self.message_in(&Locale::default())
    }

    /// What the person is told, in `locale`.
    pub fn message_in(&self, locale: &Locale) -> String {
        let id = match self {
            Self::Validation(errors) => {
                return i18n::localise_errors(errors, locale)
                    .iter()
                    .map(|e| format!("{}: {}", e.field, e.message))
                    .collect::<Vec<_>>()
                    .join("; ");
            }
            Self::Conflict(message) => return message.in_locale(locale),
            Self::Refused(id) => id,
            Self::NotFound => "error-not-found",
            Self::Forbidden => "error-forbidden",
            Self::Unauthorized => "error-unauthorized",
            Self::LinkExpired => "error-link-expired",
            Self::TooManyRequests => "error-too-many",
            Self::CsrfRejected => "error-form-expired",
            Self::Busy(_) => "error-busy",
            Self::Internal(_) => "error-internal",
        };
        i18n::text(locale, id, &[])
    }

    /// The heading of the error page, in `locale`.
    fn heading_in(&self, locale: &Locale) -> String {
        let id = match self {
            Self::NotFound => "error-not-found-heading",
            Self::LinkExpired => "error-link-expired-heading",
            Self::TooManyRequests => "error-too-many-heading",
            Self::Validation(_) => "error-validation-heading",
            Self::Conflict(_) | Self::Refused(_) => "error-conflict-heading",
            Self::Forbidden | Self::CsrfRejected => "error-forbidden-heading",
            Self::Unauthorized => "error-unauthorized-heading",
            Self::Busy(_) => "error-busy-heading",
            Self::Internal(_) => "error-internal-heading",
        };
        i18n::text(locale, id, &[])
    }

    fn log_if_internal(&self) {
        match self {
            Self::Internal(cause) => tracing::error!(cause = %cause, "request failed"),
            Self::Busy(cause) => tracing::warn!(cause = %cause, "request met another change"),
            _ => {}
        }
    }
}

impl From<ServiceError> for AppError {
    fn from(error: ServiceError) -> Self {
        match error {
            ServiceError::NotFound => Self::NotFound,
            ServiceError::Forbidden => Self::Forbidden,
            ServiceError::Unauthorized => Self::Unauthorized,
            ServiceError::Invalid(problems) => Self::Validation(problems),
            ServiceError::Conflict(message) => Self::Conflict(message),
            ServiceError::Refused(id) => Self::Refused(id),
            ServiceError::LinkExpired => Self::LinkExpired,
            ServiceError::Contention(cause) => Self::Busy(cause),
            ServiceError::Internal(cause) => Self::Internal(cause),
        }
    }
}

impl From<crate::domain::time::TimeError> for AppError {
    fn from(error: crate::domain::time::TimeError) -> Self {
        ServiceError::from(error).into()
    }
}

impl From<crate::calendar::CalendarError> for AppError {
    fn from(error: crate::calendar::CalendarError) -> Self {
        ServiceError::from(error).into()
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        Self::Internal(cause_chain(&error))
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    meta: Layout,
    heading: String,
    message: String,
    /// Where the person can get a new link, when that is what helps.
    offer_new_link: bool,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log_if_internal();
        let locale = i18n::request::page_locale();
        let heading = self.heading_in(&locale);
        let page = ErrorPage {
            meta: Layout::plain(&heading),
            heading,
            message: self.message_in(&locale),
            offer_new_link: matches!(self, Self::LinkExpired | Self::TooManyRequests),
        };
        let body = page.render().unwrap_or_else(|_| self.public_message());
        (self.status(), Html(body)).into_response()
    }
}

/// An error page with its own `heading` and `message`, answered with `status`: for a middleware
/// that knows better than the error what helps the reader (a staff link that does not work).
pub(crate) fn explained(status: StatusCode, heading: String, message: String) -> Response {
    let page = ErrorPage {
        meta: Layout::plain(&heading),
        heading,
        message,
        offer_new_link: false,
    };
    match page.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(error) => AppError::from(error).into_response(),
    }
}

/// An [`AppError`] answered as JSON, for `/api/v1`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

#[derive(Serialize)]
struct ApiErrorBody<'a> {
    error: ApiErrorDetail<'a>,
}

#[derive(Serialize)]
struct ApiErrorDetail<'a> {
    code: &'a str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fields: Option<Vec<FieldError>>,
}

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(error: E) -> Self {
        Self(error.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.log_if_internal();
        let fields = match &self.0 {
            AppError::Validation(errors) => Some(i18n::localise_errors(errors, &Locale::default())),
            _ => None,
        };
        let body = ApiErrorBody {
            error: ApiErrorDetail {
                code: self.0.code(),
                message: self.0.public_message(),
                fields,
            },
        };
        let mut response = (self.0.status(), Json(body)).into_response();
        if matches!(self.0, AppError::Unauthorized) {
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer realm=\"fairplan\""),
            );
        }
        response
    }
}
