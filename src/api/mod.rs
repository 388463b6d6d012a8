//! The JSON API under `/api/v1`: the coordinator's actions (events, sessions, employers,
//! volunteers, participant import, bookings, webhooks) for scripts and other systems. Every call but
//! `status` and `openapi.json` needs a coordinator's API token (`Authorization: Bearer fpk_...`);
//! every error is `{"error": {"code", "message", "fields"?}}` with a stable code. The same
//! services as the pages do the work, so the rules are the same.

mod answers;
mod bookings;
mod employers;
mod events;
pub mod extract;
mod participants;
pub mod schema;
mod sessions;
mod status;
mod volunteers;
mod webhook_docs;
mod webhooks;

use crate::app::error::{ApiError, AppError};
use crate::app::state::AppState;
use crate::domain::participant_import;
use answers::SharedAnswers;
use axum::Json;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{delete, get, post};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use webhook_docs::WebhookPayloads;

/// The OpenAPI 3 description, generated from the handlers and types above.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Fairplan API",
        description = "Run job fairs, mock-interview days and speed-networking events. \
            Wall times in requests (`2027-03-03T17:30`) are in the event's zone; instants in \
            answers are RFC 3339 UTC."
    ),
    paths(
        status::show_status,
        events::list_events,
        events::create_event,
        events::show_event,
        events::update_event,
        events::change_status,
        sessions::list_sessions,
        sessions::create_session,
        sessions::update_session,
        employers::list_employers,
        employers::invite_employer,
        volunteers::list_volunteers,
        volunteers::register_volunteer,
        volunteers::withdraw_volunteer,
        participants::list_participants,
        participants::import_participants,
        participants::send_invitations,
        bookings::list_bookings,
        webhooks::list_webhooks,
        webhooks::register_webhook,
        webhooks::remove_webhook,
    ),
    components(schemas(
        crate::domain::webhook_news::BookingNews,
        crate::domain::webhook_news::ParticipantNews,
        crate::domain::webhook_news::EventStatusNews,
        crate::domain::webhook_news::AllocationNews,
    )),
    modifiers(&BearerToken, &SharedAnswers, &WebhookPayloads)
)]
pub struct ApiDoc;

/// Declares the `api_token` bearer scheme every secured path names.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A coordinator's API token (fpk_...), created on their API tokens page",
                    ))
                    .build(),
            ),
        );
    }
}

/// `GET /api/v1/openapi.json`.
async fn serve_openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// Any other `/api/v1` path.
async fn not_found() -> ApiError {
    ApiError(AppError::NotFound)
}

/// The routes under `/api/v1`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/status", get(status::show_status))
        .route("/openapi.json", get(serve_openapi))
        .route(
            "/events",
            get(events::list_events).post(events::create_event),
        )
        .route(
            "/events/{event_id}",
            get(events::show_event).put(events::update_event),
        )
        .route("/events/{event_id}/status", post(events::change_status))
        .route(
            "/events/{event_id}/sessions",
            get(sessions::list_sessions).post(sessions::create_session),
        )
        .route(
            "/sessions/{session_id}",
            axum::routing::put(sessions::update_session),
        )
        .route(
            "/events/{event_id}/employers",
            get(employers::list_employers).post(employers::invite_employer),
        )
        .route(
            "/events/{event_id}/volunteers",
            get(volunteers::list_volunteers),
        )
        .route(
            "/events/{event_id}/employers/{employer_id}/volunteers",
            post(volunteers::register_volunteer),
        )
        .route(
            "/events/{event_id}/employers/{employer_id}/volunteers/{volunteer_id}",
            delete(volunteers::withdraw_volunteer),
        )
        .route(
            "/events/{event_id}/participants",
            get(participants::list_participants),
        )
        .route(
            "/events/{event_id}/participants/import",
            post(participants::import_participants).layer(DefaultBodyLimit::max(
                participant_import::MAX_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/events/{event_id}/invitations",
            post(participants::send_invitations),
        )
        .route("/events/{event_id}/bookings", get(bookings::list_bookings))
        .route(
            "/webhooks",
            get(webhooks::list_webhooks).post(webhooks::register_webhook),
        )
        .route("/webhooks/{webhook_id}", delete(webhooks::remove_webhook))
        .fallback(not_found)
}
