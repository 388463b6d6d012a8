//! Creating, editing and changing the status of events. A form with problems comes back with
//! each problem next to its field and everything typed kept.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::event_draft::{EventDraft, EventInput};
use crate::domain::event_status::StatusAction;
use crate::domain::fields::{FieldError, FormErrors};
use crate::domain::locale::Locale;
use crate::domain::organiser_note::parse_note;
use crate::domain::time::zone_names;
use crate::i18n::request::page_locale;
use crate::i18n::{self, dates};
use crate::services::event_dashboard::EventDashboard;
use crate::services::event_page;
use crate::services::events;
use crate::services::events::EventDetails;
use crate::services::views::SessionLine;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/event_form.html")]
struct EventFormPage {
    meta: Layout,
    heading: &'static str,
    submit: &'static str,
    action: String,
    back: String,
    csrf: String,
    input: EventInput,
    errors: FormErrors,
    zones: Vec<String>,
    /// Whether an existing event is changed (then a note for the people it reaches is asked).
    editing: bool,
}

#[derive(Template)]
#[template(path = "coordinator/event.html")]
struct EventPage {
    meta: Layout,
    csrf: String,
    event: EventDetails,
    /// The text id of the event's status.
    status_id: &'static str,
    when: String,
    booking_window: String,
    editable: bool,
    actions: Vec<StatusAction>,
    can_cancel: bool,
    booked: i64,
    sessions: Vec<SessionLine>,
    dashboard: EventDashboard,
    /// Sign-ups waiting for an answer.
    waiting_sign_ups: usize,
    notice: Option<&'static str>,
}

impl EventPage {
    /// The event's languages, each named in itself (`Deutsch, English`), in the stored order.
    fn language_names(&self) -> String {
        self.event
            .languages
            .split(',')
            .map(str::trim)
            .filter(|code| !code.is_empty())
            .map(super::person::language_name)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The event form with its anti-forgery token.
#[derive(Deserialize)]
pub struct EventForm {
    csrf: String,
    #[serde(flatten)]
    input: EventInput,
}

/// A status change.
#[derive(Deserialize)]
pub struct StatusForm {
    csrf: String,
    action: String,
    #[serde(default)]
    confirm: String,
    /// The coordinator's note for the cancellation mails.
    #[serde(default)]
    note: String,
}

/// `?notice=` after a change.
#[derive(Deserialize)]
pub struct NoticeQuery {
    notice: Option<String>,
}

fn form_page(
    state: &AppState,
    signed_in: &SignedIn,
    editing: Option<Uuid>,
    input: EventInput,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (heading, submit, action, back) = match editing {
        Some(id) => (
            "coord-event-edit",
            "coord-event-save",
            format!("/coordinator/events/{id}"),
            format!("/coordinator/events/{id}"),
        ),
        None => (
            "coord-event-new",
            "coord-event-create",
            "/coordinator/events".to_owned(),
            "/coordinator".to_owned(),
        ),
    };
    let status = super::form_status(&errors);
    let locale = page_locale();
    let errors = crate::web::form_errors_in(&errors, &locale);
    let page = EventFormPage {
        meta: Layout::titled(heading, &state.config.programme_name, &locale),
        heading,
        submit,
        action,
        back,
        csrf: signed_in.csrf.clone(),
        input,
        errors,
        zones: zone_names(),
        editing: editing.is_some(),
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /coordinator/events/new`.
pub async fn new_event(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Response, AppError> {
    let input = EventInput {
        time_zone: state.config.time_zone.clone(),
        languages: Locale::parse(&state.config.default_language)
            .lang()
            .to_owned(),
        ..EventInput::default()
    };
    form_page(&state, &signed_in, None, input, FormErrors::none())
}

/// `POST /coordinator/events`.
pub async fn create_event(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    match EventDraft::parse(&form.input) {
        Ok(draft) => {
            let event = events::create(&state.db, &draft, now_ms()).await?;
            Ok(
                Redirect::to(&format!("/coordinator/events/{}?notice=created", event.id))
                    .into_response(),
            )
        }
        Err(errors) => form_page(&state, &signed_in, None, form.input, FormErrors(errors)),
    }
}

/// `GET /coordinator/events/{id}/edit`.
pub async fn edit_event(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let input = events::form_input(&state.db, id).await?;
    form_page(&state, &signed_in, Some(id), input, FormErrors::none())
}

/// `POST /coordinator/events/{id}`.
pub async fn update_event(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<Uuid>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    match (EventDraft::parse(&form.input), parse_note(&form.input.note)) {
        (Ok(draft), Ok(note)) => {
            let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
            let change = (id, &draft, note.as_str());
            match events::update(&state.db, &state.config, change, acting).await {
                Ok(_) => Ok(
                    Redirect::to(&format!("/coordinator/events/{id}?notice=saved")).into_response(),
                ),
                Err(refused) => {
                    let errors = crate::web::refusal_on_form(refused)?;
                    form_page(&state, &signed_in, Some(id), form.input, errors)
                }
            }
        }
        (parsed, note) => {
            let mut errors = parsed.err().unwrap_or_default();
            errors.extend(note.err());
            form_page(&state, &signed_in, Some(id), form.input, FormErrors(errors))
        }
    }
}

/// The text id of the note shown after a change (`?notice=`).
fn notice_text(notice: Option<&str>) -> Option<&'static str> {
    Some(match notice? {
        "created" => "coord-notice-created",
        "copied" => "coord-notice-copied",
        "saved" => "coord-notice-saved",
        "session-added" => "coord-notice-session-added",
        "session-saved" => "coord-notice-session-saved",
        "session-moved" => "coord-notice-session-moved",
        "published" => "coord-notice-published",
        "closed" => "coord-notice-closed",
        "reopened" => "coord-notice-reopened",
        "cancelled" => "coord-notice-cancelled",
        _ => return None,
    })
}

/// When booking opens and closes, written for `locale`.
fn booking_window(event: &EventDetails, locale: &Locale) -> Result<String, AppError> {
    let zone = &event.time_zone;
    let at = |ms| dates::instant(locale, ms, zone);
    let from = match event.booking_opens_at {
        Some(ms) => i18n::text(locale, "coord-booking-from", &[("time", &at(ms)?)]),
        None => i18n::text(locale, "coord-booking-from-publication", &[]),
    };
    let until = match event.booking_closes_at {
        Some(ms) => i18n::text(locale, "coord-booking-until", &[("time", &at(ms)?)]),
        None => i18n::text(locale, "coord-booking-until-start", &[]),
    };
    Ok(format!("{from} {until}"))
}

/// `GET /coordinator/events/{id}`.
pub async fn show_event(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<Uuid>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let overview = event_page::load(&state.db, id, &locale).await?;
    let (event, sessions) = (overview.event, overview.sessions);
    let status = event.status;
    let booked = sessions.iter().map(|s| s.booked).sum();
    let actions = status.actions();
    let page = EventPage {
        status_id: status.text_id(),
        meta: Layout::new(event.title.clone(), &state.config.programme_name, &locale),
        csrf: signed_in.csrf,
        when: dates::range(&locale, event.starts_at, event.ends_at, &event.time_zone)?,
        booking_window: booking_window(&event, &locale)?,
        editable: status.editable(),
        can_cancel: actions.contains(&StatusAction::Cancel),
        actions,
        booked,
        sessions,
        dashboard: overview.dashboard,
        waiting_sign_ups: overview.waiting_sign_ups,
        notice: notice_text(query.notice.as_deref()),
        event,
    };
    Ok(Html(page.render()?).into_response())
}

/// `POST /coordinator/events/{id}/status`: publish, close, reopen or cancel.
pub async fn change_status(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<Uuid>,
    Form(form): Form<StatusForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let action = StatusAction::parse(&form.action).ok_or_else(|| {
        AppError::Validation(vec![FieldError::new("action", "problem-status-action")])
    })?;
    if action == StatusAction::Cancel && form.confirm != "yes" {
        return Err(AppError::Validation(vec![FieldError::new(
            "confirm",
            "problem-cancel-confirm",
        )]));
    }
    let note = parse_note(&form.note).map_err(|problem| AppError::Validation(vec![problem]))?;
    let actor = Actor::Coordinator(signed_in.coordinator.id);
    let change = (id, action, note.as_str());
    events::change_status(&state.db, &state.config, change, actor, now_ms()).await?;
    let notice = match action {
        StatusAction::Publish => "published",
        StatusAction::Close => "closed",
        StatusAction::Reopen => "reopened",
        StatusAction::Cancel => "cancelled",
    };
    Ok(Redirect::to(&format!("/coordinator/events/{id}?notice={notice}")).into_response())
}
