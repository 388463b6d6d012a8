//! A coordinator's API tokens: list, create (shown once) and revoke.

use super::signed_in::SignedIn;
use crate::app::error::AppError;
use crate::app::extract::{Form, Path};
use crate::app::state::AppState;
use crate::clock::now_ms;
use crate::domain::fields::FormErrors;
use crate::domain::ids::{ApiTokenId, CoordinatorId};
use crate::domain::locale::Locale;
use crate::i18n::dates;
use crate::i18n::request::page_locale;
use crate::services::api_tokens::{self, LIFETIMES_DAYS, TokenSummary};
use crate::web::csrf::CsrfForm;
use crate::web::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

/// One token as listed (never its secret).
struct TokenLine {
    id: Uuid,
    name: String,
    created: String,
    expires: String,
    /// The day it was last used, if ever.
    last_used: Option<String>,
    live: bool,
    /// The text id of its state when it is no longer live.
    state: &'static str,
}

#[derive(Template)]
#[template(path = "coordinator/api_tokens.html")]
struct TokensPage {
    meta: Layout,
    csrf: String,
    tokens: Vec<TokenLine>,
    new_secret: Option<String>,
    revoked: bool,
    lifetimes: [i64; 4],
    input: TokenInput,
    errors: FormErrors,
}

/// The create form as typed.
#[derive(Clone, Debug, Deserialize)]
pub struct TokenInput {
    #[serde(default)]
    name: String,
    #[serde(default)]
    days: String,
}

impl Default for TokenInput {
    fn default() -> Self {
        Self {
            name: String::new(),
            days: "90".to_owned(),
        }
    }
}

/// The create form with its token.
#[derive(Deserialize)]
pub struct TokenForm {
    csrf: String,
    #[serde(flatten)]
    input: TokenInput,
}

/// `?revoked=1` after a revocation.
#[derive(Deserialize)]
pub struct RevokedQuery {
    revoked: Option<u8>,
}

/// A token's line, its days written for `locale`.
fn line(token: TokenSummary, zone: &str, now_ms: i64, locale: &Locale) -> TokenLine {
    let day = |ms| dates::date(locale, ms, zone).unwrap_or_default();
    let state = if token.revoked_at.is_some() {
        "coord-token-state-revoked"
    } else if token.expires_at <= now_ms {
        "coord-token-state-expired"
    } else {
        "live"
    };
    TokenLine {
        id: token.id,
        created: day(token.created_at),
        expires: day(token.expires_at),
        last_used: token.last_used_at.map(day),
        live: state == "live",
        state,
        name: token.name,
    }
}

struct Shown {
    new_secret: Option<String>,
    revoked: bool,
    input: TokenInput,
    errors: FormErrors,
}

async fn page(state: &AppState, signed_in: &SignedIn, shown: Shown) -> Result<Response, AppError> {
    let now = now_ms();
    let zone = &state.config.time_zone;
    let locale = page_locale();
    let tokens = api_tokens::summaries(&state.db, signed_in.coordinator.id)
        .await?
        .into_iter()
        .map(|t| line(t, zone, now, &locale))
        .collect();
    let status = super::form_status(&shown.errors);
    let errors = crate::web::form_errors_in(&shown.errors, &locale);
    let page = TokensPage {
        meta: Layout::titled("coord-tokens-title", &state.config.programme_name, &locale),
        csrf: signed_in.csrf.clone(),
        tokens,
        new_secret: shown.new_secret,
        revoked: shown.revoked,
        lifetimes: LIFETIMES_DAYS,
        input: shown.input,
        errors,
    };
    // A page that shows a secret must never be kept by a cache or the browser's history.
    Ok((
        status,
        [(header::CACHE_CONTROL, "no-store")],
        Html(page.render()?),
    )
        .into_response())
}

/// `GET /coordinator/api-tokens`.
pub async fn show_tokens(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<RevokedQuery>,
) -> Result<Response, AppError> {
    let shown = Shown {
        new_secret: None,
        revoked: query.revoked.is_some(),
        input: TokenInput::default(),
        errors: FormErrors::default(),
    };
    page(&state, &signed_in, shown).await
}

/// `POST /coordinator/api-tokens`: creates a token and shows it once.
pub async fn create_token(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Form(form): Form<TokenForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    let shown = match api_tokens::check(&form.input.name, &form.input.days) {
        Ok((name, days)) => {
            let coordinator = signed_in.coordinator.id;
            let created = api_tokens::create(&state.db, coordinator, &name, days, now_ms()).await?;
            Shown {
                new_secret: Some(created.secret),
                revoked: false,
                input: TokenInput::default(),
                errors: FormErrors::default(),
            }
        }
        Err(errors) => Shown {
            new_secret: None,
            revoked: false,
            input: form.input,
            errors: FormErrors(errors),
        },
    };
    page(&state, &signed_in, shown).await
}

/// `POST /coordinator/api-tokens/{id}/revoke`.
pub async fn revoke_token(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<Uuid>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&form.csrf)?;
    api_tokens::revoke(
        &state.db,
        CoordinatorId(signed_in.coordinator.id),
        ApiTokenId(id),
        now_ms(),
    )
    .await?;
    Ok(Redirect::to("/coordinator/api-tokens?revoked=1").into_response())
}
