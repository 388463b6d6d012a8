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
    /// Another change to the same places came first (a deadlock, a serialization failure, or
    /// a row no longer as it was read); trying again may work.
    #[error("contention: {0}")]
    Contention(String),
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
        if crate::db::is_contention(&error) {
            Self::Contention(cause_chain(&error))
        } else {
            Self::Internal(cause_chain(&error))
        }
    }
}

/// Runs `change` (a whole transaction) and, when another change got in its way, once more:
/// the second try reads the state the first one lost to. A second loss is answered as such.
pub async fn retry_once_if_contended<T, F, Fut>(mut change: F) -> Result<T, ServiceError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, ServiceError>>,
{
    match change().await {
        Err(ServiceError::Contention(cause)) => {
            tracing::info!(cause = %cause, "a change met another one; trying it once more");
            change().await
        }
        answer => answer,
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
