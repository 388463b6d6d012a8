//! [`ServiceError`]: how a use-case can end other than as asked. It knows nothing of HTTP, pages
//! or templates; `app::error` maps it to an HTML page and the API's JSON envelope in one place.

use crate::domain::fields::FieldError;
use crate::i18n::Message;

/// Why a use-case did not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// Nothing here, or a link that was never valid.
    #[error("not found")]
    NotFound,
    /// Not allowed for this person.
    #[error("forbidden")]
    Forbidden,
    /// No valid credentials (an API token that is unknown, expired or revoked).
    #[error("unauthorized")]
    Unauthorized,
    /// Input that cannot be used, with a problem per field.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// The change collides with the current state (full, already booked, ...), told in the
    /// reader's language.
    #[error("{0}")]
    Conflict(Message),
    /// Like [`ServiceError::Conflict`], told to a participant in their language: a message id of
    /// the Fluent files (`participant.ftl`).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// A personal link that has expired or was revoked.
    #[error("link expired")]
    LinkExpired,
    /// Anything else; the cause is logged by whoever answers, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Keeps the whole cause chain in one line for the log.
pub fn cause_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

impl From<sea_orm::DbErr> for ServiceError {
    fn from(error: sea_orm::DbErr) -> Self {
        Self::Internal(cause_chain(&error))
    }
}

impl From<crate::domain::time::TimeError> for ServiceError {
    fn from(error: crate::domain::time::TimeError) -> Self {
        Self::Internal(error.to_string())
    }
}

impl From<crate::calendar::CalendarError> for ServiceError {
    fn from(error: crate::calendar::CalendarError) -> Self {
        Self::Internal(error.to_string())
    }
}

impl From<crate::mail::templates::RenderError> for ServiceError {
    fn from(error: crate::mail::templates::RenderError) -> Self {
        Self::Internal(cause_chain(&error))
    }
}
