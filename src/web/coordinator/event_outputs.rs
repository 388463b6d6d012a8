//! What a coordinator takes away from an event: the bookings and the volunteers' schedule as CSV
//! files, and the printable run sheet per room and table.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
use crate::domain::local_time::to_civil;
use crate::i18n::request::page_locale;
use crate::services::event_exports::{self, bookings_csv, volunteer_schedule_csv};
use crate::services::events::EventSummary;
use crate::services::run_sheet::{RunSheet, run_sheet};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/run_sheet.html")]
struct RunSheetPage {
    meta: Layout,
    event_id: Uuid,
    sheet: RunSheet,
}

/// A CSV download named after what it holds and the event's date.
pub(super) fn csv_download(
    event: &EventSummary,
    what: &str,
    body: String,
) -> Result<Response, AppError> {
    let date = to_civil(event.starts_at, &event.time_zone)?.date();
    let disposition = format!("attachment; filename=\"fairplan-{what}-{date}.csv\"");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}

/// `GET /coordinator/events/{id}/bookings.csv`.
pub async fn export_bookings(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let (event, body) = event_exports::export(&state.db, id, bookings_csv).await?;
    csv_download(&event, "bookings", body)
}

/// `GET /coordinator/events/{id}/volunteer-schedule.csv`.
pub async fn export_volunteer_schedule(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let (event, body) = event_exports::export(&state.db, id, volunteer_schedule_csv).await?;
    csv_download(&event, "volunteer-schedule", body)
}

/// `GET /coordinator/events/{id}/participants.csv`: the list with the answers to the event's
/// own questions.
pub async fn export_participants(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let (event, body) = crate::services::sign_up_answers::participants_csv(&state.db, id).await?;
    csv_download(&event, "participants", body)
}

/// `GET /coordinator/events/{id}/run-sheet`: one card per room and table, made for printing.
pub async fn show_run_sheet(
    State(state): State<AppState>,
    _signed_in: SignedIn,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let sheet = run_sheet(&state.db, id).await?;
    let page = RunSheetPage {
        meta: Layout::titled_with(
            "coord-run-sheet-heading",
            &[("event", &sheet.title)],
            &state.config.programme_name,
            &page_locale(),
        ),
        event_id: id,
        sheet,
    };
    Ok(Html(page.render()?).into_response())
}
