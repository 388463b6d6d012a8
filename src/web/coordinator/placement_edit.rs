//! Changing or removing one taster placement: `/coordinator/sessions/{id}/placements/{slot}`.
//! Removing one with people placed asks what becomes of them first.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::fields::FormErrors;
use crate::domain::organiser_note::parse_note;
use crate::domain::placement_draft::{PlacementDraft, PlacementInput};
use crate::i18n::request::page_locale;
use crate::services::error::ServiceError;
use crate::services::placement_changes::{self, PlacedPeople};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/placement_edit.html")]
struct EditPage {
    meta: Layout,
    csrf: String,
    session_id: Uuid,
    slot_id: Uuid,
    /// People placed there now.
    booked: i32,
    /// The employer offering it.
    employer: String,
    /// The note typed into the remove form, when a removal was refused.
    remove_note: String,
    input: PlacementInput,
    note: String,
    errors: FormErrors,
}

/// The edit form with its token and the note for the people placed there.
#[derive(Deserialize)]
pub struct EditForm {
    csrf: String,
    #[serde(default)]
    note: String,
    #[serde(flatten)]
    input: PlacementInput,
}

/// The remove form: what becomes of the people placed there, and the note they get.
#[derive(Deserialize)]
pub struct RemoveForm {
    csrf: String,
    #[serde(default)]
    placed: String,
    #[serde(default)]
    note: String,
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    (session_id, slot_id): (Uuid, Uuid),
    (typed, remove_note): (Option<(PlacementInput, String)>, String),
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (stored, slot) = placement_changes::form_input(&state.db, (session_id, slot_id)).await?;
    let employer = placement_changes::employer_name(&state.db, &slot).await?;
    let (input, note) = typed.unwrap_or((stored, String::new()));
    let locale = page_locale();
    let status = super::form_status(&errors);
    let page = EditPage {
        meta: Layout::titled_with(
            "coord-placement-edit-of",
            &[("employer", &employer)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        session_id,
        slot_id,
        booked: slot.booked,
        employer,
        remove_note,
        input,
        note,
        errors: crate::web::form_errors_in(&errors, &locale),
    };
    Ok((status, Html(page.render()?)).into_response())
}

fn back(session_id: Uuid, notice: &str, count: usize) -> Response {
    Redirect::to(&format!(
        "/coordinator/sessions/{session_id}/placements?{notice}={count}"
    ))
    .into_response()
}

/// `GET /coordinator/sessions/{id}/placements/{slot_id}/edit`.
pub async fn edit_placement(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(ids): Path<(Uuid, Uuid)>,
) -> Result<Response, AppError> {
    page(
        &state,
        &signed_in,
        ids,
        (None, String::new()),
        FormErrors::none(),
    )
    .await
}

/// `POST /coordinator/sessions/{id}/placements/{slot_id}`: saves the change.
pub async fn update_placement(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((session_id, slot_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<EditForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let (stored, _) = placement_changes::form_input(&state.db, (session_id, slot_id)).await?;
    // The employer of a placement stays; only what it offers changes.
    let input = PlacementInput {
        employer_id: stored.employer_id.clone(),
        ..form.input
    };
    let employers: Vec<Uuid> = input.employer_id.parse().into_iter().collect();
    let parsed = (
        PlacementDraft::parse(&input, &employers),
        parse_note(&form.note),
    );
    let errors = match parsed {
        (Ok(draft), Ok(note)) => {
            let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
            let asked = (session_id, slot_id, &draft, note.as_str());
            match placement_changes::change(&state.db, &state.config, asked, acting).await {
                Ok(told) => return Ok(back(session_id, "changed", told)),
                Err(ServiceError::Invalid(errors)) => FormErrors(errors),
                Err(other) => return Err(other.into()),
            }
        }
        (draft, note) => FormErrors(
            draft
                .err()
                .into_iter()
                .flatten()
                .chain(note.err())
                .collect(),
        ),
    };
    let typed = (Some((input, form.note)), String::new());
    page(&state, &signed_in, (session_id, slot_id), typed, errors).await
}

/// `POST /coordinator/sessions/{id}/placements/{slot_id}/remove`.
pub async fn remove_placement(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((session_id, slot_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<RemoveForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let placed = match form.placed.as_str() {
        "move" => Some(PlacedPeople::Move),
        "cancel" => Some(PlacedPeople::Cancel),
        _ => None,
    };
    let note = parse_note(&form.note).map_err(|problem| AppError::Validation(vec![problem]))?;
    let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
    let asked = (placed, note.as_str());
    match placement_changes::remove(
        &state.db,
        &state.config,
        (session_id, slot_id),
        asked,
        acting,
    )
    .await
    {
        Ok(concerned) => Ok(back(session_id, "removed", concerned)),
        Err(ServiceError::Invalid(errors)) => {
            let typed = (None, form.note);
            page(
                &state,
                &signed_in,
                (session_id, slot_id),
                typed,
                FormErrors(errors),
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
