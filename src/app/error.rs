//! [`AppError`]: the outcomes a request can end in, rendered as an HTML page for pages and as
//! `{"error": {"code", "message"}}` for the JSON API. Internal details are logged once, never shown.

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
    /// The change collides with the current state (full, already booked, ...).
    #[error("{0}")]
    Conflict(String),
    /// Too many failed attempts from this client; try again later.
    #[error("too many requests")]
    TooManyRequests,
    /// A personal link that has expired or was revoked.
    #[error("link expired")]
    LinkExpired,
    /// A form was sent without a valid anti-forgery token (or from another site).
    #[error("form expired")]
    CsrfRejected,
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
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::LinkExpired => StatusCode::GONE,
            Self::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
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
            Self::Conflict(_) => "conflict",
            Self::LinkExpired => "link_expired",
            Self::TooManyRequests => "rate_limited",
            Self::CsrfRejected => "csrf_rejected",
            Self::Internal(_) => "internal",
        }
    }

    /// What the person is told.
    pub fn public_message(&self) -> String {
        match self {
            Self::NotFound => {
                "We could not find this page. If you followed a link from an e-mail, \
                please check that the whole link was copied."
                    .to_owned()
            }
            Self::Forbidden => "You are not allowed to see this page.".to_owned(),
            Self::Unauthorized => "Send a valid API token in the header \
                `Authorization: Bearer fpk_...`. Coordinators create tokens on their API tokens \
                page; a revoked or expired token no longer works."
                .to_owned(),
            Self::Validation(errors) => errors
                .iter()
                .map(|e| format!("{}: {}", e.field, e.message))
                .collect::<Vec<_>>()
                .join("; "),
            Self::Conflict(message) => message.clone(),
            Self::LinkExpired => "This link is no longer valid. You can get a new one by e-mail, \
                or ask the organisers."
                .to_owned(),
            Self::TooManyRequests => "Too many links that do not work were opened from your \
                connection. Please wait ten minutes and try again, or ask for a new link by \
                e-mail."
                .to_owned(),
            Self::CsrfRejected => {
                "This form has expired. Please go back, reload the page and try again.".to_owned()
            }
            Self::Internal(_) => {
                "Something went wrong on our side. Nothing was changed; please try again \
                in a minute."
                    .to_owned()
            }
        }
    }

    fn log_if_internal(&self) {
        if let Self::Internal(cause) = self {
            tracing::error!(cause = %cause, "request failed");
        }
    }
}

/// Keeps the whole cause chain in one line for the log.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

impl From<sea_orm::DbErr> for AppError {
    fn from(error: sea_orm::DbErr) -> Self {
        Self::Internal(chain(&error))
    }
}

impl From<crate::domain::time::TimeError> for AppError {
    fn from(error: crate::domain::time::TimeError) -> Self {
        Self::Internal(error.to_string())
    }
}

impl From<crate::calendar::CalendarError> for AppError {
    fn from(error: crate::calendar::CalendarError) -> Self {
        Self::Internal(error.to_string())
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        Self::Internal(chain(&error))
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    meta: Layout,
    heading: &'static str,
    message: String,
    /// What the person can do next, when there is something better than the start page.
    next: Option<(&'static str, &'static str)>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log_if_internal();
        let heading = match self {
            Self::NotFound => "Page not found",
            Self::LinkExpired => "This link has expired",
            Self::TooManyRequests => "Please wait a moment",
            Self::Validation(_) => "Please check your input",
            Self::Conflict(_) => "That did not work",
            Self::Forbidden | Self::CsrfRejected => "Not allowed",
            Self::Unauthorized => "Sign-in needed",
            Self::Internal(_) => "Something went wrong",
        };
        let next = match self {
            Self::LinkExpired | Self::TooManyRequests => {
                Some(("/p/new-link", "Get a new link by e-mail"))
            }
            _ => None,
        };
        let page = ErrorPage {
            meta: Layout::plain(heading),
            heading,
            message: self.public_message(),
            next,
        };
        let body = page.render().unwrap_or_else(|_| self.public_message());
        (self.status(), Html(body)).into_response()
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
    fields: Option<&'a [FieldError]>,
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
            AppError::Validation(errors) => Some(errors.as_slice()),
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
