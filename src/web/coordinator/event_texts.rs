//! `/coordinator/events/{id}/texts?language=ar`: the event's own texts (titles, description,
//! what to bring, placement descriptions) in one other language at a time, each beside the
//! programme's original. Participants reading that language see these; where a text is left
//! empty they see the original.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::fields::FormErrors;
use crate::domain::locale::native_name;
use crate::i18n::request::page_locale;
use crate::services::error::ServiceError;
use crate::services::event_texts::{self, TextsForm};
use crate::services::events::{self, EventDetails};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/event_texts.html")]
struct TextsPage {
    meta: Layout,
    csrf: String,
    event: EventDetails,
    /// (code, name in itself) of every language texts can be written in.
    languages: Vec<(&'static str, &'static str)>,
    form: TextsForm,
    /// The language's name in itself.
    language_name: &'static str,
    /// How many texts were saved, after a save.
    saved: Option<usize>,
    errors: FormErrors,
}

/// Which language the page is for, and the count after a save.
#[derive(Deserialize)]
pub struct TextsQuery {
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    saved: Option<usize>,
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    (event_id, language): (Uuid, &'static str),
    (typed, saved): (Option<&HashMap<String, String>>, Option<usize>),
    errors: FormErrors,
) -> Result<Response, AppError> {
    let event = events::details(&state.db, event_id).await?;
    let form = event_texts::form(&state.db, &state.config, (event_id, language), typed).await?;
    let locale = page_locale();
    let status = crate::web::form_status(&errors);
    let page = TextsPage {
        meta: Layout::titled_with(
            "coord-texts-title",
            &[("event", &event.title)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        languages: form
            .languages
            .iter()
            .map(|code| (*code, native_name(code)))
            .collect(),
        language_name: native_name(language),
        event,
        form,
        saved,
        errors: crate::web::form_errors_in(&errors, &locale),
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// The language asked for, if texts can be written in it (the page answers "not found" for any
/// other, and when the programme speaks the only one there is).
fn language(state: &AppState, asked: Option<&str>) -> Result<&'static str, AppError> {
    event_texts::language_asked(&state.config, asked).ok_or(AppError::NotFound)
}

/// `GET /coordinator/events/{id}/texts`: the texts in one language (the first other than the
/// programme's unless `?language=` names one).
pub async fn show_texts(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Query(query): Query<TextsQuery>,
) -> Result<Response, AppError> {
    let language = language(&state, query.language.as_deref())?;
    let shown = (None, query.saved);
    page(
        &state,
        &signed_in,
        (event_id, language),
        shown,
        FormErrors::none(),
    )
    .await
}

/// `POST /coordinator/events/{id}/texts?language=ar`: saves that language's texts at once.
pub async fn save_texts(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Query(query): Query<TextsQuery>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(form.get("csrf").map_or("", String::as_str))?;
    let language = language(&state, query.language.as_deref())?;
    let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
    match event_texts::save(&state.db, (event_id, language), &form, acting).await {
        Ok(saved) => Ok(Redirect::to(&format!(
            "/coordinator/events/{event_id}/texts?language={language}&saved={saved}"
        ))
        .into_response()),
        Err(ServiceError::Invalid(errors)) => {
            let typed = (Some(&form), None);
            page(
                &state,
                &signed_in,
                (event_id, language),
                typed,
                FormErrors(errors),
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
