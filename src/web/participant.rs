//! Participant pages, reached through a personal link (`/p/{token}`); no account.

use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::locale::Locale;
use crate::services::views::{self, ParticipantHome};
use askama::Template;
use axum::extract::State;
use axum::response::Html;

#[derive(Template)]
#[template(path = "participant/event.html")]
struct EventPage {
    meta: Layout,
    home: ParticipantHome,
}

/// `GET /p/{token}`: the participant's sessions, options and bookings for one event.
pub async fn show_event(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Html<String>, AppError> {
    let home = views::participant_home(&state.db, &token, now_ms()).await?;
    let page = EventPage {
        meta: Layout::new(
            home.event_title.clone(),
            &state.config.programme_name,
            &Locale::negotiate(&home.locale),
        ),
        home,
    };
    Ok(Html(page.render()?))
}
