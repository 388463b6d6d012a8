//! Pages and endpoints without a role: start page, privacy notice, health, metrics, static
//! files.

use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::state::AppState;
use crate::services::{health, mailbox};
use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    meta: Layout,
    dev_mail: bool,
}

/// `GET /`: what Fairplan is and where each role goes.
pub async fn show_home(State(state): State<AppState>) -> Result<Html<String>, AppError> {
    let page = HomePage {
        meta: Layout::titled(
            "home-title",
            &state.config.programme_name,
            &crate::i18n::request::page_locale(),
        ),
        dev_mail: state.config.shows_dev_mailbox(),
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    meta: Layout,
    retention_days: i64,
    backups_kept: usize,
}

/// `GET /privacy`: what is kept about participants, who sees it, for how long (backups
/// included), and what they can do about it; with this installation's own numbers.
pub async fn show_privacy(State(state): State<AppState>) -> Result<Html<String>, AppError> {
    let page = PrivacyPage {
        meta: Layout::titled(
            "privacy-title",
            &state.config.programme_name,
            &crate::i18n::request::page_locale(),
        ),
        retention_days: state.config.retention_days,
        backups_kept: state.config.backup_keep,
    };
    Ok(Html(page.render()?))
}

/// `GET /healthz`: 200 when the database answers, 503 when it does not.
pub async fn check_health(State(state): State<AppState>) -> Response {
    match health::check_database(&state.db).await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n").into_response()
        }
    }
}

/// `GET /metrics`: Prometheus text format, with the outbox depth read from the database.
pub async fn show_metrics(State(state): State<AppState>) -> Result<Response, AppError> {
    let counts = mailbox::count_by_status(&state.db).await?;
    state.metrics.set_outbox_depth(&counts);
    let text = state
        .metrics
        .render()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response())
}

/// `GET /static/app.css`: the one stylesheet, compiled into the binary (no CDN).
pub async fn serve_css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/app.css"),
    )
        .into_response()
}
