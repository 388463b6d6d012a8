//! `/coordinator/webhooks`: the other systems that hear of changes. A coordinator registers an
//! address with the changes it wants, reads its signing secret, pauses or removes it, and reads
//! each endpoint's delivery log with "send again".

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::actor::Actor;
use crate::domain::fields::FormErrors;
use crate::domain::webhook::WebhookEvent;
use crate::i18n::dates;
use crate::i18n::request::page_locale;
use crate::services::error::ServiceError;
use crate::services::webhooks::{self, Endpoint, EndpointChange};
use crate::web::csrf::CsrfForm;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

/// The time zone the log's times are written in (the server keeps UTC).
const LOG_ZONE: &str = "UTC";

#[derive(Template)]
#[template(path = "coordinator/webhooks.html")]
struct ListPage {
    meta: Layout,
    csrf: String,
    endpoints: Vec<Endpoint>,
    every_event: &'static [WebhookEvent],
    input: RegisterForm,
    errors: FormErrors,
}

/// One delivery as the log shows it.
struct LogLine {
    id: Uuid,
    when: String,
    event: String,
    status: String,
    attempts: i32,
    /// The last answer's status, or why there was none.
    outcome: String,
}

#[derive(Template)]
#[template(path = "coordinator/webhook.html")]
struct EndpointPage {
    meta: Layout,
    csrf: String,
    endpoint: Endpoint,
    lines: Vec<LogLine>,
    notice: Option<&'static str>,
    /// The address is on a private network this installation never delivers to.
    unreachable: bool,
}

/// The register form as typed: the address and the events ticked (each a checkbox named
/// `event:<type>`).
#[derive(Clone, Debug, Default)]
pub struct RegisterForm {
    url: String,
    events: Vec<String>,
}

impl RegisterForm {
    fn from_fields(fields: &HashMap<String, String>) -> Self {
        let mut events: Vec<String> = fields
            .keys()
            .filter_map(|key| key.strip_prefix("event:"))
            .map(str::to_owned)
            .collect();
        events.sort();
        Self {
            url: fields.get("url").cloned().unwrap_or_default(),
            events,
        }
    }
}

impl ListPage {
    fn ticked(&self, event: &WebhookEvent) -> bool {
        self.input.events.iter().any(|e| e == event.as_str())
    }
}

impl EndpointPage {
    /// The text id of a delivery's state.
    fn state_id(&self, status: &str) -> &'static str {
        match status {
            "sent" => "coord-webhook-state-sent",
            "failed" => "coord-webhook-state-failed",
            _ => "coord-webhook-state-pending",
        }
    }
}

/// `?notice=` after a change.
#[derive(Deserialize)]
pub struct NoticeQuery {
    #[serde(default)]
    notice: Option<String>,
}

/// A change to an endpoint.
#[derive(Deserialize)]
pub struct ChangeForm {
    csrf: String,
    action: String,
}

async fn list(
    state: &AppState,
    signed_in: &SignedIn,
    input: RegisterForm,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let endpoints = webhooks::endpoints(&state.db).await?;
    let status = crate::web::form_status(&errors);
    let page = ListPage {
        meta: Layout::titled(
            "coord-webhooks-title",
            &state.config.programme_name,
            &locale,
        ),
        csrf: signed_in.csrf.clone(),
        endpoints,
        every_event: WebhookEvent::ALL,
        input,
        errors: crate::web::form_errors_in(&errors, &locale),
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /coordinator/webhooks`.
pub async fn show_webhooks(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Response, AppError> {
    list(
        &state,
        &signed_in,
        RegisterForm::default(),
        FormErrors::none(),
    )
    .await
}

/// `POST /coordinator/webhooks`: registers an endpoint and opens its page with its secret.
pub async fn register_webhook(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Form(fields): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(fields.get("csrf").map_or("", String::as_str))?;
    let form = RegisterForm::from_fields(&fields);
    let actor = Actor::Coordinator(signed_in.coordinator.id);
    match webhooks::register(&state.db, (&form.url, &form.events), actor, now_ms()).await {
        Ok(endpoint) => Ok(Redirect::to(&format!(
            "/coordinator/webhooks/{}?notice=registered",
            endpoint.id
        ))
        .into_response()),
        Err(ServiceError::Invalid(errors)) => {
            list(&state, &signed_in, form, FormErrors(errors)).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `GET /coordinator/webhooks/{id}`: the endpoint, its secret and its latest deliveries.
pub async fn show_webhook(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<Uuid>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let locale = page_locale();
    let log = webhooks::log(&state.db, id).await?;
    let mut lines = Vec::new();
    for d in log.deliveries {
        let outcome = match (&d.last_error, d.last_status) {
            (Some(error), _) => error.clone(),
            (None, Some(status)) => status.to_string(),
            (None, None) => String::new(),
        };
        lines.push(LogLine {
            id: d.id,
            when: dates::instant(&locale, d.created_at, LOG_ZONE)?,
            event: d.event_type,
            status: d.status,
            attempts: d.attempts,
            outcome,
        });
    }
    let notice = match query.notice.as_deref() {
        Some("registered") => Some("coord-webhook-registered"),
        Some("again") => Some("coord-webhook-sent-again"),
        Some("paused") => Some("coord-webhook-paused-notice"),
        Some("resumed") => Some("coord-webhook-resumed-notice"),
        _ => None,
    };
    let unreachable = !state.config.webhook_private_networks
        && crate::services::webhook_network::names_private_host(&log.endpoint.url);
    let page = EndpointPage {
        meta: Layout::titled("coord-webhook-title", &state.config.programme_name, &locale),
        csrf: signed_in.csrf.clone(),
        unreachable,
        endpoint: log.endpoint,
        lines,
        notice,
    };
    Ok(Html(page.render()?).into_response())
}

/// `POST /coordinator/webhooks/{id}/change`: pause, resume or remove.
pub async fn change_webhook(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<Uuid>,
    Form(form): Form<ChangeForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let (change, back) = match form.action.as_str() {
        "pause" => (
            EndpointChange::Pause,
            format!("/coordinator/webhooks/{id}?notice=paused"),
        ),
        "resume" => (
            EndpointChange::Resume,
            format!("/coordinator/webhooks/{id}?notice=resumed"),
        ),
        "remove" => (EndpointChange::Remove, "/coordinator/webhooks".to_owned()),
        _ => return Err(AppError::NotFound),
    };
    let acting = (Actor::Coordinator(signed_in.coordinator.id), now_ms());
    webhooks::change(&state.db, id, change, acting).await?;
    Ok(Redirect::to(&back).into_response())
}

/// `POST /coordinator/webhooks/{id}/deliveries/{delivery}/send-again`.
pub async fn send_again(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((id, delivery)): Path<(Uuid, Uuid)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    webhooks::send_again(&state.db, (id, delivery), now_ms()).await?;
    Ok(Redirect::to(&format!("/coordinator/webhooks/{id}?notice=again")).into_response())
}
