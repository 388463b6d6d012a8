//! The API's extractors: the coordinator behind the bearer token, and JSON bodies whose problems
//! are answered in the error envelope like any other bad input.

use crate::app::error::ApiError;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::services::api_tokens;
use axum::extract::{FromRequest, FromRequestParts};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use uuid::Uuid;

/// The coordinator whose live API token the request carries.
pub struct ApiCoordinator {
    /// The coordinator's id, who acts in the audit log.
    pub id: Uuid,
}

impl FromRequestParts<AppState> for ApiCoordinator {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok());
        let id = api_tokens::authenticate_id(&state.db, header, now_ms()).await?;
        Ok(Self { id })
    }
}

/// `axum::Json`, answering a malformed body with `validation_failed` (see
/// [`crate::app::extract`]).
#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct JsonBody<T>(pub T);

/// `axum::extract::Path`, answering malformed ids with `not_found`.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct Path<T>(pub T);

/// `axum::extract::Query`, answering a malformed query with the 422 envelope (not axum's
/// plain-text 400, which the API's document would not list).
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct Query<T>(pub T);
