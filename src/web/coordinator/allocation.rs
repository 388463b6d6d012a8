//! The allocation page of a preferences session: demand per option, a preview run with its
//! figures and reasons, and the commit that books the places and mails everyone.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::ids::{CoordinatorId, RunId, SessionId};
use crate::domain::run_status::RunStatus;
use crate::i18n::request::page_locale;
use crate::i18n::text;
use crate::services::allocations::view::{AllocationPage, load, run_status_id};
use crate::services::allocations::{self, RunSettings};
use crate::services::sessions;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/allocation.html")]
struct Page {
    meta: Layout,
    csrf: String,
    page: AllocationPage,
    /// The seed offered for the next preview.
    next_seed: String,
    include_unranked: bool,
    /// The text id of what just happened.
    notice: Option<&'static str>,
    error: Option<String>,
}

impl Page {
    fn status_id(&self, status: &RunStatus) -> &'static str {
        run_status_id(*status)
    }
}

/// `?run=` picks the run on screen; `?notice=` says what just happened.
#[derive(Deserialize, Default)]
pub struct AllocationQuery {
    run: Option<String>,
    notice: Option<String>,
}

/// The preview form.
#[derive(Deserialize)]
pub struct PreviewForm {
    csrf: String,
    #[serde(default)]
    seed: String,
    #[serde(default)]
    include_unranked: Option<String>,
}

/// The commit form.
#[derive(Deserialize)]
pub struct CommitForm {
    csrf: String,
}

struct Shown {
    run: Option<Uuid>,
    seed: String,
    include_unranked: bool,
    notice: Option<&'static str>,
    error: Option<String>,
}

async fn render(
    state: &AppState,
    signed_in: &SignedIn,
    session_id: Uuid,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let found = sessions::find(&state.db, session_id).await?;
    let page = load(&state.db, found, shown.run, now_ms(), &locale).await?;
    let next_seed = if shown.seed.is_empty() {
        fresh_seed()?.to_string()
    } else {
        shown.seed
    };
    let html = Page {
        meta: Layout::titled_with(
            "coord-alloc-title",
            &[("session", &page.session.title)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        page,
        next_seed,
        include_unranked: shown.include_unranked,
        notice: shown.notice,
        error: shown.error,
    }
    .render()?;
    Ok((status, Html(html)).into_response())
}

/// A new lottery seed (the coordinator may type their own to reproduce a run).
fn fresh_seed() -> Result<u64, AppError> {
    // Shown and typed back in forms: keep it to a size people can copy.
    getrandom::u64()
        .map(|n| n % 1_000_000_000)
        .map_err(|e| AppError::Internal(format!("no randomness for the lottery seed: {e}")))
}

/// The text id of the notice `?notice=` names.
fn notice_id(notice: Option<&str>) -> Option<&'static str> {
    Some(match notice? {
        "previewed" => "coord-alloc-previewed",
        "committed" => "coord-alloc-committed",
        "already" => "coord-alloc-already",
        _ => return None,
    })
}

/// `GET /coordinator/sessions/{id}/allocation`.
pub async fn show_allocation(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Query(query): Query<AllocationQuery>,
) -> Result<Response, AppError> {
    let shown = Shown {
        run: query.run.as_deref().and_then(|r| Uuid::parse_str(r).ok()),
        seed: String::new(),
        include_unranked: false,
        notice: notice_id(query.notice.as_deref()),
        error: None,
    };
    render(&state, &signed_in, session_id, shown, StatusCode::OK).await
}

/// `POST /coordinator/sessions/{id}/allocation/preview`: solves the session and keeps the
/// result as a preview.
pub async fn run_preview(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Form(form): Form<PreviewForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let include_unranked = form.include_unranked.is_some();
    let typed = form.seed.trim();
    let seed = if typed.is_empty() {
        fresh_seed()?
    } else {
        match typed.parse::<u64>() {
            Ok(seed) => seed,
            Err(_) => {
                let shown = Shown {
                    run: None,
                    seed: typed.to_owned(),
                    include_unranked,
                    notice: None,
                    error: Some(text(
                        &page_locale(),
                        "coord-alloc-seed-number",
                        &[("count", &u64::MAX.to_string())],
                    )),
                };
                let status = StatusCode::UNPROCESSABLE_ENTITY;
                return render(&state, &signed_in, session_id, shown, status).await;
            }
        }
    };
    let settings = RunSettings {
        seed,
        include_unranked,
    };
    let coordinator = Some(CoordinatorId(signed_in.coordinator.id));
    match allocations::preview(
        &state.db,
        SessionId(session_id),
        settings,
        coordinator,
        now_ms(),
    )
    .await
    .map_err(AppError::from)
    {
        Ok(run) => Ok(Redirect::to(&format!(
            "/coordinator/sessions/{session_id}/allocation?run={run}&notice=previewed"
        ))
        .into_response()),
        Err(AppError::Conflict(message)) => {
            let shown = Shown {
                run: None,
                seed: seed.to_string(),
                include_unranked,
                notice: None,
                error: Some(message.in_locale(&page_locale())),
            };
            render(&state, &signed_in, session_id, shown, StatusCode::CONFLICT).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /coordinator/sessions/{id}/allocation/runs/{run_id}/commit`: books the preview's
/// places and mails everyone; a second press books nothing twice.
pub async fn commit_run(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((session_id, run_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<CommitForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let actor = Actor::Coordinator(signed_in.coordinator.id);
    let (session, run) = (SessionId(session_id), RunId(run_id));
    match allocations::commit(&state.db, &state.config, session, run, actor, now_ms())
        .await
        .map_err(AppError::from)
    {
        Ok(done) => {
            let notice = if done.already { "already" } else { "committed" };
            Ok(Redirect::to(&format!(
                "/coordinator/sessions/{session_id}/allocation?run={run_id}&notice={notice}"
            ))
            .into_response())
        }
        Err(AppError::Conflict(message)) => {
            let shown = Shown {
                run: Some(run_id),
                seed: String::new(),
                include_unranked: false,
                notice: None,
                error: Some(message.in_locale(&page_locale())),
            };
            render(&state, &signed_in, session_id, shown, StatusCode::CONFLICT).await
        }
        Err(e) => Err(e),
    }
}
