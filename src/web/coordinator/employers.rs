//! An event's partner employers: the list and the invitation form.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::employer_draft::{EmployerDraft, EmployerInput};
use crate::domain::fields::FormErrors;
use crate::i18n::MAIL_LANGUAGES;
use crate::i18n::request::page_locale;
use crate::services::employers::{self, InvitedEmployer};
use crate::services::events::{self, EventSummary};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/employers.html")]
struct EmployersPage {
    meta: Layout,
    csrf: String,
    event: EventSummary,
    employers: Vec<InvitedEmployer>,
    input: EmployerInput,
    errors: FormErrors,
    /// (code, name in itself) per language a contact's mails and page can be in.
    languages: Vec<(&'static str, &'static str)>,
    sent: bool,
}

/// The invitation form with its token.
#[derive(Deserialize)]
pub struct EmployerForm {
    csrf: String,
    #[serde(flatten)]
    input: EmployerInput,
}

/// `?sent=1` after an invitation.
#[derive(Deserialize)]
pub struct SentQuery {
    sent: Option<u8>,
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    input: EmployerInput,
    errors: FormErrors,
    sent: bool,
) -> Result<Response, AppError> {
    let event = events::summary(&state.db, event_id).await?;
    let status = super::form_status(&errors);
    let page = EmployersPage {
        meta: Layout::titled(
            "coord-employers-title",
            &state.config.programme_name,
            &page_locale(),
        ),
        csrf: signed_in.csrf.clone(),
        employers: employers::invited(&state.db, event_id).await?,
        event,
        input,
        errors: crate::web::form_errors_in(&errors, &page_locale()),
        languages: MAIL_LANGUAGES
            .iter()
            .map(|code| (*code, crate::domain::locale::native_name(code)))
            .collect(),
        sent,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /coordinator/events/{id}/employers`.
pub async fn show_employers(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Query(query): Query<SentQuery>,
) -> Result<Response, AppError> {
    let input = EmployerInput {
        contact_language: crate::domain::locale::Locale::parse(&state.config.default_language)
            .lang()
            .to_owned(),
        ..EmployerInput::default()
    };
    let sent = query.sent.is_some();
    page(
        &state,
        &signed_in,
        event_id,
        input,
        FormErrors::none(),
        sent,
    )
    .await
}

/// `POST /coordinator/events/{id}/employers`: adds and invites an employer.
pub async fn invite_employer(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<EmployerForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let errors = match EmployerDraft::parse(&form.input, MAIL_LANGUAGES) {
        Ok(draft) => {
            let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
            match employers::invite(&state.db, &state.config, event_id, &draft, acting).await {
                Ok(_) => {
                    let back = format!("/coordinator/events/{event_id}/employers?sent=1");
                    return Ok(Redirect::to(&back).into_response());
                }
                Err(refused) => crate::web::refusal_on_form(refused)?,
            }
        }
        Err(errors) => FormErrors(errors),
    };
    page(&state, &signed_in, event_id, form.input, errors, false).await
}
