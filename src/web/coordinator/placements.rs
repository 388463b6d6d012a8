//! The placements of a `placement` session: each employer's taster places, added one by one.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::db::{employers, overview};
use crate::domain::fields::FormErrors;
use crate::domain::placement_draft::{PlacementDraft, PlacementInput};
use crate::entities::{employer, event, session, slot};
use crate::i18n::request::page_locale;
use crate::services::sessions;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/placements.html")]
struct PlacementsPage {
    meta: Layout,
    csrf: String,
    event: event::Model,
    session: session::Model,
    employers: Vec<employer::Model>,
    /// Each placement with its employer's name.
    placements: Vec<(slot::Model, String)>,
    input: PlacementInput,
    errors: FormErrors,
}

/// The placement form with its token.
#[derive(Deserialize)]
pub struct PlacementForm {
    csrf: String,
    #[serde(flatten)]
    input: PlacementInput,
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    session_id: Uuid,
    input: PlacementInput,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (session, event) = sessions::find(&state.db, session_id).await?;
    let employers: Vec<employer::Model> = employers::of_event(&state.db, event.id)
        .await?
        .into_iter()
        .map(|(employer, _)| employer)
        .collect();
    let placements = overview::slots_of_session(&state.db, session.id)
        .await?
        .into_iter()
        .map(|slot| {
            let name = employers
                .iter()
                .find(|e| Some(e.id) == slot.employer_id)
                .map(|e| e.name.clone())
                .unwrap_or_default();
            (slot, name)
        })
        .collect();
    let status = if errors.any() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let locale = page_locale();
    let errors = crate::web::form_errors_in(&errors, &locale);
    let page = PlacementsPage {
        meta: Layout::titled(
            "coord-placements-title",
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        event,
        session,
        employers,
        placements,
        input,
        errors,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /coordinator/sessions/{id}/placements`.
pub async fn show_placements(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
) -> Result<Response, AppError> {
    let input = PlacementInput {
        capacity: "1".to_owned(),
        ..PlacementInput::default()
    };
    page(&state, &signed_in, session_id, input, FormErrors::none()).await
}

/// `POST /coordinator/sessions/{id}/placements`: adds one employer's placement.
pub async fn add_placement(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Form(form): Form<PlacementForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let (_, event) = sessions::find(&state.db, session_id).await?;
    let invited: Vec<Uuid> = employers::of_event(&state.db, event.id)
        .await?
        .into_iter()
        .map(|(employer, _)| employer.id)
        .collect();
    match PlacementDraft::parse(&form.input, &invited) {
        Ok(draft) => {
            sessions::add_placement(&state.db, session_id, &draft, now_ms()).await?;
            Ok(
                Redirect::to(&format!("/coordinator/sessions/{session_id}/placements"))
                    .into_response(),
            )
        }
        Err(errors) => {
            page(
                &state,
                &signed_in,
                session_id,
                form.input,
                FormErrors(errors),
            )
            .await
        }
    }
}
