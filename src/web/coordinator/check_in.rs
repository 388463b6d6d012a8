//! The check-in page of an event, made for a phone at the door: the day's bookings by time and
//! room or table with one tap for arrived or not come, the standby list, the places still free
//! with the next person who can take each, walk-ins, and people who came without a booking.
//! Every change is a POST followed by a redirect back to the same filter and row.

use super::participants::PersonInput;
use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::fields::FormErrors;
use crate::domain::ids::{BookingId, EventId, SlotId};
use crate::i18n::Message;
use crate::i18n::request::page_locale;
use crate::services::check_in::view::{Attendance, CheckInFilter, CheckInView};
use crate::services::check_in::{self, Mark, Scope};
use crate::services::events::{self, EventSummary};
use crate::web::form_errors_in;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/check_in.html")]
struct Page {
    meta: Layout,
    csrf: String,
    event: EventSummary,
    view: CheckInView,
    name: String,
    session: String,
    find: String,
    notice: Option<&'static str>,
    /// A notice already in words (who a code checked in).
    said: Option<String>,
    error: Option<String>,
    walk_in: PersonInput,
    note: String,
    errors: FormErrors,
}

/// `?name=&session=&find=&notice=&late=`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CheckInQuery {
    name: String,
    session: String,
    find: String,
    notice: String,
    late: String,
}

impl CheckInQuery {
    fn filter(&self) -> CheckInFilter {
        CheckInFilter {
            name: self.name.clone(),
            session: self.session.parse().ok(),
            find: self.find.clone(),
            late: self.late.parse().ok(),
        }
    }
}

/// A tap on a booking: what it means, and the filter to come back to.
#[derive(Deserialize)]
pub struct MarkForm {
    csrf: String,
    mark: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    session: String,
}

/// The text id of the notice a redirect carries (codes, so no name travels in an address).
fn notice_text(code: &str) -> Option<&'static str> {
    Some(match code {
        "arrived" => "coord-check-in-arrived",
        "no_show" => "coord-check-in-no-show",
        "undo_arrival" => "coord-check-in-undone",
        "came_late" => "coord-check-in-came-late",
        "already" => "coord-check-in-already",
        "walk_in" => "coord-check-in-walk-in",
        "placed" => "coord-check-in-placed",
        "left" => "coord-check-in-left",
        "filled" => "coord-check-in-filled",
        "none_fit" => "coord-check-in-none-fit",
        "absent" => "coord-check-in-absent-done",
        "seated_late" => "coord-check-in-seated-late",
        _ => return None,
    })
}

pub(super) fn page_url(event_id: Uuid, pairs: &[(&str, &str)], anchor: &str) -> String {
    let kept: Vec<(&str, &str)> = pairs
        .iter()
        .copied()
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let query = serde_urlencoded::to_string(kept).unwrap_or_default();
    format!("/coordinator/events/{event_id}/check-in?{query}{anchor}")
}

pub(super) struct Shown {
    pub(super) query: CheckInQuery,
    pub(super) said: Option<String>,
    pub(super) error: Option<String>,
    pub(super) walk_in: PersonInput,
    pub(super) note: String,
    pub(super) errors: FormErrors,
    pub(super) status: StatusCode,
}

impl Shown {
    pub(super) fn plain(query: CheckInQuery) -> Self {
        Self {
            query,
            said: None,
            error: None,
            walk_in: PersonInput::default(),
            note: String::new(),
            errors: FormErrors::none(),
            status: StatusCode::OK,
        }
    }

    pub(super) fn refused(message: &Message) -> Self {
        Self {
            error: Some(message.in_locale(&page_locale())),
            status: StatusCode::CONFLICT,
            ..Self::plain(CheckInQuery::default())
        }
    }
}

pub(super) async fn render(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    shown: Shown,
) -> Result<Response, AppError> {
    let event = events::summary(&state.db, event_id).await?;
    let locale = page_locale();
    let filter = shown.query.filter();
    let view = check_in::load(&state.db, (&event, &locale), &filter, now_ms()).await?;
    let html = Page {
        meta: Layout::titled_with(
            "coord-check-in-title",
            &[("event", &event.title)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        event,
        view,
        name: shown.query.name.clone(),
        session: shown.query.session.clone(),
        find: shown.query.find.clone(),
        notice: notice_text(&shown.query.notice),
        said: shown.said,
        error: shown.error,
        walk_in: shown.walk_in,
        note: shown.note,
        errors: form_errors_in(&shown.errors, &locale),
    }
    .render()?;
    Ok((shown.status, Html(html)).into_response())
}

/// Shows a refusal on the page itself (409), or passes any other error on.
pub(super) async fn refused_or(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    error: impl Into<AppError>,
) -> Result<Response, AppError> {
    match error.into() {
        AppError::Conflict(message) => {
            render(state, signed_in, event_id, Shown::refused(&message)).await
        }
        other => Err(other),
    }
}

/// `GET /coordinator/events/{id}/check-in`.
pub async fn show_check_in(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Query(query): Query<CheckInQuery>,
) -> Result<Response, AppError> {
    render(&state, &signed_in, event_id, Shown::plain(query)).await
}

/// `POST /coordinator/events/{id}/check-in/{booking_id}`: arrived, not come, or taken back.
pub async fn mark_booking(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, booking_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<MarkForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let marked = (EventId(event_id), BookingId(booking_id));
    apply_mark(&state, &signed_in, marked, &form).await
}

/// `POST /coordinator/events/{id}/check-in`: the list is one form (one anti-forgery token for
/// 500 rows keeps the page light on a phone); each button sends `mark=arrived:{booking_id}`.
pub async fn mark_from_list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<MarkForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let Some((what, booking_id)) = form
        .mark
        .split_once(':')
        .and_then(|(what, id)| Some((what.to_owned(), id.parse::<Uuid>().ok()?)))
    else {
        let refused = AppError::Conflict(Message::new("staff-refuse-choose-mark"));
        return refused_or(&state, &signed_in, event_id, refused).await;
    };
    let form = MarkForm { mark: what, ..form };
    let marked = (EventId(event_id), BookingId(booking_id));
    apply_mark(&state, &signed_in, marked, &form).await
}

async fn apply_mark(
    state: &AppState,
    signed_in: &SignedIn,
    (event_id, booking_id): (EventId, BookingId),
    form: &MarkForm,
) -> Result<Response, AppError> {
    let actor = Actor::Coordinator(signed_in.coordinator.id);
    let outcome = match Mark::parse(&form.mark) {
        Some(mark) => {
            let scope = Scope::Event(event_id.0);
            check_in::mark(&state.db, scope, actor, booking_id.0, mark, now_ms())
                .await
                .map_err(AppError::from)
        }
        None => Err(AppError::Conflict(Message::new("staff-refuse-choose-mark"))),
    };
    match outcome {
        Ok(marked) => {
            let notice = if marked.already {
                "already"
            } else {
                form.mark.as_str()
            };
            let pairs = [
                ("name", form.name.as_str()),
                ("session", form.session.as_str()),
                ("notice", notice),
            ];
            let url = page_url(event_id.0, &pairs, &format!("#b-{booking_id}"));
            Ok(Redirect::to(&url).into_response())
        }
        Err(AppError::Conflict(message)) if message.id() == "coord-refuse-place-given-away" => {
            // Their place went to someone else: the page offers another, or the standby list.
            let mut shown = Shown::refused(&message);
            shown.query.late = booking_id.to_string();
            render(state, signed_in, event_id.0, shown).await
        }
        Err(e) => refused_or(state, signed_in, event_id.0, e).await,
    }
}

/// Another free place for a person who came after all.
#[derive(Deserialize)]
pub struct SeatForm {
    csrf: String,
    slot_id: Uuid,
}

/// `POST /coordinator/events/{id}/check-in/{booking_id}/seat`: a no-show who came after all,
/// whose own place was given away, takes another free place of the session.
pub async fn seat_late(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, booking_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<SeatForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let who = (
        EventId(event_id),
        Actor::Coordinator(signed_in.coordinator.id),
    );
    let seated = check_in::seat_late(
        &state.db,
        &state.config,
        who,
        BookingId(booking_id),
        SlotId(form.slot_id),
        now_ms(),
    )
    .await;
    match seated {
        Ok(placed) => {
            let anchor = format!("#b-{}", placed.booking.id);
            let url = page_url(event_id, &[("notice", "seated_late")], &anchor);
            Ok(Redirect::to(&url).into_response())
        }
        Err(e) => refused_or(&state, &signed_in, event_id, e).await,
    }
}
