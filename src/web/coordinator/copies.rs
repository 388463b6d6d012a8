//! Copying an event to run it again on new dates, and copying a session within its event.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::event_copy::{CopyInput, CopyRequest};
use crate::domain::fields::FormErrors;
use crate::domain::time::{local_date, shift_days};
use crate::i18n::request::page_locale;
use crate::i18n::{self, dates};
use crate::services::error::ServiceError;
use crate::services::event_copy;
use crate::services::events::{self, EventDetails};
use crate::services::sessions;
use crate::web::csrf::CsrfForm;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/event_copy.html")]
struct CopyPage {
    meta: Layout,
    csrf: String,
    event: EventDetails,
    when: String,
    input: CopyInput,
    errors: FormErrors,
}

/// The copy form with its token.
#[derive(Deserialize)]
pub struct CopyForm {
    csrf: String,
    #[serde(flatten)]
    input: CopyInput,
}

fn page(
    state: &AppState,
    signed_in: &SignedIn,
    event: EventDetails,
    input: CopyInput,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let status = super::form_status(&errors);
    let page = CopyPage {
        meta: Layout::titled_with(
            "coord-copy-title",
            &[("event", &event.title)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        when: dates::range(&locale, event.starts_at, event.ends_at, &event.time_zone)?,
        errors: crate::web::form_errors_in(&errors, &locale),
        event,
        input,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /coordinator/events/{id}/copy`: the form, offering the same weekday a week after the
/// event (or a week from today, for an event long past) and the same employers.
pub async fn show_copy_form(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
) -> Result<Response, AppError> {
    let event = events::details(&state.db, event_id).await?;
    let now = now_ms();
    let mut first_day = event.starts_at;
    while first_day <= now {
        first_day = shift_days(first_day, 7, &event.time_zone)?;
    }
    if first_day == event.starts_at {
        first_day = shift_days(first_day, 7, &event.time_zone)?;
    }
    let input = CopyInput {
        title: event.title.clone(),
        first_day: local_date(first_day, &event.time_zone)?.to_string(),
        invite_employers: "yes".to_owned(),
    };
    page(&state, &signed_in, event, input, FormErrors::none())
}

/// `POST /coordinator/events/{id}/copy`: copies the event and opens the copy.
pub async fn copy_event(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<CopyForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let request = match CopyRequest::parse(&form.input) {
        Ok(request) => request,
        Err(errors) => return refuse(&state, &signed_in, event_id, form.input, errors).await,
    };
    let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
    match event_copy::copy_event(&state.db, &state.config, event_id, &request, acting).await {
        Ok(copy) => Ok(
            Redirect::to(&format!("/coordinator/events/{}?notice=copied", copy.id)).into_response(),
        ),
        Err(ServiceError::Invalid(errors)) => {
            refuse(&state, &signed_in, event_id, form.input, errors).await
        }
        Err(other) => Err(other.into()),
    }
}

/// The form again, with what was typed and each problem beside its field.
async fn refuse(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    input: CopyInput,
    errors: Vec<crate::domain::fields::FieldError>,
) -> Result<Response, AppError> {
    let event = events::details(&state.db, event_id).await?;
    page(state, signed_in, event, input, FormErrors(errors))
}

/// `POST /coordinator/sessions/{id}/copy`: copies the session within its event and opens the
/// copy's edit page.
pub async fn copy_session(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(session_id): Path<Uuid>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let (old, _) = sessions::find(&state.db, session_id).await?;
    let title = copy_title(
        &old.title,
        &i18n::text(&page_locale(), "coord-copy-suffix", &[]),
    );
    let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
    let copy =
        event_copy::copy_session(&state.db, &state.config, (session_id, &title), acting).await?;
    Ok(Redirect::to(&format!("/coordinator/sessions/{}/edit", copy.id)).into_response())
}

/// `title` with `suffix` ("(copy)"), shortened so that the whole stays within the 200
/// characters a title may have.
fn copy_title(title: &str, suffix: &str) -> String {
    let room = 200 - suffix.chars().count() - 1;
    let kept: String = title.chars().take(room).collect();
    format!("{} {suffix}", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::copy_title;

    #[test]
    fn a_copied_title_says_so_and_stays_within_the_limit() {
        assert_eq!(copy_title("CV clinic", "(copy)"), "CV clinic (copy)");
        let long = "é".repeat(200);
        let copied = copy_title(&long, "(Kopie)");
        assert_eq!(copied.chars().count(), 200);
        assert!(copied.ends_with(" (Kopie)"));
    }
}
