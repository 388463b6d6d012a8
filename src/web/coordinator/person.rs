//! One person's bookings, for coordinators:
//! `/coordinator/events/{id}/participants/{participant_id}`. Every session of the event with the
//! person's place in it, and a form to book, move or cancel for them at any time (a late
//! correction included). Each change is a POST answered by a redirect back; a refusal is shown
//! on the page itself.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, EventId, ParticipantId, SlotId};
use crate::domain::organiser_note::parse_note;
use crate::i18n::request::page_locale;
use crate::services::error::ServiceError;
use crate::services::events::{self, EventSummary};
use crate::services::participant_links;
use crate::services::person_bookings::{self, PersonBookings};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/person.html")]
struct Page {
    meta: Layout,
    csrf: String,
    event: EventSummary,
    view: PersonBookings,
    /// What the person told about themselves.
    profile: Vec<crate::services::sign_up_settings::Line>,
    notice: Option<&'static str>,
    error: Option<String>,
    /// Why erasing was refused (the confirmation not ticked), beside its box.
    erase_error: Option<String>,
}

#[derive(Template)]
#[template(path = "coordinator/person_link.html")]
struct LinkPage {
    meta: Layout,
    event: EventSummary,
    view: PersonBookings,
    /// The fresh personal link.
    link: String,
    /// Their current bookings: (session, when).
    booked: Vec<(String, String)>,
}

/// `?notice=` after a change.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: String,
}

/// A time chosen for the person, with the coordinator's note for the mail (when moving).
#[derive(Deserialize)]
pub struct SlotForm {
    csrf: String,
    slot_id: Uuid,
    #[serde(default)]
    note: String,
}

/// A cancellation for the person, with the coordinator's note for the mail.
#[derive(Deserialize)]
pub struct CancelForm {
    csrf: String,
    #[serde(default)]
    note: String,
}

fn notice_text(code: &str) -> Option<&'static str> {
    Some(match code {
        "booked" => "coord-person-booked",
        "link-resent" => "coord-notice-link-resent",
        "link-revoked" => "coord-notice-link-revoked",
        "moved" => "coord-person-moved",
        "cancelled" => "coord-person-cancelled",
        _ => return None,
    })
}

impl Page {
    /// The text id saying where a booking stands.
    fn status_of(&self, status: &BookingStatus) -> &'static str {
        status_text(*status)
    }

    /// A language's name in itself (`Deutsch` for `de`), or the code as stored.
    fn language_name(&self, code: &str) -> String {
        language_name(code)
    }

    /// Whether a booking holds a place (so it can be moved or cancelled).
    fn confirmed(&self, status: &BookingStatus) -> bool {
        *status == BookingStatus::Confirmed
    }
}

/// A language's name in itself (`Deutsch` for `de`), or the code as stored when it has none.
pub(super) fn language_name(code: &str) -> String {
    let name =
        crate::domain::locale::native_name(crate::domain::locale::Locale::parse(code).lang());
    if name.is_empty() {
        code.to_owned()
    } else {
        name.to_owned()
    }
}

pub(super) fn status_text(status: BookingStatus) -> &'static str {
    match status {
        BookingStatus::Confirmed => "coord-person-confirmed",
        BookingStatus::Waitlisted => "coord-person-waitlisted",
        BookingStatus::NoShow => "coord-person-no-show",
        BookingStatus::Offered => "coord-person-offered",
        BookingStatus::Cancelled => "coord-person-cancelled-status",
    }
}

async fn render(
    state: &AppState,
    signed_in: &SignedIn,
    ids: (Uuid, Uuid),
    said: (Option<&'static str>, Option<String>),
) -> Result<Response, AppError> {
    render_with(state, signed_in, ids, said, None).await
}

/// The person's page again with the erase form open and why it was refused beside its box
/// (422): nothing was erased.
pub(super) async fn erase_refused(
    state: &AppState,
    signed_in: &SignedIn,
    ids: (Uuid, Uuid),
) -> Result<Response, AppError> {
    let why = crate::i18n::text(&page_locale(), "problem-erase-confirm", &[]);
    render_with(state, signed_in, ids, (None, None), Some(why)).await
}

async fn render_with(
    state: &AppState,
    signed_in: &SignedIn,
    (event_id, participant_id): (Uuid, Uuid),
    (notice, error): (Option<&'static str>, Option<String>),
    erase_error: Option<String>,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let event = events::summary(&state.db, event_id).await?;
    let view = person_bookings::load(
        &state.db,
        (EventId(event_id), ParticipantId(participant_id)),
        &locale,
    )
    .await?;
    let profile =
        crate::services::person_profile::profile(&state.db, (event_id, participant_id), &locale)
            .await?;
    let status = match (&error, &erase_error) {
        (Some(_), _) => StatusCode::CONFLICT,
        (None, Some(_)) => StatusCode::UNPROCESSABLE_ENTITY,
        (None, None) => StatusCode::OK,
    };
    let page = Page {
        meta: Layout::titled_with(
            "coord-person-title",
            &[("name", &view.person.name)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        event,
        view,
        profile,
        notice,
        error,
        erase_error,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// After a change: back to the page with a notice, or the page with the refusal.
async fn answer(
    state: &AppState,
    signed_in: &SignedIn,
    ids: (Uuid, Uuid),
    outcome: Result<impl Sized, ServiceError>,
    notice: &str,
) -> Result<Response, AppError> {
    match outcome.map_err(AppError::from) {
        Ok(_) => {
            let (event_id, participant_id) = ids;
            let back = format!(
                "/coordinator/events/{event_id}/participants/{participant_id}?notice={notice}"
            );
            Ok(Redirect::to(&back).into_response())
        }
        Err(AppError::Conflict(message)) => {
            let told = message.in_locale(&page_locale());
            render(state, signed_in, ids, (None, Some(told))).await
        }
        Err(other) => Err(other),
    }
}

/// `GET /coordinator/events/{id}/participants/{participant_id}`.
pub async fn show_person(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(ids): Path<(Uuid, Uuid)>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    render(&state, &signed_in, ids, (notice_text(&query.notice), None)).await
}

/// `POST .../participants/{participant_id}/book`: a place for them.
pub async fn book_for(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, participant_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<SlotForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let acting = (
        EventId(event_id),
        Actor::Coordinator(signed_in.coordinator.id),
    );
    let outcome = person_bookings::book_for(
        &state.db,
        &state.config,
        acting,
        ParticipantId(participant_id),
        SlotId(form.slot_id),
        now_ms(),
    )
    .await;
    answer(
        &state,
        &signed_in,
        (event_id, participant_id),
        outcome,
        "booked",
    )
    .await
}

/// `POST .../participants/{participant_id}/bookings/{booking_id}/move`.
pub async fn move_for(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, participant_id, booking_id)): Path<(Uuid, Uuid, Uuid)>,
    Form(form): Form<SlotForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let note = parse_note(&form.note).map_err(|problem| AppError::Validation(vec![problem]))?;
    let acting = (
        EventId(event_id),
        Actor::Coordinator(signed_in.coordinator.id),
    );
    let outcome = person_bookings::move_for(
        &state.db,
        &state.config,
        acting,
        (ParticipantId(participant_id), BookingId(booking_id)),
        (SlotId(form.slot_id), note.as_str()),
        now_ms(),
    )
    .await;
    answer(
        &state,
        &signed_in,
        (event_id, participant_id),
        outcome,
        "moved",
    )
    .await
}

/// `POST .../participants/{participant_id}/bookings/{booking_id}/cancel`.
pub async fn cancel_for(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, participant_id, booking_id)): Path<(Uuid, Uuid, Uuid)>,
    Form(form): Form<CancelForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let note = parse_note(&form.note).map_err(|problem| AppError::Validation(vec![problem]))?;
    let acting = (
        EventId(event_id),
        Actor::Coordinator(signed_in.coordinator.id),
    );
    let outcome = person_bookings::cancel_for(
        &state.db,
        &state.config,
        acting,
        (
            ParticipantId(participant_id),
            BookingId(booking_id),
            note.as_str(),
        ),
        now_ms(),
    )
    .await;
    answer(
        &state,
        &signed_in,
        (event_id, participant_id),
        outcome,
        "cancelled",
    )
    .await
}

/// `POST .../participants/{participant_id}/link`: a fresh personal link (older ones stop
/// working) with the person's schedule, on a page to print or copy for someone without an
/// e-mail address. A POST, because it changes which links work.
pub async fn hand_over_link(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, participant_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<CancelForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let ids = (EventId(event_id), ParticipantId(participant_id));
    let actor = Actor::Coordinator(signed_in.coordinator.id);
    let link = participant_links::hand_over(&state.db, &state.config, ids, actor, now_ms()).await?;
    let locale = page_locale();
    let event = events::summary(&state.db, event_id).await?;
    let view = person_bookings::load(&state.db, ids, &locale).await?;
    let booked = view
        .sessions
        .iter()
        .filter_map(|place| match &place.held {
            Some((_, when, BookingStatus::Confirmed)) => Some((place.title.clone(), when.clone())),
            _ => None,
        })
        .collect();
    let page = LinkPage {
        meta: Layout::titled_with(
            "coord-person-link-title",
            &[("name", &view.person.name)],
            &state.config.programme_name,
            &locale,
        ),
        event,
        view,
        link,
        booked,
    };
    Ok(Html(page.render()?).into_response())
}
