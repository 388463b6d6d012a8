//! An event's sessions tab (add, change, copy each) and its allocation-and-rounds tab (the
//! sessions that are shared out by a fair allocation or seated by a rounds plan).

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
use crate::i18n::request::page_locale;
use crate::services::events::{self, EventDetails};
use crate::services::views::{self, SessionLine};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/sessions.html")]
struct SessionsPage {
    meta: Layout,
    csrf: String,
    event: EventDetails,
    editable: bool,
    sessions: Vec<SessionLine>,
}

#[derive(Template)]
#[template(path = "coordinator/planning.html")]
struct PlanningPage {
    meta: Layout,
    allocations: Vec<SessionLine>,
    rotations: Vec<SessionLine>,
}

/// `GET /coordinator/events/{id}/sessions`.
pub async fn show_sessions(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let event = events::find(&state.db, event_id).await?;
    let sessions = views::session_lines(&state.db, &event, &locale).await?;
    let event = EventDetails::from(event);
    let page = SessionsPage {
        meta: Layout::titled_with(
            "coord-sessions-of",
            &[("event", &event.title)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf,
        editable: event.status.editable(),
        event,
        sessions,
    };
    Ok(Html(page.render()?).into_response())
}

/// `GET /coordinator/events/{id}/planning`.
pub async fn show_planning(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let event = events::find(&state.db, event_id).await?;
    let lines = views::session_lines(&state.db, &event, &locale).await?;
    // A speed-networking session whose places are ranked belongs in both lists.
    let allocations = lines
        .iter()
        .filter(|s| s.booking_mode == "preferences")
        .cloned()
        .collect();
    let rotations = lines
        .iter()
        .filter(|s| s.format == "speed_networking")
        .cloned()
        .collect();
    let page = PlanningPage {
        meta: Layout::titled_with(
            "coord-planning-of",
            &[("event", &event.title)],
            &state.config.programme_name,
            &locale,
        ),
        allocations,
        rotations,
    };
    Ok(Html(page.render()?).into_response())
}
