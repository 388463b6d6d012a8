//! Extractors whose rejections are [`AppError`]s, so malformed input gets the same clear page as
//! any other bad input, never axum's plain-text default.

use super::error::{AppError, FieldError};
use axum::extract::FromRequestParts;
use axum::extract::rejection::{FormRejection, JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// `axum::Form`, answering malformed bodies with a validation error.
#[derive(FromRequest)]
#[from_request(via(axum::Form), rejection(AppError))]
pub struct Form<T>(pub T);

/// A form whose repeated fields (a group of checkboxes sharing one name) arrive as one value,
/// joined by `;` in the order sent, as a list field typed by hand would be. Other forms keep
/// [`Form`], where a repeated field is refused.
pub struct ListForm<T>(pub T);

impl<T, S> FromRequest<S> for ListForm<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let axum::Form(pairs) =
            axum::Form::<Vec<(String, String)>>::from_request(request, state).await?;
        let mut joined: Vec<(String, String)> = Vec::new();
        let mut position: HashMap<String, usize> = HashMap::new();
        for (name, value) in pairs {
            match position.get(&name).and_then(|&at| joined.get_mut(at)) {
                Some((_, list)) => {
                    list.push(';');
                    list.push_str(&value);
                }
                None => {
                    position.insert(name.clone(), joined.len());
                    joined.push((name, value));
                }
            }
        }
        // Read by the same rules as `Form` (booleans, numbers and options as urlencoded).
        let read = serde_urlencoded::to_string(&joined)
            .map_err(|problem| problem.to_string())
            .and_then(|encoded| {
                serde_urlencoded::from_str(&encoded).map_err(|problem| problem.to_string())
            });
        read.map(ListForm).map_err(|problem| {
            AppError::Validation(vec![FieldError::with_args(
                "form",
                "error-form-malformed",
                vec![("problem", problem)],
            )])
        })
    }
}

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
