//! Every event on one page, past ones included, each with a way to run it again.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::state::AppState;
use crate::i18n::request::page_locale;
use crate::services::views::{self, EventSummary};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};

#[derive(Template)]
#[template(path = "coordinator/events.html")]
struct EventsPage {
    meta: Layout,
    events: Vec<EventSummary>,
}

/// `GET /coordinator/events`.
pub async fn show_events(
    State(state): State<AppState>,
    _signed_in: SignedIn,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let page = EventsPage {
        meta: Layout::titled("coord-events-title", &state.config.programme_name, &locale),
        events: views::event_overviews(&state.db, &locale).await?,
    };
    Ok(Html(page.render()?).into_response())
}
