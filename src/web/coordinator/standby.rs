//! The standby side of the check-in page: walk-ins, people who came without a booking, giving
//! a free place to the next person (or every free place of a session at once), an interviewer
//! who did not come, and people who went home. Each is a POST answered by a redirect back to the
//! page; refusals are shown on the page itself.

use super::check_in::{CheckInQuery, Shown, page_url, refused_or, render};
use super::participants::PersonInput;
use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, ListForm, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::ids::{EventId, ParticipantId, StandbyId, VolunteerId};
use crate::domain::text::{self, TextRule};
use crate::services::check_in::{self, standby};
use crate::web::csrf::CsrfForm;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

/// A walk-in's note: one line.
const NOTE: TextRule = TextRule::optional_line(200);
/// A walk-in: the person, and what they hope for.
#[derive(Deserialize)]
pub struct WalkInForm {
    csrf: String,
    #[serde(flatten)]
    person: PersonInput,
    #[serde(default)]
    note: String,
}

/// Someone on the list who came without a booking.
#[derive(Deserialize)]
pub struct ListedForm {
    csrf: String,
    participant_id: Uuid,
    #[serde(default)]
    note: String,
}

/// A place for the person on standby.
#[derive(Deserialize)]
pub struct PlaceForm {
    csrf: String,
    slot_id: Uuid,
}

/// The session whose free places go to the people on standby.
#[derive(Deserialize)]
pub struct FillForm {
    csrf: String,
    session_id: Uuid,
}

/// The interviewer who did not come.
#[derive(Deserialize)]
pub struct AbsentForm {
    csrf: String,
    volunteer_id: Uuid,
}

/// `POST /coordinator/events/{id}/walk-ins`: a person who came without being on the list.
pub async fn add_walk_in(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    ListForm(form): ListForm<WalkInForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let note = form.note.trim();
    let row = match form.person.check() {
        Ok(row) if text::check(note, NOTE).is_ok() => row,
        checked => {
            let mut errors = checked.err().unwrap_or_default();
            if let Err(refused) = text::check(note, NOTE) {
                errors.push("note", refused.text_id("coord-check-in-note-too-long"));
            }
            let shown = Shown {
                walk_in: form.person,
                note: form.note,
                errors,
                status: StatusCode::UNPROCESSABLE_ENTITY,
                ..Shown::plain(CheckInQuery::default())
            };
            return render(&state, &signed_in, event_id, shown).await;
        }
    };
    match standby::walk_in(&state.db, event_id, &row, note, now_ms()).await {
        Ok(_) => Ok(
            Redirect::to(&page_url(event_id, &[("notice", "walk_in")], "#standby")).into_response(),
        ),
        Err(e) => refused_or(&state, &signed_in, event_id, e).await,
    }
}

/// `POST /coordinator/events/{id}/standby`: someone on the list who came without a booking.
pub async fn add_to_standby(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<ListedForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let note = form.note.trim();
    match standby::add_listed(
        &state.db,
        EventId(event_id),
        ParticipantId(form.participant_id),
        note,
        now_ms(),
    )
    .await
    {
        Ok(_) => Ok(
            Redirect::to(&page_url(event_id, &[("notice", "walk_in")], "#standby")).into_response(),
        ),
        Err(e) => refused_or(&state, &signed_in, event_id, e).await,
    }
}

/// `POST /coordinator/events/{id}/standby/{standby_id}/place`: gives the person a free place.
pub async fn place_from_standby(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, standby_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<PlaceForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let who = (event_id, Actor::Coordinator(signed_in.coordinator.id));
    let placed = standby::place(
        &state.db,
        &state.config,
        who,
        standby_id,
        form.slot_id,
        now_ms(),
    )
    .await;
    match placed {
        Ok(placed) => {
            let anchor = format!("#b-{}", placed.booking.id);
            Ok(Redirect::to(&page_url(event_id, &[("notice", "placed")], &anchor)).into_response())
        }
        Err(e) => refused_or(&state, &signed_in, event_id, e).await,
    }
}

/// `POST /coordinator/events/{id}/interviewer-absent`: an interviewer did not come.
pub async fn interviewer_absent(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<AbsentForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let outcome = check_in::interviewer_absent(
        &state.db,
        &state.config,
        EventId(event_id),
        VolunteerId(form.volunteer_id),
        Actor::Coordinator(signed_in.coordinator.id),
        now_ms(),
    )
    .await;
    match outcome {
        Ok(_) => Ok(
            Redirect::to(&page_url(event_id, &[("notice", "absent")], "#standby")).into_response(),
        ),
        Err(e) => refused_or(&state, &signed_in, event_id, e).await,
    }
}

/// `POST /coordinator/events/{id}/standby/fill`: gives a session's free places to as many
/// people on standby as can take them (the allocation engine, seed 1).
pub async fn fill_from_standby(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<FillForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let who = (event_id, Actor::Coordinator(signed_in.coordinator.id));
    let filled =
        check_in::fill_session(&state.db, &state.config, who, form.session_id, 1, now_ms()).await;
    match filled {
        Ok(filled) => {
            let notice = if filled.placed > 0 {
                "filled"
            } else {
                "none_fit"
            };
            Ok(
                Redirect::to(&page_url(event_id, &[("notice", notice)], "#standby"))
                    .into_response(),
            )
        }
        Err(e) => refused_or(&state, &signed_in, event_id, e).await,
    }
}

/// `POST /coordinator/events/{id}/standby/{standby_id}/leave`: the person went home.
pub async fn leave_standby(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, standby_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let notice = if standby::leave(
        &state.db,
        EventId(event_id),
        StandbyId(standby_id),
        now_ms(),
    )
    .await?
    {
        "left"
    } else {
        "already"
    };
    Ok(Redirect::to(&page_url(event_id, &[("notice", notice)], "#standby")).into_response())
}
