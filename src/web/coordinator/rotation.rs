//! The rounds plan of a speed-networking session: plan or re-plan who sits where, print the
//! table cards and itineraries, and mail each participant their plan.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::i18n::request::page_locale;
use crate::i18n::{Message, count_text, text};
use crate::services::rotations::view::{Plan, load_page};
use crate::services::rotations::{self, PlanRequest};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/rotation.html")]
struct Page {
    meta: Layout,
    csrf: String,
    plan: Plan,
    notice: Option<String>,
    error: Option<String>,
}

impl Page {
    /// "12 people hold a seat; 3 tables; 4 rounds."
    fn summary(&self) -> String {
        let locale = self.meta.locale();
        let people = count_text(
            locale,
            "coord-rotation-people",
            self.plan.itineraries.len() as i64,
        );
        let tables = count_text(
            locale,
            "coord-rotation-tables",
            self.plan.cards.len() as i64,
        );
        let rounds = count_text(
            locale,
            "coord-rotation-rounds",
            self.plan.rounds.len() as i64,
        );
        text(
            locale,
            "coord-rotation-summary",
            &[
                ("people", &people),
                ("tables", &tables),
                ("rounds", &rounds),
            ],
        )
    }
}

/// `?notice=` after a change.
#[derive(Deserialize, Default)]
pub struct RotationQuery {
    notice: Option<String>,
    sent: Option<usize>,
}

/// The CSRF-only form (mailing the plan).
#[derive(Deserialize)]
pub struct MailForm {
    csrf: String,
}

async fn render(
    state: &AppState,
    signed_in: &SignedIn,
    session_id: Uuid,
    notice: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (_event, plan) = load_page(&state.db, session_id).await?;
    let html = Page {
        meta: Layout::titled_with(
            "coord-rotation-title",
            &[("session", &plan.session.title)],
            &state.config.programme_name,
            &page_locale(),
        ),
        csrf: signed_in.csrf.clone(),
        plan,
        notice,
        error,
    }
    .render()?;
    Ok((status, Html(html)).into_response())
}

/// `GET /coordinator/sessions/{id}/rotation`.
pub async fn show_rotation(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Query(query): Query<RotationQuery>,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let notice = match query.notice.as_deref() {
        Some("planned") => Some(text(&locale, "coord-rotation-planned", &[])),
        Some("mailed") => Some(count_text(
            &locale,
            "coord-rotation-mailed",
            query.sent.unwrap_or_default() as i64,
        )),
        _ => None,
    };
    render(&state, &signed_in, session_id, notice, None, StatusCode::OK).await
}

/// Reads the plan form: `seed`, `from_round` and any number of `absent` participant ids.
/// The plan asked for, or the id of the problem with the form.
fn plan_request(fields: &[(String, String)]) -> Result<PlanRequest, &'static str> {
    let value = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .unwrap_or_default()
    };
    let seed = match value("seed") {
        "" => 0,
        typed => typed.parse().map_err(|_| "coord-rotation-seed-number")?,
    };
    let from_round = match value("from_round") {
        "" => 1,
        typed => typed.parse().map_err(|_| "coord-rotation-choose-from")?,
    };
    let absent = fields
        .iter()
        .filter(|(k, _)| k == "absent")
        .filter_map(|(_, v)| Uuid::parse_str(v).ok())
        .collect();
    Ok(PlanRequest {
        seed,
        from_round,
        absent,
    })
}

/// `POST /coordinator/sessions/{id}/rotation/plan`: plans (or re-plans from a round) and stores
/// the seating.
pub async fn plan_rounds(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let csrf = fields
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    signed_in.check_csrf(csrf)?;
    let outcome = match plan_request(&fields) {
        Ok(request) => rotations::plan(&state.db, session_id, &request)
            .await
            .map_err(AppError::from),
        Err(id) => Err(AppError::Conflict(Message::new(id))),
    };
    match outcome {
        Ok(_) => Ok(Redirect::to(&format!(
            "/coordinator/sessions/{session_id}/rotation?notice=planned"
        ))
        .into_response()),
        Err(AppError::Conflict(message)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let message = message.in_locale(&page_locale());
            render(&state, &signed_in, session_id, None, Some(message), status).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /coordinator/sessions/{id}/rotation/mail`: mails everyone with a table their plan.
pub async fn mail_rotation(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Form(form): Form<MailForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    match rotations::mail_plans(&state.db, &state.config, session_id, now_ms())
        .await
        .map_err(AppError::from)
    {
        Ok(sent) => Ok(Redirect::to(&format!(
            "/coordinator/sessions/{session_id}/rotation?notice=mailed&sent={sent}"
        ))
        .into_response()),
        Err(AppError::Conflict(message)) => {
            let status = StatusCode::CONFLICT;
            let message = message.in_locale(&page_locale());
            render(&state, &signed_in, session_id, None, Some(message), status).await
        }
        Err(e) => Err(e),
    }
}
