//! What came of an event for its participants: the coordinator records interview invitations,
//! offers, placements ... per person, with date and employer, and removes mistakes.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::fields::{FormErrors, TypedForm};
use crate::domain::ids::{CoordinatorId, EventId, OutcomeId};
use crate::domain::outcome::{OutcomeKind, check};
use crate::domain::time::local_date;
use crate::i18n::request::page_locale;
use crate::services::events::{self, EventSummary};
use crate::services::outcomes::{self, OutcomesView};
use crate::web::csrf::CsrfForm;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/outcomes.html")]
struct Page {
    meta: Layout,
    csrf: String,
    event: EventSummary,
    view: OutcomesView,
    /// (stored code, text id of its name) per kind.
    kinds: &'static [OutcomeKind],
    typed: TypedForm,
    errors: FormErrors,
    /// The text id of the note after a change.
    notice: Option<&'static str>,
}

/// `?notice=` after a change.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OutcomesQuery {
    notice: String,
}

async fn render(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    typed: TypedForm,
    errors: FormErrors,
    notice: Option<&'static str>,
) -> Result<Response, AppError> {
    let event = events::summary(&state.db, event_id).await?;
    let view = outcomes::view(&state.db, event_id).await?;
    let status = crate::web::form_status(&errors);
    let locale = page_locale();
    let errors = crate::web::form_errors_in(&errors, &locale);
    let page = Page {
        meta: Layout::titled_with(
            "coord-outcomes-title",
            &[("event", &event.title)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        event,
        view,
        kinds: OutcomeKind::ALL,
        typed,
        errors,
        notice,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /coordinator/events/{id}/outcomes`.
pub async fn show_outcomes(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Query(query): Query<OutcomesQuery>,
) -> Result<Response, AppError> {
    let notice = match query.notice.as_str() {
        "recorded" => Some("coord-notice-recorded"),
        "removed" => Some("coord-notice-removed"),
        _ => None,
    };
    render(
        &state,
        &signed_in,
        event_id,
        TypedForm::default(),
        FormErrors::none(),
        notice,
    )
    .await
}

/// `POST /coordinator/events/{id}/outcomes`: records one outcome.
pub async fn record_outcome(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let typed = TypedForm::from_pairs(fields);
    signed_in.check_csrf(typed.value("csrf"))?;
    let today = local_date(now_ms(), &state.config.time_zone)?;
    let draft = match check(|field| typed.owned(field), today) {
        Ok(draft) => draft,
        Err(errors) => return render(&state, &signed_in, event_id, typed, errors, None).await,
    };
    match outcomes::record(
        &state.db,
        EventId(event_id),
        CoordinatorId(signed_in.coordinator.id),
        &draft,
        now_ms(),
    )
    .await
    .map_err(AppError::from)
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/coordinator/events/{event_id}/outcomes?notice=recorded"
        ))
        .into_response()),
        Err(AppError::Conflict(message)) => {
            let mut errors = FormErrors::none();
            errors.push("participant", message.in_locale(&page_locale()));
            render(&state, &signed_in, event_id, typed, errors, None).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /coordinator/events/{id}/outcomes/{outcome_id}/delete`: removes a mistake.
pub async fn remove_outcome(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, outcome_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    outcomes::remove(&state.db, EventId(event_id), OutcomeId(outcome_id)).await?;
    Ok(Redirect::to(&format!(
        "/coordinator/events/{event_id}/outcomes?notice=removed"
    ))
    .into_response())
}
