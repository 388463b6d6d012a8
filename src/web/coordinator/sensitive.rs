//! A participant's sensitive facts, for coordinators only:
//! `/coordinator/events/{id}/participants/{participant_id}/sensitive`. Showing the page and
//! saving it are both written to the audit log, which the page lists for this person.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::fields::{FormErrors, TypedForm};
use crate::domain::ids::{CoordinatorId, EventId, ParticipantId};
use crate::domain::sensitive::check;
use crate::domain::time::local_date;
use crate::i18n;
use crate::i18n::request::page_locale;
use crate::services::audit_log;
use crate::services::sensitive_facts::{self, SensitiveView};
use crate::web::csrf::CsrfForm;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/sensitive.html")]
struct Page {
    meta: Layout,
    csrf: String,
    event_id: Uuid,
    view: SensitiveView,
    typed: TypedForm,
    errors: FormErrors,
    saved: bool,
    /// (when, who, what) for this person, newest first.
    log: Vec<(String, String, String)>,
}

/// `?saved=1` after saving.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: String,
}

/// The form's values: as typed after a problem, else as stored.
fn stored_values(view: &SensitiveView) -> TypedForm {
    let facts = view.facts.as_ref();
    let delete_after = facts
        .and_then(|f| f.delete_after)
        // Stored as the start of the next day in UTC (see `services::sensitive_facts::save`).
        .and_then(|ms| local_date(ms - 1, "UTC").ok())
        .map(|day| day.to_string())
        .unwrap_or_default();
    TypedForm::from_pairs([
        (
            "residence_status",
            facts
                .and_then(|f| f.residence_status.clone())
                .unwrap_or_default(),
        ),
        (
            "work_permit",
            facts
                .and_then(|f| f.work_permit.clone())
                .unwrap_or_default(),
        ),
        (
            "notes",
            facts.and_then(|f| f.notes.clone()).unwrap_or_default(),
        ),
        ("delete_after", delete_after),
    ])
}

async fn render(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: EventId,
    participant_id: ParticipantId,
    typed: Option<(TypedForm, FormErrors)>,
    saved: bool,
) -> Result<Response, AppError> {
    let now = now_ms();
    let view = sensitive_facts::view(
        &state.db,
        CoordinatorId(signed_in.coordinator.id),
        event_id,
        participant_id,
        now,
    )
    .await?;
    let locale = page_locale();
    let zone = state.config.time_zone.as_str();
    let log =
        audit_log::about_participant(&state.db, participant_id.0, 50, (zone, &locale)).await?;
    let (typed, errors) = typed.unwrap_or_else(|| (stored_values(&view), FormErrors::none()));
    let status = crate::web::form_status(&errors);
    let errors = crate::web::form_errors_in(&errors, &locale);
    let page = Page {
        meta: Layout::new(
            format!(
                "{} {}",
                i18n::text(&locale, "coord-sensitive-heading", &[]),
                view.person.name
            ),
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        event_id: event_id.0,
        view,
        typed,
        errors,
        saved,
        log,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET .../participants/{participant_id}/sensitive`: the facts (the look is logged).
pub async fn show_sensitive(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, participant_id)): Path<(Uuid, Uuid)>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let (event, person) = (EventId(event_id), ParticipantId(participant_id));
    render(
        &state,
        &signed_in,
        event,
        person,
        None,
        !query.saved.is_empty(),
    )
    .await
}

/// `POST .../participants/{participant_id}/sensitive`: replaces the facts (logged).
pub async fn save_sensitive(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, participant_id)): Path<(Uuid, Uuid)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let typed = TypedForm::from_pairs(fields);
    signed_in.check_csrf(typed.value("csrf"))?;
    let today = local_date(now_ms(), &state.config.time_zone)?;
    let (event, person) = (EventId(event_id), ParticipantId(participant_id));
    let draft = match check(|field| typed.owned(field), today) {
        Ok(draft) => draft,
        Err(errors) => {
            let typed = Some((typed, errors));
            return render(&state, &signed_in, event, person, typed, false).await;
        }
    };
    let coordinator = CoordinatorId(signed_in.coordinator.id);
    sensitive_facts::save(&state.db, coordinator, event, person, &draft, now_ms()).await?;
    Ok(Redirect::to(&format!(
        "/coordinator/events/{event_id}/participants/{participant_id}/sensitive?saved=1"
    ))
    .into_response())
}

/// `POST /coordinator/events/{id}/sensitive-facts.csv`: everyone's sensitive facts as CSV. A
/// form, not a link, so it is always deliberate; logged like a look.
pub async fn export_sensitive(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let (event, body) = sensitive_facts::export(
        &state.db,
        CoordinatorId(signed_in.coordinator.id),
        EventId(event_id),
        now_ms(),
    )
    .await?;
    super::event_outputs::csv_download(&event, "sensitive-facts", body)
}
