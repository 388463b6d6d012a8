//! `/coordinator/events/{id}/sign-up`: opening an event to sign-up. The coordinator chooses who
//! may sign up (job seekers, employers), whether a phone number will do, whether each sign-up
//! waits for their answer, which sessions the public page shows, and up to ten questions of
//! their own; below, the sign-ups waiting for an answer, each accepted or declined.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::fields::FormErrors;
use crate::domain::sign_up::SignUpKind;
use crate::domain::sign_up_question::{MAX_QUESTIONS, QuestionDraft, QuestionKind};
use crate::i18n::dates;
use crate::i18n::request::page_locale;
use crate::services::events::{self, EventDetails};
use crate::services::sign_up_review;
use crate::services::sign_up_settings::{self, Overview, Settings};
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "coordinator/sign_up.html")]
struct SignUpPage {
    meta: Layout,
    csrf: String,
    event: EventDetails,
    overview: Overview,
    public_url: String,
    /// (session id, title with its time, shown) per session.
    sessions: Vec<(Uuid, String, bool)>,
    /// (when confirmed, sign-up) per waiting sign-up.
    waiting_times: Vec<String>,
    kinds: &'static [QuestionKind],
    question: QuestionInput,
    question_errors: FormErrors,
    notice: Option<&'static str>,
    max_questions: usize,
}

impl SignUpPage {
    fn is_employer(&self, kind: &SignUpKind) -> bool {
        *kind == SignUpKind::Employer
    }

    fn waiting_time(&self, index: &usize) -> &str {
        self.waiting_times.get(*index).map_or("", String::as_str)
    }
}

/// The new-question form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct QuestionInput {
    csrf: String,
    label: String,
    kind: String,
    choices: String,
    required: Option<String>,
}

/// `?notice=` after a change.
#[derive(Deserialize)]
pub struct NoticeQuery {
    #[serde(default)]
    notice: Option<String>,
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    event_id: Uuid,
    (question, question_errors, notice): (QuestionInput, FormErrors, Option<&'static str>),
) -> Result<Response, AppError> {
    let locale = page_locale();
    let event = events::details(&state.db, event_id).await?;
    let overview = sign_up_settings::overview(&state.db, event_id, locale.lang()).await?;
    let zone = overview.time_zone.clone();
    let mut sessions = Vec::new();
    for s in &overview.sessions {
        let when = dates::instant(&locale, s.starts_at, &zone)?;
        let shown = overview.settings.sessions.contains(&s.id);
        sessions.push((s.id, format!("{} ({when})", s.title), shown));
    }
    let mut waiting_times = Vec::new();
    for w in &overview.waiting {
        waiting_times.push(dates::instant(&locale, w.confirmed_at, &zone)?);
    }
    let status = crate::web::form_status(&question_errors);
    let view = SignUpPage {
        meta: Layout::titled_with(
            "coord-sign-up-title",
            &[("event", &event.title)],
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        public_url: format!("{}{}", state.config.base_url, overview.public_path),
        event,
        overview,
        sessions,
        waiting_times,
        kinds: QuestionKind::ALL,
        question,
        question_errors: crate::web::form_errors_in(&question_errors, &locale),
        notice,
        max_questions: MAX_QUESTIONS,
    };
    Ok((status, Html(view.render()?)).into_response())
}

fn notice_of(query: Option<&str>) -> Option<&'static str> {
    match query {
        Some("saved") => Some("coord-sign-up-saved"),
        Some("question-added") => Some("coord-sign-up-question-added"),
        Some("question-removed") => Some("coord-sign-up-question-removed"),
        Some("accepted") => Some("coord-sign-up-accepted"),
        Some("declined") => Some("coord-sign-up-declined"),
        _ => None,
    }
}

fn back(event_id: Uuid, notice: &str) -> Response {
    Redirect::to(&format!(
        "/coordinator/events/{event_id}/sign-up?notice={notice}"
    ))
    .into_response()
}

/// `GET /coordinator/events/{id}/sign-up`.
pub async fn show_sign_up(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let notice = notice_of(query.notice.as_deref());
    let shown = (QuestionInput::default(), FormErrors::none(), notice);
    page(&state, &signed_in, event_id, shown).await
}

/// `POST /coordinator/events/{id}/sign-up`: the settings (checkboxes; sessions as
/// `session:<id>`).
pub async fn save_settings(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(fields): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(fields.get("csrf").map_or("", String::as_str))?;
    let ticked = |name: &str| fields.get(name).is_some_and(|v| v == "yes");
    let settings = Settings {
        participants_open: ticked("participants_open"),
        whole_event: fields.get("sessions").is_none_or(|v| v == "all"),
        phone_allowed: ticked("phone_allowed"),
        approval: ticked("approval"),
        employers_open: ticked("employers_open"),
        sessions: fields
            .keys()
            .filter_map(|key| key.strip_prefix("session:"))
            .filter_map(|id| Uuid::parse_str(id).ok())
            .collect(),
    };
    let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
    sign_up_settings::save(&state.db, event_id, &settings, acting).await?;
    Ok(back(event_id, "saved"))
}

/// `POST /coordinator/events/{id}/sign-up/questions`: adds a question.
pub async fn add_question(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(event_id): Path<Uuid>,
    Form(input): Form<QuestionInput>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&input.csrf)?;
    let required = input.required.as_deref() == Some("yes");
    let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
    let added = match QuestionDraft::parse(&input.kind, &input.label, &input.choices, required) {
        Ok(draft) => sign_up_settings::add_question(&state.db, event_id, draft, acting)
            .await
            .map_err(AppError::from),
        Err(problems) => Err(AppError::Validation(problems)),
    };
    match added {
        Ok(()) => Ok(back(event_id, "question-added")),
        Err(error) => {
            let errors = crate::web::refusal_on_form(error)?;
            page(&state, &signed_in, event_id, (input, errors, None)).await
        }
    }
}

/// A form with only its token.
#[derive(Deserialize)]
pub struct TokenForm {
    csrf: String,
}

/// `POST /coordinator/events/{id}/sign-up/questions/{question_id}/remove`.
pub async fn remove_question(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, question_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<TokenForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
    sign_up_settings::remove_question(&state.db, (event_id, question_id), acting).await?;
    Ok(back(event_id, "question-removed"))
}

/// Accept or decline.
#[derive(Deserialize)]
pub struct AnswerForm {
    csrf: String,
    action: String,
}

/// `POST /coordinator/events/{id}/sign-ups/{sign_up_id}`: accepts or declines a sign-up.
pub async fn answer_sign_up(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((event_id, sign_up_id)): Path<(Uuid, Uuid)>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
    let ids = (event_id, sign_up_id);
    match form.action.as_str() {
        "accept" => {
            sign_up_review::accept(&state.db, &state.config, ids, acting).await?;
            Ok(back(event_id, "accepted"))
        }
        "decline" => {
            sign_up_review::decline(&state.db, &state.config, ids, acting).await?;
            Ok(back(event_id, "declined"))
        }
        _ => Err(AppError::NotFound),
    }
}
