//! Webhooks: coordinators register other systems' addresses with the changes they want to hear
//! of; each change is written as a delivery in its own transaction (`db::webhooks::announce`),
//! and [`deliver_due`] posts them, signed, trying a failed one again later and giving up after
//! the last attempt, with a log per endpoint and "send again".

use crate::db::{begin_write, webhooks};
use crate::domain::actor::Actor;
use crate::domain::fields::FieldError;
use crate::domain::webhook::{
    MAX_ATTEMPTS, WebhookEvent, check_url, parse_events, retry_after_ms, signature,
};
use crate::entities::{webhook_delivery, webhook_endpoint};
use crate::services::error::ServiceError;
use crate::services::tokens::new_token;
use crate::services::webhook_network::{
    PrivateAddress, PublicOnly, names_a_private_address, refused_as_private,
};
use sea_orm::DatabaseConnection;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use uuid::Uuid;

/// Deliveries shown on an endpoint's page.
pub const LOG_LENGTH: u64 = 50;

/// How long a worker holds a delivery it is sending (longer than any answer may take).
const HOLD_MS: i64 = 120_000;

/// At most this many deliveries are sent in one pass.
const PER_PASS: usize = 200;

/// A pass stops starting new attempts after this long, so the other scheduled jobs (reminders,
/// waiting-list offers) never wait long behind a slow or silent receiver; the next pass goes on.
const PASS_BUDGET_MS: i64 = 10_000;

/// A registered address, as pages and the API show it.
#[derive(Clone, Debug)]
pub struct Endpoint {
    pub id: Uuid,
    /// Where deliveries are posted.
    pub url: String,
    /// The key deliveries are signed with.
    pub secret: String,
    /// The changes it hears of.
    pub events: Vec<WebhookEvent>,
    /// Paused: nothing is written or sent for it.
    pub paused: bool,
    pub created_at: i64,
}

impl From<webhook_endpoint::Model> for Endpoint {
    fn from(row: webhook_endpoint::Model) -> Self {
        Self {
            id: row.id,
            events: parse_events(&row.events),
            url: row.url,
            secret: row.secret,
            paused: row.disabled_at.is_some(),
            created_at: row.created_at,
        }
    }
}

/// An endpoint with its latest deliveries.
pub struct EndpointLog {
    /// The endpoint.
    pub endpoint: Endpoint,
    /// Its latest deliveries, newest first.
    pub deliveries: Vec<webhook_delivery::Model>,
}

/// Registers an endpoint at `url` for `events` (their texts, as the form or the API sends
/// them) with a new signing secret. Refused with each problem by its field.
pub async fn register(
    db: &DatabaseConnection,
    (url, events): (&str, &[String]),
    actor: Actor,
    now_ms: i64,
) -> Result<Endpoint, ServiceError> {
    let mut problems = Vec::new();
    let url = check_url(url)
        .map_err(|problem| problems.push(problem))
        .ok();
    let chosen: Vec<WebhookEvent> = WebhookEvent::ALL
        .iter()
        .copied()
        .filter(|event| events.iter().any(|e| e == event.as_str()))
        .collect();
    let unknown = events.iter().any(|e| e.parse::<WebhookEvent>().is_err());
    if chosen.is_empty() || unknown {
        problems.push(FieldError::new("events", "problem-webhook-events"));
    }
    let (Some(url), true) = (url, problems.is_empty()) else {
        return Err(ServiceError::Invalid(problems));
    };
    let secret = format!("whsec_{}", new_token()?);
    let endpoint = webhooks::new_endpoint(url, secret, &chosen, now_ms);
    let txn = begin_write(db).await?;
    webhooks::insert_endpoint(&txn, endpoint.clone()).await?;
    crate::db::audit::webhook_changed(&txn, actor, "webhook.registered", endpoint.id, now_ms)
        .await?;
    txn.commit().await?;
    Ok(endpoint.into())
}

/// Every endpoint, oldest first.
pub async fn endpoints(db: &DatabaseConnection) -> Result<Vec<Endpoint>, ServiceError> {
    Ok(webhooks::endpoints(db)
        .await?
        .into_iter()
        .map(Endpoint::from)
        .collect())
}

/// Endpoint `id` with its latest deliveries.
pub async fn log(db: &DatabaseConnection, id: Uuid) -> Result<EndpointLog, ServiceError> {
    let endpoint = webhooks::endpoint(db, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(EndpointLog {
        deliveries: webhooks::deliveries_of(db, id, LOG_LENGTH).await?,
        endpoint: endpoint.into(),
    })
}

/// What a coordinator can do to an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndpointChange {
    /// Write nothing for it until it is taken up again (what is waiting waits).
    Pause,
    /// Take it up again.
    Resume,
    /// Remove it with its log.
    Remove,
}

/// Applies `change` to endpoint `id` (audited).
pub async fn change(
    db: &DatabaseConnection,
    id: Uuid,
    change: EndpointChange,
    (actor, now_ms): (Actor, i64),
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let (done, action) = match change {
        EndpointChange::Pause => (
            webhooks::set_paused(&txn, id, Some(now_ms)).await?,
            "webhook.paused",
        ),
        EndpointChange::Resume => (
            webhooks::set_paused(&txn, id, None).await?,
            "webhook.resumed",
        ),
        EndpointChange::Remove => (
            webhooks::delete_endpoint(&txn, id).await?,
            "webhook.removed",
        ),
    };
    if done == 0 {
        return Err(ServiceError::NotFound);
    }
    crate::db::audit::webhook_changed(&txn, actor, action, id, now_ms).await?;
    txn.commit().await?;
    Ok(())
}

/// Puts delivery `delivery_id` of endpoint `endpoint_id` back in line, from its first attempt.
pub async fn send_again(
    db: &DatabaseConnection,
    (endpoint_id, delivery_id): (Uuid, Uuid),
    now_ms: i64,
) -> Result<(), ServiceError> {
    if webhooks::send_again(db, (endpoint_id, delivery_id), now_ms).await? {
        Ok(())
    } else {
        Err(ServiceError::NotFound)
    }
}

/// The HTTP client deliveries are posted with, made once: it follows no redirect (a delivery
/// goes where the coordinator said, or fails). Unless `private_networks`, names resolve only to
/// public addresses (the connection uses the addresses checked, so a name cannot point at the
/// server's own network between a check and the connection).
pub fn client(private_networks: bool) -> Result<reqwest::Client, ServiceError> {
    static OPEN: OnceLock<reqwest::Client> = OnceLock::new();
    static PUBLIC: OnceLock<reqwest::Client> = OnceLock::new();
    let cell = if private_networks { &OPEN } else { &PUBLIC };
    if let Some(client) = cell.get() {
        return Ok(client.clone());
    }
    let mut builder = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none());
    if !private_networks {
        builder = builder.dns_resolver(Arc::new(PublicOnly));
    }
    let client = builder
        .build()
        .map_err(|e| ServiceError::Internal(format!("webhook client: {e}")))?;
    Ok(cell.get_or_init(|| client).clone())
}

/// How long a delivery stays in its endpoint's log once it is done with.
pub const LOG_KEPT_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// Forgets the deliveries done with for longer than [`LOG_KEPT_MS`]; returns how many.
pub async fn forget_old(db: &DatabaseConnection, now_ms: i64) -> Result<u64, ServiceError> {
    Ok(webhooks::forget_finished_before(db, now_ms - LOG_KEPT_MS).await?)
}

/// Sends the deliveries due at `now_ms()` (each endpoint's oldest pending one at a time) with
/// `client`, giving each endpoint `timeout` to answer. Returns how many were taken.
pub async fn deliver_due(
    db: &DatabaseConnection,
    (client, private_networks): (&reqwest::Client, bool),
    timeout: Duration,
    now_ms: impl Fn() -> i64,
) -> Result<usize, ServiceError> {
    let mut taken = 0;
    // Each endpoint gets one delivery in turn, so a backlog at one never starves the others.
    let mut served = std::collections::HashSet::new();
    let started = now_ms();
    for _ in 0..PER_PASS {
        let now = now_ms();
        if now - started > PASS_BUDGET_MS {
            break;
        }
        let hold = now + HOLD_MS;
        let claimed = match webhooks::claim_due(db, (now, hold), &served).await? {
            Some(claimed) => claimed,
            None if served.is_empty() => break,
            None => {
                served.clear();
                continue;
            }
        };
        let (delivery, endpoint) = claimed;
        served.insert(endpoint.id);
        let outcome = if !private_networks && names_a_private_address(&endpoint.url) {
            Err((None, PrivateAddress.to_string()))
        } else {
            post(client, timeout, &endpoint, &delivery, now).await
        };
        let attempts = delivery.attempts + 1;
        let after = now_ms();
        let attempt = match &outcome {
            Ok(status) => webhooks::Attempt {
                status: Some(*status),
                error: None,
                retry_at: None,
            },
            Err((status, error)) => webhooks::Attempt {
                status: *status,
                error: Some(error),
                retry_at: (attempts < MAX_ATTEMPTS).then(|| after + retry_after_ms(attempts)),
            },
        };
        webhooks::record_attempt(db, (delivery.id, hold), attempt, after).await?;
        if outcome.is_ok() {
            taken += 1;
        }
    }
    Ok(taken)
}

/// Posts one delivery: the status of a 2xx answer, else the answer's status (if any) and why.
async fn post(
    client: &reqwest::Client,
    timeout: Duration,
    endpoint: &webhook_endpoint::Model,
    delivery: &webhook_delivery::Model,
    now_ms: i64,
) -> Result<i32, (Option<i32>, String)> {
    let seconds = now_ms / 1000;
    let answer = client
        .post(&endpoint.url)
        .timeout(timeout)
        .header("content-type", "application/json")
        .header(
            "user-agent",
            concat!("Fairplan/", env!("CARGO_PKG_VERSION")),
        )
        .header("fairplan-event", &delivery.event_type)
        .header("fairplan-delivery", delivery.id.to_string())
        .header(
            "fairplan-signature",
            signature(&endpoint.secret, seconds, &delivery.payload),
        )
        .body(delivery.payload.clone())
        .send()
        .await;
    match answer {
        Ok(answer) if answer.status().is_success() => Ok(i32::from(answer.status().as_u16())),
        Ok(answer) => {
            let status = answer.status();
            Err((
                Some(i32::from(status.as_u16())),
                format!("the endpoint answered {status}"),
            ))
        }
        // Not the URL (it may hold a key in its query): only what went wrong.
        Err(error) if error.is_timeout() => {
            Err((None, format!("no answer within {} s", timeout.as_secs())))
        }
        // The resolver refused every address the name has: say so, not "could not connect".
        Err(error) if refused_as_private(&error) => Err((None, PrivateAddress.to_string())),
        Err(error) if error.is_connect() => Err((None, "could not connect".to_owned())),
        Err(error) => Err((None, error.without_url().to_string())),
    }
}
