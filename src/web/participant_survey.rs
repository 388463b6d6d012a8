//! The follow-up survey page behind a participant's link (`/p/{token}/survey`): three short
//! questions, then their answer shown back.

use super::csrf;
use super::layout::{Layout, Switcher};
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::fields::FormErrors;
use crate::domain::survey::{PLANS, Usefulness, check};
use crate::i18n;
use crate::services::surveys::{self, SurveyPage};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "participant/survey.html")]
struct Page {
    meta: Layout,
    token: String,
    csrf: String,
    survey: SurveyPage,
    useful_answers: &'static [Usefulness],
    plan_codes: Vec<&'static str>,
    typed_useful: String,
    typed_plans: Vec<String>,
    typed_comment: String,
    errors: FormErrors,
    thanked: bool,
}

/// The text id of a plan.
fn plan_id(code: &str) -> &'static str {
    match code {
        "apply" => "survey-plan-apply",
        "language" => "survey-plan-language",
        "training" => "survey-plan-training",
        "recognition" => "survey-plan-recognition",
        _ => "survey-plan-internship",
    }
}

impl Page {
    fn useful_id(&self, answer: &Usefulness) -> &'static str {
        answer.text_id()
    }

    fn plan_id(&self, code: &str) -> &'static str {
        plan_id(code)
    }

    fn plan_ids(&self, stored: &str) -> Vec<&'static str> {
        PLANS
            .iter()
            .filter(|(code, _)| stored.split(',').any(|s| s == *code))
            .map(|(code, _)| plan_id(code))
            .collect()
    }

    fn useful_chosen(&self, answer: &Usefulness) -> bool {
        self.typed_useful == answer.as_str()
    }

    fn plan_ticked(&self, code: &&str) -> bool {
        self.typed_plans.iter().any(|p| p == code)
    }
}

/// `?thanks=1` after answering.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SurveyQuery {
    thanks: String,
}

struct Typed {
    useful: String,
    plans: Vec<String>,
    comment: String,
    errors: FormErrors,
}

async fn render(
    state: &AppState,
    token: String,
    jar: CookieJar,
    typed: Typed,
    thanked: bool,
) -> Result<Response, AppError> {
    let survey = surveys::page(&state.db, &token, now_ms()).await?;
    // Resolving their link set the request's language to theirs.
    let locale = i18n::request::page_locale();
    let (jar, csrf) = csrf::form_token(jar, state.config.is_https())?;
    let status = crate::web::form_status(&typed.errors);
    let errors = crate::web::form_errors_in(&typed.errors, &locale);
    let back = format!("/p/{token}/survey");
    let title = i18n::text(&locale, "survey-title", &[("event", &survey.event_title)]);
    let page = Page {
        meta: Layout::new(title, &state.config.programme_name, &locale)
            .with_switcher(Switcher::for_participant(&token, &csrf, &back, &locale)),
        token,
        csrf,
        survey,
        useful_answers: Usefulness::ALL,
        plan_codes: PLANS.iter().map(|(code, _)| *code).collect(),
        typed_useful: typed.useful,
        typed_plans: typed.plans,
        typed_comment: typed.comment,
        errors,
        thanked,
    };
    Ok((status, jar, Html(page.render()?)).into_response())
}

/// `GET /p/{token}/survey`.
pub async fn show_survey(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<SurveyQuery>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let typed = Typed {
        useful: String::new(),
        plans: Vec::new(),
        comment: String::new(),
        errors: FormErrors::none(),
    };
    render(&state, token, jar, typed, !query.thanks.is_empty()).await
}

/// `POST /p/{token}/survey`: stores the answer once.
pub async fn answer_survey(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let value = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    csrf::verify(&jar, &value("csrf"))?;
    let plans: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k == "plan")
        .map(|(_, v)| v.clone())
        .collect();
    let plan_refs: Vec<&str> = plans.iter().map(String::as_str).collect();
    match check(&value("useful"), &plan_refs, &value("comment")) {
        Ok(draft) => {
            surveys::answer(&state.db, &token, &draft, now_ms()).await?;
            Ok(Redirect::to(&format!("/p/{token}/survey?thanks=1")).into_response())
        }
        Err(errors) => {
            let typed = Typed {
                useful: value("useful"),
                plans,
                comment: value("comment"),
                errors,
            };
            render(&state, token, jar, typed, false).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;

    #[test]
    fn every_answer_has_a_text() {
        let english = Locale::default();
        for answer in Usefulness::ALL {
            assert_eq!(i18n::text(&english, answer.text_id(), &[]), answer.label());
        }
        for (code, label) in PLANS {
            assert_eq!(i18n::text(&english, plan_id(code), &[]), label);
        }
    }
}
