//! Employer contact pages, reached through a personal link (`/e/{token}`); no account. The
//! contact registers their volunteers for the event: one by one, by CSV file, edits and
//! withdrawals. Every change is a POST with the form token, answered by a redirect.

use super::csrf;
use super::layout::Layout;
use super::upload::read_upload;
use crate::app::error::AppError;
use crate::app::extract::{Form, ListForm, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::csv_table::ImportProblem;
use crate::domain::fields::FormErrors;
use crate::domain::locale::Locale;
use crate::domain::volunteer_draft::{self, VolunteerDraft, VolunteerInput};
use crate::i18n::InLocale as _;
use crate::i18n::{self, MAIL_LANGUAGES};
use crate::services::team_views::{self, EmployerHome, VolunteerLine};
use crate::services::volunteers::{self, EmployerAccess, Outcome, Team};
use crate::web::csrf::CsrfForm;
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "employer/event.html")]
struct EventPage {
    meta: Layout,
    token: String,
    csrf: String,
    home: EmployerHome,
    notice: Option<String>,
    problems: Vec<ImportProblem>,
}

#[derive(Template)]
#[template(path = "employer/volunteer_form.html")]
struct VolunteerPage {
    meta: Layout,
    token: String,
    csrf: String,
    home: EmployerHome,
    /// The volunteer being edited; `None` when adding one.
    editing: Option<Uuid>,
    input: VolunteerInput,
    errors: FormErrors,
    languages: &'static [&'static str],
}

#[derive(Template)]
#[template(path = "employer/withdraw.html")]
struct WithdrawPage {
    meta: Layout,
    token: String,
    csrf: String,
    volunteer: VolunteerLine,
}

/// The volunteer form with its token.
#[derive(Deserialize)]
pub struct VolunteerForm {
    csrf: String,
    #[serde(flatten)]
    input: VolunteerInput,
}

/// `?saved=&withdrawn=&moved=&waitlisted=` after a change.
#[derive(Deserialize)]
pub struct OutcomeQuery {
    saved: Option<usize>,
    withdrawn: Option<usize>,
    moved: Option<usize>,
    waitlisted: Option<usize>,
}

impl OutcomeQuery {
    /// What the change did, in `locale`.
    fn notice(&self, locale: &Locale) -> Option<String> {
        let mut parts = Vec::new();
        match (self.saved, self.withdrawn) {
            (Some(n), _) => parts.push(i18n::count_text(
                locale,
                "employer-notice-saved",
                i64::try_from(n).unwrap_or(i64::MAX),
            )),
            (None, Some(_)) => parts.push(i18n::text(locale, "employer-notice-withdrawn", &[])),
            (None, None) => return None,
        }
        match (self.moved.unwrap_or(0), self.waitlisted.unwrap_or(0)) {
            (0, 0) => {}
            (moved, waitlisted) => parts.push(i18n::text(
                locale,
                "employer-notice-relocated",
                &[
                    ("moved", &moved.to_string()),
                    ("waitlisted", &waitlisted.to_string()),
                ],
            )),
        }
        Some(parts.join(" "))
    }
}

impl EventPage {
    /// An availability cell as the import expects it, with the date when the event has several
    /// days.
    fn availability_example(&self) -> &'static str {
        if self.home.needs_dates {
            "2026-12-05 17:30-19:30; 20:00-21:00"
        } else {
            "17:30-19:30; 20:00-21:00"
        }
    }
}

fn layout(state: &AppState, home: &EmployerHome) -> Layout {
    Layout::new(
        home.event_title.clone(),
        &state.config.programme_name,
        &home.locale,
    )
}

fn back(token: &str, outcome: &Outcome, key: &str) -> Response {
    Redirect::to(&format!(
        "/e/{token}?{key}={}&moved={}&waitlisted={}",
        outcome.saved.max(1),
        outcome.relocated.moved,
        outcome.relocated.waitlisted
    ))
    .into_response()
}

async fn access(state: &AppState, token: &str) -> Result<EmployerAccess, AppError> {
    Ok(volunteers::employer_access(&state.db, token, now_ms()).await?)
}

async fn event_page(
    state: &AppState,
    token: String,
    jar: CookieJar,
    outcome: Option<&OutcomeQuery>,
    problems: Vec<ImportProblem>,
) -> Result<Response, AppError> {
    let access = access(state, &token).await?;
    let home = team_views::employer_home(&state.db, &access).await?;
    let notice = outcome.and_then(|o| o.notice(&home.locale));
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = EventPage {
        meta: layout(state, &home),
        token,
        csrf,
        home,
        notice,
        problems,
    };
    Ok((status, jar, Html(page.render()?)).into_response())
}

/// `GET /e/{token}`: the employer's volunteers at one event, with their slots.
pub async fn show_event(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<OutcomeQuery>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    event_page(&state, token, jar, Some(&query), Vec::new()).await
}

async fn form_page(
    state: &AppState,
    token: String,
    jar: CookieJar,
    editing: Option<Uuid>,
    input: VolunteerInput,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let access = access(state, &token).await?;
    let home = team_views::employer_home(&state.db, &access).await?;
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let status = if errors.any() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let meta = layout(state, &home);
    let errors = crate::web::form_errors_in(&errors, meta.locale());
    let page = VolunteerPage {
        meta,
        token,
        csrf,
        home,
        editing,
        input,
        errors,
        languages: MAIL_LANGUAGES,
    };
    Ok((status, jar, Html(page.render()?)).into_response())
}

/// `GET /e/{token}/volunteers/new`.
pub async fn new_volunteer(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let input = VolunteerInput {
        language: "en".to_owned(),
        ..VolunteerInput::default()
    };
    form_page(&state, token, jar, None, input, FormErrors::none()).await
}

/// `GET /e/{token}/volunteers/{id}/edit`.
pub async fn edit_volunteer(
    State(state): State<AppState>,
    Path((token, volunteer_id)): Path<(String, Uuid)>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let access = access(&state, &token).await?;
    let input = team_views::volunteer_input(&state.db, &access, volunteer_id).await?;
    form_page(
        &state,
        token,
        jar,
        Some(volunteer_id),
        input,
        FormErrors::none(),
    )
    .await
}

async fn save(
    state: AppState,
    token: String,
    jar: CookieJar,
    editing: Option<Uuid>,
    mut form: VolunteerForm,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    let access = access(&state, &token).await?;
    if let Some(volunteer_id) = editing {
        // Fields typed before the shared list existed stay when the form sends them back.
        form.input.kept_expertise = team_views::volunteer_input(&state.db, &access, volunteer_id)
            .await?
            .kept_expertise;
    }
    let saved = match VolunteerDraft::parse(&form.input, &access.hours(), MAIL_LANGUAGES) {
        Ok(draft) => volunteers::save(
            &state.db,
            &state.config,
            Team::Link(&token),
            editing,
            &draft,
            now_ms(),
        )
        .await
        .map_err(AppError::from),
        Err(errors) => Err(AppError::Validation(errors)),
    };
    match saved {
        Ok(outcome) => Ok(back(&token, &outcome, "saved")),
        Err(AppError::Validation(errors)) => {
            form_page(&state, token, jar, editing, form.input, FormErrors(errors)).await
        }
        Err(other) => Err(other),
    }
}

/// `POST /e/{token}/volunteers`: adds a volunteer (or updates the one with that address).
pub async fn create_volunteer(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    ListForm(form): ListForm<VolunteerForm>,
) -> Result<Response, AppError> {
    save(state, token, jar, None, form).await
}

/// `POST /e/{token}/volunteers/{id}`: changes a volunteer's details and availability.
pub async fn update_volunteer(
    State(state): State<AppState>,
    Path((token, volunteer_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    ListForm(form): ListForm<VolunteerForm>,
) -> Result<Response, AppError> {
    save(state, token, jar, Some(volunteer_id), form).await
}

/// `GET /e/{token}/volunteers/{id}/withdraw`: asks first, saying what will happen.
pub async fn confirm_withdraw(
    State(state): State<AppState>,
    Path((token, volunteer_id)): Path<(String, Uuid)>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let access = access(&state, &token).await?;
    let home = team_views::employer_home(&state.db, &access).await?;
    let meta = layout(&state, &home);
    let volunteer = home
        .volunteers
        .into_iter()
        .find(|v| v.id == volunteer_id)
        .ok_or(AppError::NotFound)?;
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let page = WithdrawPage {
        meta,
        token,
        csrf,
        volunteer,
    };
    Ok((jar, Html(page.render()?)).into_response())
}

/// `POST /e/{token}/volunteers/{id}/withdraw`.
pub async fn withdraw_volunteer(
    State(state): State<AppState>,
    Path((token, volunteer_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    let outcome = volunteers::withdraw(
        &state.db,
        &state.config,
        Team::Link(&token),
        volunteer_id,
        now_ms(),
    )
    .await?;
    Ok(back(&token, &outcome, "withdrawn"))
}

/// `POST /e/{token}/volunteers/import`: every row checked first; nothing saved if any is wrong.
pub async fn import_volunteers(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let upload = read_upload(multipart, volunteer_draft::TABLE.max_bytes / (1024 * 1024)).await?;
    csrf::verify(&jar, upload.field("csrf"))?;
    let access = access(&state, &token).await?;
    match volunteer_draft::parse_file(&upload.file, &access.hours(), MAIL_LANGUAGES) {
        Ok(drafts) => {
            let outcome = volunteers::import(
                &state.db,
                &state.config,
                Team::Link(&token),
                &drafts,
                now_ms(),
            )
            .await?;
            Ok(back(&token, &outcome, "saved"))
        }
        Err(problems) => event_page(&state, token, jar, None, problems).await,
    }
}
