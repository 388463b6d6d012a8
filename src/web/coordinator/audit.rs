//! `/coordinator/audit`: the audit log, newest first: who looked at or exported sensitive facts,
//! who changed which booking, who erased whom.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::state::AppState;
use crate::i18n::request::page_locale;
use crate::services::audit_log::{self, AuditLine};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::response::Html;

/// How many entries the page shows.
const SHOWN: u64 = 300;

#[derive(Template)]
#[template(path = "coordinator/audit.html")]
struct Page {
    meta: Layout,
    lines: Vec<AuditLine>,
}

/// `GET /coordinator/audit`.
pub async fn show_audit(
    State(state): State<AppState>,
    _signed_in: SignedIn,
) -> Result<Html<String>, AppError> {
    let locale = page_locale();
    let zone = state.config.time_zone.as_str();
    let lines = audit_log::latest(&state.db, SHOWN, (zone, &locale)).await?;
    let page = Page {
        meta: Layout::titled("coord-audit-title", &state.config.programme_name, &locale),
        lines,
    };
    Ok(Html(page.render()?))
}
