//! `/events/{slug}`: an event's public page, open to anyone with its address: what, when, where
//! and how many places are free, in every language participants read (links carry `?lang=`),
//! with the job seekers' and the employers' sign-up forms when the coordinators opened them.
//! Works without JavaScript; a sign-up always answers "check your mail".

use super::csrf;
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::{ListForm, Path};
use crate::app::link_guard::ClientKey;
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::fields::FormErrors;
use crate::domain::locale::{PARTICIPANT_LANGUAGES, native_name};
use crate::domain::sign_up::{EmployerForm, LANGUAGE_ROWS, ParticipantForm};
use crate::domain::spoken_languages::SPOKEN_LANGUAGES;
use crate::i18n::MAIL_LANGUAGES;
use crate::i18n::request::page_locale;
use crate::mail::templates::When;
use crate::services::error::ServiceError;
use crate::services::sign_ups::{self, PublicEvent, Received};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use std::collections::HashMap;

/// One option of a select.
struct Opt {
    value: String,
    name: String,
    selected: bool,
}

fn options<'a>(list: impl IntoIterator<Item = (&'a str, &'a str)>, chosen: &str) -> Vec<Opt> {
    list.into_iter()
        .map(|(value, name)| Opt {
            value: value.to_owned(),
            name: name.to_owned(),
            selected: value == chosen,
        })
        .collect()
}

/// One row of "languages you speak".
struct LanguageRow {
    n: usize,
    languages: Vec<Opt>,
    levels: Vec<Opt>,
}

/// One of the event's own questions, as the form asks it.
struct QuestionView {
    field: String,
    label: String,
    required: bool,
    /// `text`, `choice` or `yes_no`.
    kind: &'static str,
    value: String,
    /// A choice question's answers.
    choices: Vec<Opt>,
}

#[derive(Template)]
#[template(path = "participant/sign_up.html")]
struct SignUpPage {
    meta: Layout,
    csrf: String,
    slug: String,
    page: PublicEvent,
    when: String,
    place: String,
    /// (time, title, what to bring, free-places text) per session.
    sessions: Vec<(String, String, String, String)>,
    /// (code, name in itself) per language the page is written in.
    page_languages: Vec<(&'static str, &'static str)>,
    person: ParticipantForm,
    person_languages: Vec<Opt>,
    language_rows: Vec<LanguageRow>,
    questions: Vec<QuestionView>,
    person_errors: FormErrors,
    employer: EmployerForm,
    employer_languages: Vec<Opt>,
    employer_errors: FormErrors,
}

impl SignUpPage {
    fn occupations(&self) -> String {
        self.person.occupations.join(";")
    }

    fn question_hint(&self, required: &bool) -> String {
        self.meta.t(if *required {
            "sign-up-required"
        } else {
            "sign-up-optional"
        })
    }
}

/// The CEFR levels a speaker picks from.
const LEVELS: &[&str] = &["A1", "A2", "B1", "B2", "C1", "C2"];

fn language_rows(person: &ParticipantForm) -> Vec<LanguageRow> {
    (0..LANGUAGE_ROWS)
        .map(|row| {
            let (code, level) = person
                .languages
                .get(row)
                .map_or(("", ""), |(c, l)| (c.as_str(), l.as_str()));
            LanguageRow {
                n: row + 1,
                languages: options(SPOKEN_LANGUAGES.iter().copied(), code),
                levels: options(LEVELS.iter().map(|l| (*l, *l)), &level.to_ascii_uppercase()),
            }
        })
        .collect()
}

fn question_views(page: &PublicEvent, person: &ParticipantForm) -> Vec<QuestionView> {
    page.questions
        .iter()
        .map(|q| {
            let field = q.field();
            let value = person.answers.get(&field).cloned().unwrap_or_default();
            QuestionView {
                choices: options(q.choices.iter().map(|c| (c.as_str(), c.as_str())), &value),
                kind: q.kind.as_str(),
                label: q.label.clone(),
                required: q.required,
                field,
                value,
            }
        })
        .collect()
}

/// The forms as typed, with their problems, for showing the page again.
#[derive(Default)]
struct Typed {
    person: ParticipantForm,
    person_errors: FormErrors,
    employer: EmployerForm,
    employer_errors: FormErrors,
}

async fn render(
    state: &AppState,
    jar: CookieJar,
    slug: &str,
    typed: Typed,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let page = sign_ups::public_event(&state.db, slug, locale.lang(), now_ms()).await?;
    let event = &page.event;
    let when = When::range(event.starts_at, event.ends_at, &event.time_zone)?;
    let sessions = page
        .sessions
        .iter()
        .map(|s| {
            let time = When::range(s.starts_at, s.ends_at, &event.time_zone)
                .map(|w| w.in_language(&locale))
                .unwrap_or_default();
            let places = if s.free > 0 {
                crate::i18n::text(
                    &locale,
                    "sign-up-places-free",
                    &[
                        ("free", &s.free.to_string()),
                        ("capacity", &s.capacity.to_string()),
                    ],
                )
            } else {
                crate::i18n::text(&locale, "sign-up-places-full", &[])
            };
            (time, s.title.clone(), s.what_to_bring.clone(), places)
        })
        .collect();
    let status = if typed.person_errors.any() || typed.employer_errors.any() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let mut person = typed.person;
    if person.language.is_empty() {
        person.language = locale.lang().to_owned();
    }
    let view = SignUpPage {
        meta: Layout::new(event.title.clone(), &state.config.programme_name, &locale),
        csrf,
        slug: slug.to_owned(),
        when: when.in_language(&locale),
        place: match (&event.venue_address, page.online) {
            (Some(venue), _) => venue.clone(),
            (None, true) => crate::i18n::text(&locale, "sign-up-online", &[]),
            (None, false) => String::new(),
        },
        sessions,
        page_languages: PARTICIPANT_LANGUAGES
            .iter()
            .map(|code| (*code, native_name(code)))
            .collect(),
        person_languages: options(
            PARTICIPANT_LANGUAGES.iter().map(|c| (*c, native_name(c))),
            &person.language,
        ),
        language_rows: language_rows(&person),
        questions: question_views(&page, &person),
        person,
        person_errors: crate::web::form_errors_in(&typed.person_errors, &locale),
        employer_languages: options(
            MAIL_LANGUAGES.iter().map(|c| (*c, native_name(c))),
            &typed.employer.contact_language,
        ),
        employer: typed.employer,
        employer_errors: crate::web::form_errors_in(&typed.employer_errors, &locale),
        page,
    };
    Ok((status, jar, Html(view.render()?)).into_response())
}

/// `GET /events/{slug}`.
pub async fn show_event(
    State(state): State<AppState>,
    jar: CookieJar,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    render(&state, jar, &slug, Typed::default()).await
}

fn value(fields: &HashMap<String, String>, name: &str) -> String {
    fields.get(name).cloned().unwrap_or_default()
}

/// The job seeker's form from its fields (occupations arrive joined by `;`).
fn participant_form(fields: &HashMap<String, String>) -> ParticipantForm {
    ParticipantForm {
        name: value(fields, "name"),
        email: value(fields, "email"),
        phone: value(fields, "phone"),
        language: value(fields, "language"),
        // At most as many fields as the shared list holds, each clipped: what is sent beyond
        // that is no one's real choice and is not shown back.
        occupations: value(fields, "occupations")
            .split(';')
            .filter(|code| !code.trim().is_empty())
            .take(MAX_OCCUPATIONS)
            .map(|code| {
                let mut code = code.to_owned();
                clip(&mut code);
                code
            })
            .collect(),
        languages: (1..=LANGUAGE_ROWS)
            .map(|row| {
                (
                    value(fields, &format!("spoken_{row}")),
                    value(fields, &format!("level_{row}")),
                )
            })
            .collect(),
        needs: value(fields, "needs"),
        keep: fields.get("keep").is_some_and(|v| v == "yes"),
        answers: fields
            .iter()
            .filter(|(name, _)| name.starts_with("q-"))
            .map(|(name, answer)| (name.clone(), answer.clone()))
            .collect(),
    }
}

/// The most occupation fields one form sends (the shared list has fewer).
const MAX_OCCUPATIONS: usize = 60;

/// The most characters of a refused value shown back in its field: enough to correct a value
/// that is a little too long, while a megabyte sent to a public form is not echoed back.
const SHOWN_BACK: usize = 2_100;

fn clip(value: &mut String) {
    if let Some((at, _)) = value.char_indices().nth(SHOWN_BACK) {
        value.truncate(at);
    }
}

fn clipped_person(mut form: ParticipantForm) -> ParticipantForm {
    for value in [
        &mut form.name,
        &mut form.email,
        &mut form.phone,
        &mut form.needs,
    ] {
        clip(value);
    }
    form.answers.values_mut().for_each(clip);
    form
}

fn clipped_employer(mut form: EmployerForm) -> EmployerForm {
    for value in [
        &mut form.organisation,
        &mut form.contact_name,
        &mut form.contact_email,
        &mut form.offer,
    ] {
        clip(value);
    }
    form
}

/// Where a sign-up sends the browser: the thank-you page in the page's language.
fn thanks(slug: &str, by: &str) -> Response {
    let lang = page_locale().lang().to_owned();
    Redirect::to(&format!("/events/{slug}/thanks?by={by}&lang={lang}")).into_response()
}

fn too_many() -> Response {
    AppError::TooManyRequests.into_response()
}

/// `POST /events/{slug}/sign-up`: a job seeker signs up.
pub async fn sign_up_participant(
    State(state): State<AppState>,
    jar: CookieJar,
    ClientKey(client): ClientKey,
    Path(slug): Path<String>,
    ListForm(fields): ListForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &value(&fields, "csrf"))?;
    let form = participant_form(&fields);
    let trap = value(&fields, "website");
    let what = (slug.as_str(), &form, trap.as_str());
    match sign_ups::sign_up_participant(&state.db, &state.config, what, (&client, now_ms())).await {
        Ok(Received::CheckMail) => Ok(thanks(&slug, "mail")),
        Ok(Received::WillBeCalled) => Ok(thanks(&slug, "phone")),
        Ok(Received::TooMany) => Ok(too_many()),
        Err(ServiceError::Invalid(problems)) => {
            let typed = Typed {
                person: clipped_person(form),
                person_errors: FormErrors(problems),
                ..Typed::default()
            };
            render(&state, jar, &slug, typed).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /events/{slug}/employers`: an employer signs up.
pub async fn sign_up_employer(
    State(state): State<AppState>,
    jar: CookieJar,
    ClientKey(client): ClientKey,
    Path(slug): Path<String>,
    ListForm(fields): ListForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &value(&fields, "csrf"))?;
    let form = EmployerForm {
        organisation: value(&fields, "organisation"),
        contact_name: value(&fields, "contact_name"),
        contact_email: value(&fields, "contact_email"),
        contact_language: value(&fields, "contact_language"),
        offer: value(&fields, "offer"),
    };
    let trap = value(&fields, "website");
    let what = (slug.as_str(), &form, trap.as_str());
    match sign_ups::sign_up_employer(&state.db, &state.config, what, (&client, now_ms())).await {
        Ok(Received::TooMany) => Ok(too_many()),
        Ok(_) => Ok(thanks(&slug, "employer")),
        Err(ServiceError::Invalid(problems)) => {
            let typed = Typed {
                employer: clipped_employer(form),
                employer_errors: FormErrors(problems),
                ..Typed::default()
            };
            render(&state, jar, &slug, typed).await
        }
        Err(other) => Err(other.into()),
    }
}
