//! `/api/v1/status` (no token needed) and the answer to unknown API paths.

use crate::app::error::ApiError;
use crate::app::state::AppState;
use crate::services::health;
use axum::Json;
use axum::extract::State;
use serde::Serialize;

/// The answer of `GET /api/v1/status`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct StatusResponse {
    /// Fairplan's version.
    pub version: &'static str,
    /// `ok` when the database answers.
    pub database: &'static str,
}

/// Version and database reachability; needs no token.
#[utoipa::path(get, path = "/api/v1/status", tag = "status",
    responses((status = 200, body = StatusResponse)))]
pub async fn show_status(State(state): State<AppState>) -> Result<Json<StatusResponse>, ApiError> {
    health::check_database(&state.db).await?;
    Ok(Json(StatusResponse {
        version: env!("CARGO_PKG_VERSION"),
        database: "ok",
    }))
}
