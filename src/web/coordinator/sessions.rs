//! Adding and changing the sessions of an event.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::cefr::CefrLevel;
use crate::domain::fields::FormErrors;
use crate::domain::local_time::format_local_input;
use crate::domain::organiser_note::parse_note;
use crate::domain::session_draft::{Format, SessionDraft, SessionInput};
use crate::i18n::request::page_locale;
use crate::services::events::{self, EventSummary};
use crate::services::sessions;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/session_form.html")]
struct SessionFormPage {
    meta: Layout,
    heading: &'static str,
    submit: &'static str,
    action: String,
    csrf: String,
    event: EventSummary,
    input: SessionInput,
    errors: FormErrors,
    formats: [Format; 4],
    levels: Vec<&'static str>,
    /// Whether an existing session is changed (then a note for the people it reaches is asked).
    editing: bool,
}

/// The session form with its anti-forgery token.
#[derive(Deserialize)]
pub struct SessionForm {
    csrf: String,
    #[serde(flatten)]
    input: SessionInput,
}

fn form_page(
    state: &AppState,
    signed_in: &SignedIn,
    event: EventSummary,
    editing: Option<Uuid>,
    input: SessionInput,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (heading, submit, action) = match editing {
        Some(id) => (
            "coord-session-edit",
            "coord-event-save",
            format!("/coordinator/sessions/{id}"),
        ),
        None => (
            "coord-session-new",
            "coord-session-add",
            format!("/coordinator/events/{}/sessions", event.id),
        ),
    };
    let status = super::form_status(&errors);
    let locale = page_locale();
    let errors = crate::web::form_errors_in(&errors, &locale);
    let page = SessionFormPage {
        meta: Layout::titled(heading, &state.config.programme_name, &locale),
        heading,
        submit,
        action,
        csrf: signed_in.csrf.clone(),
        event,
        input,
        errors,
        formats: Format::ALL,
        levels: CefrLevel::ALL.iter().map(|l| l.as_str()).collect(),
        editing: editing.is_some(),
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /coordinator/events/{id}/sessions/new`.
pub async fn new_session(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
) -> Result<Response, AppError> {
    let event = events::summary(&state.db, event_id).await?;
    let day = format_local_input(event.starts_at, &event.time_zone)?;
    let end = format_local_input(event.ends_at, &event.time_zone)?;
    let input = SessionInput {
        starts: day,
        ends: end,
        ..SessionInput::default()
    };
    form_page(&state, &signed_in, event, None, input, FormErrors::none())
}

/// `POST /coordinator/events/{id}/sessions`.
pub async fn create_session(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<SessionForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let event = events::summary(&state.db, event_id).await?;
    let parsed = SessionDraft::parse(
        &form.input,
        &event.time_zone,
        (event.starts_at, event.ends_at),
    );
    let errors = match parsed {
        Ok(draft) => {
            let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
            match sessions::create(&state.db, &state.config, event_id, &draft, acting).await {
                Ok(_) => {
                    return Ok(Redirect::to(&format!(
                        "/coordinator/events/{event_id}?notice=session-added"
                    ))
                    .into_response());
                }
                Err(error) => crate::web::refusal_on_form(error)?,
            }
        }
        Err(errors) => FormErrors(errors),
    };
    form_page(&state, &signed_in, event, None, form.input, errors)
}

/// `GET /coordinator/sessions/{id}/edit`.
pub async fn edit_session(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
) -> Result<Response, AppError> {
    let (input, event) = sessions::edit_form(&state.db, session_id).await?;
    form_page(
        &state,
        &signed_in,
        event,
        Some(session_id),
        input,
        FormErrors::none(),
    )
}

/// `POST /coordinator/sessions/{id}`.
pub async fn update_session(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Form(form): Form<SessionForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let event = sessions::event_of(&state.db, session_id).await?;
    let parsed = SessionDraft::parse(
        &form.input,
        &event.time_zone,
        (event.starts_at, event.ends_at),
    );
    let errors = match (parsed, parse_note(&form.input.note)) {
        (Ok(draft), Ok(note)) => {
            let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
            let change = (session_id, &draft, note.as_str());
            match sessions::update(&state.db, &state.config, change, acting).await {
                Ok(retimed) => {
                    let notice = if retimed > 0 {
                        "session-moved"
                    } else {
                        "session-saved"
                    };
                    return Ok(Redirect::to(&format!(
                        "/coordinator/events/{}?notice={notice}",
                        event.id
                    ))
                    .into_response());
                }
                Err(error) => crate::web::refusal_on_form(error)?,
            }
        }
        (parsed, note) => {
            let mut errors = parsed.err().unwrap_or_default();
            errors.extend(note.err());
            FormErrors(errors)
        }
    };
    form_page(
        &state,
        &signed_in,
        event,
        Some(session_id),
        form.input,
        errors,
    )
}
