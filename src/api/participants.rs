//! `/api/v1/events/{id}/participants`: an event's list of people, and importing a CSV file of
//! them with the same checks as the coordinator's upload: every problem by line and column, and
//! nothing saved while any row is wrong unless `valid_rows_only=true` is asked for.

use super::extract::{ApiCoordinator, Path, Query};
use super::schema::{
    AnswerOut, ErrorEnvelope, ImportOut, ImportProblemOut, ImportRefused, ParticipantOut,
};
use crate::app::error::{ApiError, AppError};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::csv_table::ImportProblem;
use crate::domain::participant_import::parse_file;
use crate::i18n::InLocale as _;
use crate::services::{events, participants, sign_up_answers};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

/// How to treat a file with problems.
#[derive(Deserialize, IntoParams)]
pub struct ImportOptions {
    /// `true`: import the valid rows and report the others; otherwise nothing is imported while
    /// any row has a problem.
    #[serde(default)]
    pub valid_rows_only: bool,
}

fn problems_out(problems: Vec<ImportProblem>) -> Vec<ImportProblemOut> {
    problems
        .into_iter()
        .map(|p| ImportProblemOut {
            line: p.line,
            message: p.in_locale(&crate::domain::locale::Locale::default()),
            column: p.column,
        })
        .collect()
}

/// The people on an event's list, by name.
#[utoipa::path(get, path = "/api/v1/events/{event_id}/participants", tag = "participants",
    params(("event_id" = Uuid, Path, description = "The event")),
    responses((status = 200, body = [ParticipantOut]), (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn list_participants(
    State(state): State<AppState>,
    _who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
) -> Result<Json<Vec<ParticipantOut>>, ApiError> {
    events::find(&state.db, event_id).await?;
    let people = participants::listed(&state.db, event_id)
        .await
        .map_err(AppError::from)?;
    let answers = sign_up_answers::of_event(&state.db, event_id)
        .await
        .map_err(AppError::from)?;
    Ok(Json(
        people
            .into_iter()
            .map(|person| ParticipantOut {
                id: person.id,
                name: person.name,
                email: person.email,
                phone: person.phone,
                language: person.locale,
                invited: person.invited_at.is_some(),
                answers: answers
                    .given_by(person.id)
                    .into_iter()
                    .map(|(question, answer)| AnswerOut { question, answer })
                    .collect(),
            })
            .collect(),
    ))
}

/// Imports people from a CSV file sent as the request body (`Content-Type: text/csv`), columns
/// `name,email,phone,language,occupations,languages,needs` (an `email` cell may be empty when
/// the row gives a `phone`; `occupations` are ISCO-08 sub-major group codes like `22`, or their
/// names in any language Fairplan speaks, separated by `;`). Answers 422 with every problem when a row
/// is wrong and `valid_rows_only` is not set; then nothing was saved. At most 2 MB.
#[utoipa::path(post, path = "/api/v1/events/{event_id}/participants/import", tag = "participants",
    params(("event_id" = Uuid, Path, description = "The event"), ImportOptions),
    request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = ImportOut), (status = 422, body = ImportRefused),
        (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn import_participants(
    State(state): State<AppState>,
    _who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
    Query(options): Query<ImportOptions>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|rejection| {
        AppError::Validation(vec![crate::app::error::FieldError::new(
            "body",
            format!("the file could not be read ({})", rejection.body_text()),
        )])
    })?;
    events::find(&state.db, event_id).await?;
    if body.iter().all(u8::is_ascii_whitespace) {
        let out = ImportOut {
            added: 0,
            merged: 0,
            skipped: 0,
            problems: problems_out(vec![ImportProblem::new(
                0,
                "",
                "the request has no file: send the CSV file as its body (Content-Type: text/csv)",
            )]),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(out)).into_response());
    }
    let report = parse_file(&body);
    if report.rows.is_empty() && report.problems.is_empty() {
        let out = ImportOut {
            added: 0,
            merged: 0,
            skipped: 0,
            problems: problems_out(vec![ImportProblem::new(0, "", "the file holds no people")]),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(out)).into_response());
    }
    // With no row to keep, "valid rows only" has nothing to save: the file is refused whole
    // (a header that is not the participants' columns, say), never answered as a success.
    if !report.problems.is_empty() && (!options.valid_rows_only || report.rows.is_empty()) {
        let out = ImportOut {
            added: 0,
            merged: 0,
            skipped: 0,
            problems: problems_out(report.problems),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(out)).into_response());
    }
    let outcome = participants::import(&state.db, event_id, &report.rows, now_ms()).await?;
    let mut skipped_lines: Vec<usize> = report.problems.iter().map(|p| p.line).collect();
    skipped_lines.dedup();
    let out = ImportOut {
        added: outcome.added_to_event,
        merged: outcome.merged + report.merged,
        skipped: skipped_lines.len(),
        problems: problems_out(report.problems),
    };
    Ok(Json(out).into_response())
}

/// How many invitations went out.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct InvitationsOut {
    /// People mailed their personal booking link now.
    pub sent: usize,
}

/// Mails everyone on a published event's list who has not had it yet their personal booking
/// link (through the outbox; each person once).
#[utoipa::path(post, path = "/api/v1/events/{event_id}/invitations", tag = "participants",
    params(("event_id" = Uuid, Path, description = "A published event")),
    responses((status = 200, body = InvitationsOut), (status = 409, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)),
    security(("api_token" = [])))]
pub async fn send_invitations(
    State(state): State<AppState>,
    _who: ApiCoordinator,
    Path(event_id): Path<Uuid>,
) -> Result<Json<InvitationsOut>, ApiError> {
    let sent = participants::send_invitations(&state.db, &state.config, event_id, now_ms()).await?;
    Ok(Json(InvitationsOut { sent }))
}
