//! The JSON API under `/api/v1`. Errors are `{"error": {"code", "message"}}`.

use crate::app::error::{ApiError, AppError};
use crate::app::state::AppState;
use axum::Json;
use axum::extract::State;
use serde::Serialize;

/// The answer of `GET /api/v1/status`.
#[derive(Serialize)]
pub struct StatusResponse {
    /// Fairplan's version.
    pub version: &'static str,
    /// `ok` when the database answers.
    pub database: &'static str,
}

/// `GET /api/v1/status`: version and database reachability.
pub async fn show_status(State(state): State<AppState>) -> Result<Json<StatusResponse>, ApiError> {
    state.db.ping().await?;
    Ok(Json(StatusResponse {
        version: env!("CARGO_PKG_VERSION"),
        database: "ok",
    }))
}

/// Any other `/api/v1` path.
pub async fn not_found() -> ApiError {
    ApiError(AppError::NotFound)
}
