//! `/api/v1/webhooks`: the other systems that hear of changes, as on the coordinator's
//! Webhooks page: list them, register one (its signing secret is answered once here, and shown
//! on its page), remove one. What each delivery carries is in the document's `webhooks`.

use super::extract::{ApiCoordinator, JsonBody, Path};
use super::schema::{ErrorEnvelope, instant};
use crate::app::error::{ApiError, AppError};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::services::webhooks::{self, Endpoint, EndpointChange};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A system that hears of changes.
#[derive(Serialize, ToSchema)]
pub struct WebhookOut {
    pub id: Uuid,
    /// Where deliveries are posted.
    pub url: String,
    /// The changes it hears of (`booking.created`, `check_in` ...).
    pub events: Vec<String>,
    /// Paused: nothing is written for it.
    pub paused: bool,
    pub created_at: String,
}

/// A system just registered, with the secret its deliveries are signed with.
#[derive(Serialize, ToSchema)]
pub struct WebhookCreated {
    #[serde(flatten)]
    pub endpoint: WebhookOut,
    /// `whsec_...`: the key of each delivery's `Fairplan-Signature`.
    pub secret: String,
}

/// A system to register.
#[derive(Deserialize, ToSchema)]
pub struct WebhookIn {
    /// `https://...` (or `http://` on your own network), at most 2,000 characters.
    #[serde(default)]
    pub url: String,
    /// One or more of: participant.registered, booking.created, booking.changed,
    /// booking.cancelled, waitlist.offer, check_in, event.status_changed, allocation.committed.
    #[serde(default)]
    pub events: Vec<String>,
}

fn out(endpoint: &Endpoint) -> WebhookOut {
    WebhookOut {
        id: endpoint.id,
        url: endpoint.url.clone(),
        events: endpoint
            .events
            .iter()
            .map(|e| e.as_str().to_owned())
            .collect(),
        paused: endpoint.paused,
        created_at: instant(endpoint.created_at),
    }
}

/// Every system that hears of changes, oldest first (never their secrets).
#[utoipa::path(get, path = "/api/v1/webhooks", tag = "webhooks",
    responses((status = 200, body = [WebhookOut])),
    security(("api_token" = [])))]
pub async fn list_webhooks(
    State(state): State<AppState>,
    _who: ApiCoordinator,
) -> Result<Json<Vec<WebhookOut>>, ApiError> {
    let endpoints = webhooks::endpoints(&state.db)
        .await
        .map_err(AppError::from)?;
    Ok(Json(endpoints.iter().map(out).collect()))
}

/// Registers a system for the changes named; answers its signing secret.
#[utoipa::path(post, path = "/api/v1/webhooks", tag = "webhooks",
    request_body = WebhookIn,
    responses((status = 201, body = WebhookCreated), (status = 422, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn register_webhook(
    State(state): State<AppState>,
    who: ApiCoordinator,
    JsonBody(input): JsonBody<WebhookIn>,
) -> Result<(StatusCode, Json<WebhookCreated>), ApiError> {
    let actor = Actor::Coordinator(who.id);
    let endpoint = webhooks::register(&state.db, (&input.url, &input.events), actor, now_ms())
        .await
        .map_err(AppError::from)?;
    let created = WebhookCreated {
        endpoint: out(&endpoint),
        secret: endpoint.secret,
    };
    Ok((StatusCode::CREATED, Json(created)))
}

/// Removes a system with its delivery log.
#[utoipa::path(delete, path = "/api/v1/webhooks/{webhook_id}", tag = "webhooks",
    params(("webhook_id" = Uuid, Path, description = "The system's registration")),
    responses((status = 204), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn remove_webhook(
    State(state): State<AppState>,
    who: ApiCoordinator,
    Path(id): Path<Uuid>,
) -> Result<StatusCode, ApiError> {
    let acting = (Actor::Coordinator(who.id), now_ms());
    webhooks::change(&state.db, id, EndpointChange::Remove, acting)
        .await
        .map_err(AppError::from)?;
    Ok(StatusCode::NO_CONTENT)
}
