//! Employer contact pages, reached through a personal link (`/e/{token}`); no account.

use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::locale::Locale;
use crate::services::views::{self, EmployerHome};
use askama::Template;
use axum::extract::State;
use axum::response::Html;

#[derive(Template)]
#[template(path = "employer/event.html")]
struct EventPage {
    meta: Layout,
    home: EmployerHome,
}

/// `GET /e/{token}`: the employer's volunteers and their schedule at one event.
pub async fn show_event(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Html<String>, AppError> {
    let home = views::employer_home(&state.db, &token, now_ms()).await?;
    let page = EventPage {
        meta: Layout::new(
            home.event_title.clone(),
            &state.config.programme_name,
            &Locale::default(),
        ),
        home,
    };
    Ok(Html(page.render()?))
}
