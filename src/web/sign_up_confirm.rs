//! After signing up: the thank-you page ("check your mail", or "the organisers will call"), and
//! `/sign-up/{token}`, the confirmation link a sign-up mails. Opening the link only shows what
//! will be confirmed (mail scanners open every link); the button confirms it.

use super::csrf;
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::i18n::request::page_locale;
use crate::services::error::ServiceError;
use crate::services::sign_up_confirm::{self, Confirmation, Confirmed};
use crate::services::sign_ups;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

/// What the page says.
enum Step {
    /// After the form: check your mail (`mail`), wait for a call (`phone`), or, for an
    /// employer, check your mail and then wait for the organisers (`employer`).
    Thanks(String),
    /// The link was opened: what will be confirmed, and the button.
    Confirm {
        /// The link's token, for the form's address.
        token: String,
        /// What was given.
        facts: Confirmation,
    },
    /// Confirmed; the organisers answer by mail.
    Awaiting,
    /// Confirmed and on the list, but reached by phone only (no page to go to).
    OnList,
    /// The link is unknown, used or ran out.
    Expired,
}

#[derive(Template)]
#[template(path = "participant/sign_up_done.html")]
struct DonePage {
    meta: Layout,
    csrf: String,
    step: Step,
    event_title: String,
    slug: String,
}

fn page(
    state: &AppState,
    jar: CookieJar,
    (step, event_title, slug): (Step, String, String),
    status: StatusCode,
) -> Result<Response, AppError> {
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let locale = page_locale();
    let title = if event_title.is_empty() {
        crate::i18n::text(&locale, "sign-up-link-title", &[])
    } else {
        event_title.clone()
    };
    let view = DonePage {
        meta: Layout::new(title, &state.config.programme_name, &locale),
        csrf,
        step,
        event_title,
        slug,
    };
    Ok((status, jar, Html(view.render()?)).into_response())
}

/// `?by=` on the thank-you page.
#[derive(Deserialize)]
pub struct ThanksQuery {
    #[serde(default)]
    by: String,
}

/// `GET /events/{slug}/thanks`.
pub async fn show_thanks(
    State(state): State<AppState>,
    jar: CookieJar,
    Path(slug): Path<String>,
    Query(query): Query<ThanksQuery>,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let event = sign_ups::public_event(&state.db, &slug, locale.lang(), now_ms()).await?;
    let by = match query.by.as_str() {
        "phone" | "employer" => query.by,
        _ => "mail".to_owned(),
    };
    let facts = (Step::Thanks(by), event.event.title, slug);
    page(&state, jar, facts, StatusCode::OK)
}

fn expired(state: &AppState, jar: CookieJar) -> Result<Response, AppError> {
    let facts = (Step::Expired, String::new(), String::new());
    page(state, jar, facts, StatusCode::GONE)
}

/// `GET /sign-up/{token}`: what is about to be confirmed.
pub async fn show_confirmation(
    State(state): State<AppState>,
    jar: CookieJar,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let lang = page_locale().lang().to_owned();
    match sign_up_confirm::confirmation(&state.db, &token, &lang, now_ms()).await {
        Ok(facts) => {
            let title = facts.event_title.clone();
            let step = Step::Confirm { token, facts };
            page(&state, jar, (step, title, String::new()), StatusCode::OK)
        }
        Err(ServiceError::LinkExpired) => expired(&state, jar),
        Err(other) => Err(other.into()),
    }
}

/// The confirm button's form.
#[derive(Deserialize)]
pub struct ConfirmForm {
    csrf: String,
}

/// `POST /sign-up/{token}`: confirms; a job seeker on the list goes to their own page.
pub async fn confirm(
    State(state): State<AppState>,
    jar: CookieJar,
    Path(token): Path<String>,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    csrf::verify(&jar, &form.csrf)?;
    match sign_up_confirm::confirm(&state.db, &state.config, &token, now_ms()).await {
        Ok(Confirmed::OnList(Some(link))) => {
            // The same site's own page: a path, so it works behind any proxy's address too.
            let path = link.strip_prefix(&state.config.base_url).unwrap_or(&link);
            Ok(Redirect::to(&format!("{path}?notice=signed-up")).into_response())
        }
        Ok(Confirmed::OnList(None)) => page(
            &state,
            jar,
            (Step::OnList, String::new(), String::new()),
            StatusCode::OK,
        ),
        Ok(Confirmed::Awaiting) => page(
            &state,
            jar,
            (Step::Awaiting, String::new(), String::new()),
            StatusCode::OK,
        ),
        Err(ServiceError::LinkExpired) => expired(&state, jar),
        Err(other) => Err(other.into()),
    }
}
