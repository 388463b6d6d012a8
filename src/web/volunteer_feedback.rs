//! The volunteer's feedback form for one interview (`/v/{token}/feedback/{booking_id}`), from
//! the request mail or their schedule page: four ratings and two texts, then read-only.

use super::csrf;
use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::feedback::{RUBRIC, RubricItem, SCALE, check, scale_id};
use crate::domain::fields::{FormErrors, TypedForm};
use crate::i18n::{self, request::page_locale};
use crate::services::feedback::views::Rated;
use crate::services::feedback::{self, FeedbackForm, Submitted};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "volunteer/feedback.html")]
struct Page {
    meta: Layout,
    token: String,
    booking_id: Uuid,
    csrf: String,
    form: FeedbackForm,
    rubric: [RubricItem; 4],
    scale: [(&'static str, &'static str); 4],
    sent_view: Option<SentView>,
    typed: TypedForm,
    errors: FormErrors,
    notice: Option<&'static str>,
}

/// The feedback as sent, shown like everywhere else it is shown.
struct SentView {
    ratings: Vec<Rated>,
    strengths: String,
    next_steps: String,
}

impl Page {
    /// Whether rating `n` of `field` was chosen (when the form is shown again).
    fn chosen(&self, field: &str, n: &usize) -> bool {
        self.typed.is(field, &n.to_string())
    }
}

/// `?notice=` after sending.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FeedbackQuery {
    notice: String,
}

async fn render(
    state: &AppState,
    jar: CookieJar,
    (token, booking_id): (String, Uuid),
    typed: TypedForm,
    errors: FormErrors,
    notice: Option<&'static str>,
) -> Result<Response, AppError> {
    let form = feedback::form(&state.db, &token, booking_id, now_ms()).await?;
    // Resolving their link set the request's language to theirs.
    let locale = page_locale();
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let sent_view = form.sent.as_ref().map(|sent| SentView {
        ratings: RUBRIC
            .iter()
            .zip(sent.ratings())
            .map(|(item, rating)| (item.label_id, rating, scale_id(rating)))
            .collect(),
        strengths: sent.strengths.clone(),
        next_steps: sent.next_steps.clone(),
    });
    let status = crate::web::form_status(&errors);
    let errors = crate::web::form_errors_in(&errors, &locale);
    let title = i18n::text(
        &locale,
        "feedback-form-title",
        &[("name", &form.participant)],
    );
    let page = Page {
        meta: Layout::new(title, &state.config.programme_name, &locale),
        token,
        booking_id,
        csrf,
        form,
        rubric: RUBRIC,
        scale: SCALE,
        sent_view,
        typed,
        errors,
        notice,
    };
    Ok((status, jar, Html(page.render()?)).into_response())
}

/// `GET /v/{token}/feedback/{booking_id}`.
pub async fn show_form(
    State(state): State<AppState>,
    Path((token, booking_id)): Path<(String, Uuid)>,
    Query(query): Query<FeedbackQuery>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let notice = match query.notice.as_str() {
        "sent" => Some("feedback-form-notice-sent"),
        "already" => Some("feedback-form-notice-already"),
        _ => None,
    };
    let ids = (token, booking_id);
    render(
        &state,
        jar,
        ids,
        TypedForm::default(),
        FormErrors::none(),
        notice,
    )
    .await
}

/// `POST /v/{token}/feedback/{booking_id}`: stores and sends the feedback, once.
pub async fn send_feedback(
    State(state): State<AppState>,
    Path((token, booking_id)): Path<(String, Uuid)>,
    jar: CookieJar,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let typed = TypedForm::from_pairs(fields);
    csrf::verify(&jar, typed.value("csrf"))?;
    let draft = match check(|field| typed.owned(field)) {
        Ok(draft) => draft,
        Err(errors) => {
            return render(&state, jar, (token, booking_id), typed, errors, None).await;
        }
    };
    let sent = feedback::submit(
        &state.db,
        &state.config,
        &token,
        booking_id,
        &draft,
        now_ms(),
    )
    .await?;
    let notice = match sent {
        Submitted::Stored => "sent",
        Submitted::AlreadySent => "already",
    };
    Ok(Redirect::to(&format!("/v/{token}/feedback/{booking_id}?notice={notice}")).into_response())
}
