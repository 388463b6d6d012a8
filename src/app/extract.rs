//! Extractors whose rejections are [`AppError`]s, so malformed input gets the same clear page as
//! any other bad input, never axum's plain-text default.

use super::error::{AppError, FieldError};
use axum::extract::FromRequest;
use axum::extract::FromRequestParts;
use axum::extract::rejection::{FormRejection, JsonRejection, PathRejection, QueryRejection};

/// `axum::Form`, answering malformed bodies with a validation error.
#[derive(FromRequest)]
#[from_request(via(axum::Form), rejection(AppError))]
pub struct Form<T>(pub T);

/// `axum::extract::Path`, answering malformed path segments with "not found".
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct Path<T>(pub T);

impl From<FormRejection> for AppError {
    fn from(rejection: FormRejection) -> Self {
        Self::Validation(vec![FieldError::with_args(
            "form",
            "error-form-malformed",
            vec![("problem", rejection.body_text())],
        )])
    }
}

impl From<PathRejection> for AppError {
    fn from(_: PathRejection) -> Self {
        Self::NotFound
    }
}

impl From<QueryRejection> for AppError {
    fn from(rejection: QueryRejection) -> Self {
        Self::Validation(vec![FieldError::with_args(
            "query",
            "error-form-malformed",
            vec![("problem", rejection.body_text())],
        )])
    }
}

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> Self {
        Self::Validation(vec![FieldError::new(
            "body",
            format!(
                "send a JSON object with the header Content-Type: application/json ({})",
                rejection.body_text()
            ),
        )])
    }
}
