//! The routes of an event's public sign-up, and the coordinator's sign-up page; registered here
//! and merged into [`super::router`], so the router's one file stays readable.

use super::state::AppState;
use crate::web::coordinator::sign_up as coordinator_sign_up;
use crate::web::{sign_up, sign_up_confirm};
use axum::Router;
use axum::routing::{get, post};

/// The public pages: an event's page with its forms, the thank-you page, the confirmation link.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/events/{slug}", get(sign_up::show_event))
        .route("/events/{slug}/sign-up", post(sign_up::sign_up_participant))
        .route("/events/{slug}/employers", post(sign_up::sign_up_employer))
        .route("/events/{slug}/thanks", get(sign_up_confirm::show_thanks))
        .route(
            "/sign-up/{token}",
            get(sign_up_confirm::show_confirmation).post(sign_up_confirm::confirm),
        )
}

/// The coordinator's sign-up page of an event (behind the sign-in check of the caller).
pub fn coordinator_routes() -> Router<AppState> {
    Router::new()
        .route(
            "/coordinator/events/{id}/sign-up",
            get(coordinator_sign_up::show_sign_up).post(coordinator_sign_up::save_settings),
        )
        .route(
            "/coordinator/events/{id}/sign-up/questions",
            post(coordinator_sign_up::add_question),
        )
        .route(
            "/coordinator/events/{id}/sign-up/questions/{question_id}/remove",
            post(coordinator_sign_up::remove_question),
        )
        .route(
            "/coordinator/events/{id}/sign-ups/{sign_up_id}",
            post(coordinator_sign_up::answer_sign_up),
        )
        .route(
            "/coordinator/events/{id}/participants.csv",
            get(crate::web::coordinator::event_outputs::export_participants),
        )
}
