//! An event's participant list: add one person, import a CSV file, send personal links.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, ListForm, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::fields::{FieldError, FormErrors};
use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::participant_import::{
    self, ImportProblem, ParticipantRow, check_row, parse_file,
};
use crate::i18n;
use crate::i18n::InLocale as _;
use crate::i18n::request::page_locale;
use crate::services::events::{self, EventSummary};
use crate::services::participant_list::{self, Filter, ListPage, ListQuery};
use crate::services::participants;
use crate::services::{erasure, participant_links};
use crate::web::csrf::CsrfForm;
use crate::web::layout::Layout;
use crate::web::upload::read_upload;
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/participants.html")]
struct ParticipantsPage {
    meta: Layout,
    csrf: String,
    event: EventSummary,
    list: ListPage,
    query: ListQuery,
    filters: [Filter; 5],
    problems: Vec<ImportProblem>,
    valid_rows: usize,
    input: PersonInput,
    errors: FormErrors,
    notice: Option<String>,
}

/// The single-person form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct PersonInput {
    pub(super) name: String,
    pub(super) email: String,
    pub(super) phone: String,
    pub(super) language: String,
    pub(super) occupations: String,
    pub(super) languages: String,
    pub(super) needs: String,
}

impl PersonInput {
    /// Checks the fields as one person, each problem named by its field.
    pub(super) fn check(&self) -> Result<ParticipantRow, FormErrors> {
        let cells: HashMap<&str, &str> = [
            ("name", self.name.as_str()),
            ("email", self.email.as_str()),
            ("phone", self.phone.as_str()),
            ("language", self.language.as_str()),
            ("occupations", self.occupations.as_str()),
            ("languages", self.languages.as_str()),
            ("needs", self.needs.as_str()),
        ]
        .into_iter()
        .collect();
        check_row(1, &cells).map_err(|problems| {
            FormErrors(
                problems
                    .into_iter()
                    .map(|p| FieldError {
                        field: p.column,
                        message: p.message,
                        args: p.args,
                    })
                    .collect(),
            )
        })
    }
}

/// The single-person form with its token.
#[derive(Deserialize)]
pub struct PersonForm {
    csrf: String,
    #[serde(flatten)]
    input: PersonInput,
}

impl ParticipantsPage {
    /// A language's name in itself (`Deutsch` for `de`), or the code as stored.
    fn language_name(&self, code: &str) -> String {
        super::person::language_name(code)
    }

    /// The text id of a booking's state.
    fn status_of(&self, status: &BookingStatus) -> &'static str {
        super::person::status_text(*status)
    }

    /// The address of page `page` of the list as now searched and filtered.
    fn page_link(&self, page: usize) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if !self.query.find.is_empty() {
            query.append_pair("find", &self.query.find);
        }
        if self.query.filter != Filter::All {
            query.append_pair("show", self.query.filter.as_str());
        }
        query.append_pair("page", &page.to_string());
        format!(
            "/coordinator/events/{}/participants?{}#list-heading",
            self.event.id,
            query.finish()
        )
    }
}

/// `?created=&merged=&sent=&link=` after a change; `?find=`, `?show=` and `?page=` choose
/// what the list shows.
#[derive(Deserialize)]
pub struct OutcomeQuery {
    #[serde(default)]
    find: String,
    #[serde(default)]
    show: String,
    /// Read leniently: anything but a number shows the first page.
    #[serde(default)]
    page: String,
    added: Option<usize>,
    merged: Option<usize>,
    sent: Option<usize>,
    link: Option<String>,
}

struct PageState {
    problems: Vec<ImportProblem>,
    valid_rows: usize,
    input: PersonInput,
    errors: FormErrors,
    notice: Option<String>,
    query: ListQuery,
}

impl PageState {
    fn plain(notice: Option<String>) -> Self {
        Self {
            problems: Vec::new(),
            valid_rows: 0,
            input: PersonInput::default(),
            errors: FormErrors::none(),
            notice,
            query: ListQuery::default(),
        }
    }
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    view: PageState,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let stored = events::find(&state.db, event_id).await?;
    let list = participant_list::load(&state.db, &stored, &view.query, &locale).await?;
    let event = EventSummary::from(&stored);
    let status = if view.errors.any() || !view.problems.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ParticipantsPage {
        meta: Layout::titled(
            "coord-participants-title",
            &state.config.programme_name,
            &page_locale(),
        ),
        csrf: signed_in.csrf.clone(),
        event,
        list,
        query: view.query,
        filters: Filter::ALL,
        problems: view.problems,
        valid_rows: view.valid_rows,
        input: view.input,
        errors: crate::web::form_errors_in(&view.errors, &page_locale()),
        notice: view.notice,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// Back to the person's own page, with `notice` saying what happened.
fn to_person(event_id: Uuid, participant_id: Uuid, notice: &str) -> Response {
    Redirect::to(&format!(
        "/coordinator/events/{event_id}/participants/{participant_id}?notice={notice}"
    ))
    .into_response()
}

fn back(event_id: Uuid, query: &str) -> Response {
    Redirect::to(&format!(
        "/coordinator/events/{event_id}/participants?{query}"
    ))
    .into_response()
}

/// `GET /coordinator/events/{id}/participants`.
pub async fn show_participants(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Query(query): Query<OutcomeQuery>,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let say = |id: &str| Some(i18n::text(&locale, id, &[]));
    let notice = match (query.added, query.merged, query.sent) {
        _ if query.link.as_deref() == Some("resent") => say("coord-notice-link-resent"),
        _ if query.link.as_deref() == Some("erased") => say("coord-notice-erased"),
        _ if query.link.as_deref() == Some("revoked") => say("coord-notice-link-revoked"),
        (_, _, Some(sent)) => Some(i18n::count_text(
            &locale,
            "coord-notice-links-sent",
            i64::try_from(sent).unwrap_or(i64::MAX),
        )),
        (Some(added), merged, None) => Some(i18n::text(
            &locale,
            "coord-notice-imported",
            &[
                ("count", &added.to_string()),
                ("capacity", &merged.unwrap_or(0).to_string()),
            ],
        )),
        _ => None,
    };
    let view = PageState {
        query: ListQuery {
            find: query.find.chars().take(200).collect(),
            filter: Filter::parse(&query.show),
            page: query.page.trim().parse().unwrap_or(1),
        },
        ..PageState::plain(notice)
    };
    page(&state, &signed_in, event_id, view).await
}

/// `POST /coordinator/events/{id}/participants`: adds one person.
pub async fn add_participant(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    ListForm(form): ListForm<PersonForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    match form.input.check() {
        Ok(row) => {
            let outcome = participants::import(&state.db, event_id, &[row], now_ms()).await?;
            Ok(back(
                event_id,
                &format!("added={}&merged={}", outcome.added_to_event, outcome.merged),
            ))
        }
        Err(errors) => {
            let view = PageState {
                input: form.input,
                errors,
                ..PageState::plain(None)
            };
            page(&state, &signed_in, event_id, view).await
        }
    }
}

/// `POST /coordinator/events/{id}/participants/import`: all rows or, when asked, the valid ones.
pub async fn import_participants(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let form = read_upload(multipart, participant_import::MAX_BYTES / (1024 * 1024)).await?;
    signed_in.check_csrf(form.field("csrf"))?;
    let valid_only = form.field("valid_only") == "yes";
    let report = parse_file(&form.file);
    if report.rows.is_empty() && report.problems.is_empty() {
        let view = PageState {
            problems: vec![ImportProblem::new(0, "", "import-no-people")],
            ..PageState::plain(None)
        };
        return page(&state, &signed_in, event_id, view).await;
    }
    if !report.problems.is_empty() && !valid_only {
        let view = PageState {
            valid_rows: report.rows.len(),
            problems: report.problems,
            ..PageState::plain(None)
        };
        return page(&state, &signed_in, event_id, view).await;
    }
    let outcome = participants::import(&state.db, event_id, &report.rows, now_ms()).await?;
    Ok(back(
        event_id,
        &format!(
            "added={}&merged={}",
            outcome.added_to_event,
            outcome.merged + report.merged
        ),
    ))
}

/// `POST /coordinator/events/{id}/invitations`: mails everyone not yet invited their link.
pub async fn send_invitations(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let sent = participants::send_invitations(&state.db, &state.config, event_id, now_ms()).await?;
    Ok(back(event_id, &format!("sent={sent}")))
}

/// `POST /coordinator/events/{id}/participants/{participant_id}/resend-link`.
pub async fn resend_link(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, participant_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    participant_links::resend(
        &state.db,
        &state.config,
        EventId(event_id),
        ParticipantId(participant_id),
        now_ms(),
    )
    .await?;
    Ok(to_person(event_id, participant_id, "link-resent"))
}

/// `POST /coordinator/events/{id}/participants/{participant_id}/revoke-link`.
pub async fn revoke_link(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, participant_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    participant_links::revoke(
        &state.db,
        EventId(event_id),
        ParticipantId(participant_id),
        now_ms(),
    )
    .await?;
    Ok(to_person(event_id, participant_id, "link-revoked"))
}

/// The erase form: its token and the ticked confirmation.
#[derive(Deserialize)]
pub struct EraseForm {
    csrf: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /coordinator/events/{id}/participants/{participant_id}/erase`: erases the person
/// everywhere, once the confirmation on their page is ticked (recorded in the audit log).
pub async fn erase_participant(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, participant_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<EraseForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    if form.confirm != "yes" {
        let ids = (event_id, participant_id);
        return super::person::erase_refused(&state, &signed_in, ids).await;
    }
    participants::ensure_listed(&state.db, EventId(event_id), ParticipantId(participant_id))
        .await?;
    let actor = Some(Actor::Coordinator(signed_in.coordinator.id));
    erasure::erase_participant(&state.db, &state.config, participant_id, actor, now_ms()).await?;
    Ok(back(event_id, "link=erased"))
}
