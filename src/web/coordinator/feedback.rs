//! All written feedback of an event, for its coordinators.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
use crate::domain::ids::EventId;
use crate::i18n::request::page_locale;
use crate::services::events::{self, EventSummary};
use crate::services::feedback::views::{self, EventFeedback};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/feedback.html")]
struct Page {
    meta: Layout,
    event: EventSummary,
    feedback: EventFeedback,
}

/// `GET /coordinator/events/{id}/feedback`.
pub async fn show_feedback(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
) -> Result<Html<String>, AppError> {
    let event = events::summary(&state.db, event_id).await?;
    let feedback = views::of_event(&state.db, EventId(event.id), &event.time_zone, None).await?;
    let page = Page {
        meta: Layout::titled_with(
            "coord-feedback-heading",
            &[("event", &event.title)],
            &state.config.programme_name,
            &page_locale(),
        ),
        event,
        feedback,
    };
    Ok(Html(page.render()?))
}
