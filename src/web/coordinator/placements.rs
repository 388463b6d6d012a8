//! The placements of a `placement` session: each employer's taster places, added one by one.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::fields::FormErrors;
use crate::domain::placement_draft::{PlacementDraft, PlacementInput};
use crate::i18n;
use crate::i18n::request::page_locale;
use crate::services::placements::{self, PlacementsView};
use crate::services::sessions;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/placements.html")]
struct PlacementsPage {
    meta: Layout,
    csrf: String,
    view: PlacementsView,
    input: PlacementInput,
    errors: FormErrors,
    notice: Option<String>,
}

/// `?changed=N` or `?removed=N` after a placement was changed or removed (N people concerned).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChangeQuery {
    changed: Option<usize>,
    removed: Option<usize>,
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
    notice: Option<String>,
) -> Result<Response, AppError> {
    let view = placements::view(&state.db, session_id).await?;
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
        view,
        input,
        errors,
        notice,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /coordinator/sessions/{id}/placements`.
pub async fn show_placements(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Query(query): Query<ChangeQuery>,
) -> Result<Response, AppError> {
    let input = PlacementInput {
        capacity: "1".to_owned(),
        ..PlacementInput::default()
    };
    let locale = page_locale();
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let notice = match (query.changed, query.removed) {
        (Some(told), _) => Some(i18n::count_text(
            &locale,
            "coord-placement-changed",
            count(told),
        )),
        (_, Some(concerned)) => Some(i18n::count_text(
            &locale,
            "coord-placement-removed",
            count(concerned),
        )),
        _ => None,
    };
    page(
        &state,
        &signed_in,
        session_id,
        input,
        FormErrors::none(),
        notice,
    )
    .await
}

/// `POST /coordinator/sessions/{id}/placements`: adds one employer's placement.
pub async fn add_placement(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Form(form): Form<PlacementForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let invited = placements::invited_employers(&state.db, session_id).await?;
    let errors = match PlacementDraft::parse(&form.input, &invited) {
        Ok(draft) => match sessions::add_placement(&state.db, session_id, &draft, now_ms()).await {
            Ok(()) => {
                let back = format!("/coordinator/sessions/{session_id}/placements");
                return Ok(Redirect::to(&back).into_response());
            }
            Err(refused) => crate::web::refusal_on_form(refused)?,
        },
        Err(errors) => FormErrors(errors),
    };
    page(&state, &signed_in, session_id, form.input, errors, None).await
}
