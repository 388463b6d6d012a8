//! Webhook endpoints and their deliveries ([`webhook_endpoint`], [`webhook_delivery`]). A
//! change writes one delivery per endpoint listening, in the change's own transaction, so a
//! change rolled back sends nothing; the worker claims each endpoint's oldest pending delivery
//! (so one booking's news arrive in order) and records how sending went.

use crate::domain::webhook::{WebhookEvent, parse_events};
use crate::domain::webhook_news::BookingNews;
use crate::entities::{booking, slot, webhook_delivery, webhook_endpoint};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::{Value, json};
use uuid::Uuid;

/// A delivery waiting to be sent.
pub const PENDING: &str = "pending";
/// A delivery the endpoint took (answered 2xx).
pub const SENT: &str = "sent";
/// A delivery given up after its last attempt.
pub const FAILED: &str = "failed";

/// Every endpoint, oldest first.
pub async fn endpoints(conn: &impl ConnectionTrait) -> Result<Vec<webhook_endpoint::Model>, DbErr> {
    webhook_endpoint::Entity::find()
        .order_by_asc(webhook_endpoint::Column::CreatedAt)
        .all(conn)
        .await
}

/// One endpoint.
pub async fn endpoint(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<webhook_endpoint::Model>, DbErr> {
    webhook_endpoint::Entity::find_by_id(id).one(conn).await
}

/// Stores a new endpoint.
pub async fn insert_endpoint(
    conn: &impl ConnectionTrait,
    endpoint: webhook_endpoint::Model,
) -> Result<(), DbErr> {
    webhook_endpoint::ActiveModel::from(endpoint)
        .insert(conn)
        .await?;
    Ok(())
}

/// Pauses an endpoint (`Some(now)`) or takes it up again (`None`).
pub async fn set_paused(
    conn: &impl ConnectionTrait,
    id: Uuid,
    paused_at: Option<i64>,
) -> Result<u64, DbErr> {
    Ok(webhook_endpoint::Entity::update_many()
        .col_expr(webhook_endpoint::Column::DisabledAt, Expr::value(paused_at))
        .filter(webhook_endpoint::Column::Id.eq(id))
        .exec(conn)
        .await?
        .rows_affected)
}

/// Removes an endpoint with its deliveries.
pub async fn delete_endpoint(conn: &impl ConnectionTrait, id: Uuid) -> Result<u64, DbErr> {
    webhook_delivery::Entity::delete_many()
        .filter(webhook_delivery::Column::EndpointId.eq(id))
        .exec(conn)
        .await?;
    Ok(webhook_endpoint::Entity::delete_by_id(id)
        .exec(conn)
        .await?
        .rows_affected)
}

/// The endpoints not paused that listen to `event`.
async fn listening(
    conn: &impl ConnectionTrait,
    event: WebhookEvent,
) -> Result<Vec<webhook_endpoint::Model>, DbErr> {
    Ok(webhook_endpoint::Entity::find()
        .filter(webhook_endpoint::Column::DisabledAt.is_null())
        .all(conn)
        .await?
        .into_iter()
        .filter(|e| parse_events(&e.events).contains(&event))
        .collect())
}

/// Whether any endpoint listens to `event` (the booking's one-step path is taken only when
/// none does, since it writes nothing but the booking, its entry and its mail).
pub async fn anyone_listening(
    conn: &impl ConnectionTrait,
    event: WebhookEvent,
) -> Result<bool, DbErr> {
    Ok(!listening(conn, event).await?.is_empty())
}

/// Writes a delivery of `event` about event `event_id` with `data` for each endpoint listening.
pub async fn announce(
    conn: &impl ConnectionTrait,
    news: (WebhookEvent, Uuid),
    data: Value,
    now_ms: i64,
) -> Result<(), DbErr> {
    let endpoints = listening(conn, news.0).await?;
    write_deliveries(conn, &endpoints, news, data, now_ms).await
}

/// Writes a delivery of `event` about event `event_id` with `data` for each of `endpoints`.
async fn write_deliveries(
    conn: &impl ConnectionTrait,
    endpoints: &[webhook_endpoint::Model],
    (event, event_id): (WebhookEvent, Uuid),
    data: Value,
    now_ms: i64,
) -> Result<(), DbErr> {
    let at = crate::domain::time::timestamp(now_ms)
        .map(|t| t.to_string())
        .unwrap_or_default();
    for endpoint in endpoints {
        let id = Uuid::now_v7();
        let payload = json!({
            "id": id,
            "type": event.as_str(),
            "created_at": at,
            "event_id": event_id,
            "data": data,
        });
        webhook_delivery::ActiveModel::from(webhook_delivery::Model {
            id,
            endpoint_id: endpoint.id,
            event_type: event.as_str().to_owned(),
            payload: payload.to_string(),
            status: PENDING.to_owned(),
            attempts: 0,
            next_attempt_at: now_ms,
            claimed_until: None,
            last_status: None,
            last_error: None,
            created_at: now_ms,
            sent_at: None,
        })
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// Announces the audited booking change `action` of booking `booking_id`, if it is news to
/// other systems: ids, state and times only (no name, no address, no link).
pub async fn announce_booking(
    conn: &impl ConnectionTrait,
    action: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<(), DbErr> {
    let Some(event) = WebhookEvent::of_booking_action(action) else {
        return Ok(());
    };
    let endpoints = listening(conn, event).await?;
    if endpoints.is_empty() {
        return Ok(());
    }
    let Some(row) = booking::Entity::find_by_id(booking_id).one(conn).await? else {
        return Ok(());
    };
    let unit = match row.slot_id {
        Some(id) => slot::Entity::find_by_id(id).one(conn).await?,
        None => None,
    };
    let Some(event_id) = crate::db::sessions::find(conn, row.session_id)
        .await?
        .map(|s| s.event_id)
    else {
        return Ok(());
    };
    let news = BookingNews {
        booking_id: row.id,
        session_id: row.session_id,
        slot_id: row.slot_id,
        participant_id: row.participant_id,
        status: row.status.as_str().to_owned(),
        change: action.to_owned(),
        starts_at: unit.as_ref().map(|u| u.starts_at),
        ends_at: unit.as_ref().map(|u| u.ends_at),
        arrived_at: row.arrived_at,
    };
    write_deliveries(conn, &endpoints, (event, event_id), json!(news), now_ms).await
}

/// The latest `limit` deliveries to `endpoint_id`, newest first.
pub async fn deliveries_of(
    conn: &impl ConnectionTrait,
    endpoint_id: Uuid,
    limit: u64,
) -> Result<Vec<webhook_delivery::Model>, DbErr> {
    webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::EndpointId.eq(endpoint_id))
        .order_by_desc(webhook_delivery::Column::CreatedAt)
        .order_by_desc(webhook_delivery::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// Claims the oldest pending delivery of some endpoint not paused and not in `served`, if it
/// is due at `now_ms` and not held, holding it until `hold_until`: only each endpoint's oldest
/// pending delivery is ever sent, so one booking's news arrive in the order they happened.
/// `None` when nothing is due.
pub async fn claim_due(
    conn: &impl ConnectionTrait,
    (now_ms, hold_until): (i64, i64),
    served: &std::collections::HashSet<Uuid>,
) -> Result<Option<(webhook_delivery::Model, webhook_endpoint::Model)>, DbErr> {
    for endpoint in endpoints(conn).await? {
        if endpoint.disabled_at.is_some() || served.contains(&endpoint.id) {
            continue;
        }
        let Some(oldest) = webhook_delivery::Entity::find()
            .filter(webhook_delivery::Column::EndpointId.eq(endpoint.id))
            .filter(webhook_delivery::Column::Status.eq(PENDING))
            .order_by_asc(webhook_delivery::Column::CreatedAt)
            .order_by_asc(webhook_delivery::Column::Id)
            .one(conn)
            .await?
        else {
            continue;
        };
        let free = oldest.claimed_until.is_none_or(|until| until < now_ms);
        if oldest.next_attempt_at > now_ms || !free {
            continue;
        }
        // Another worker may claim it at the same moment, or may have just tried it and set its
        // next attempt: only an update that finds it as read (free, due, same attempts) wins.
        let taken = webhook_delivery::Entity::update_many()
            .col_expr(
                webhook_delivery::Column::ClaimedUntil,
                Expr::value(hold_until),
            )
            .filter(webhook_delivery::Column::Id.eq(oldest.id))
            .filter(webhook_delivery::Column::Status.eq(PENDING))
            .filter(webhook_delivery::Column::Attempts.eq(oldest.attempts))
            .filter(webhook_delivery::Column::NextAttemptAt.lte(now_ms))
            .filter(
                webhook_delivery::Column::ClaimedUntil
                    .is_null()
                    .or(webhook_delivery::Column::ClaimedUntil.lt(now_ms)),
            )
            .exec(conn)
            .await?
            .rows_affected;
        if taken == 1 {
            return Ok(Some((oldest, endpoint)));
        }
    }
    Ok(None)
}

/// How an attempt went.
pub struct Attempt<'a> {
    /// The answer's HTTP status, if there was an answer.
    pub status: Option<i32>,
    /// Why it failed (`None`: it was taken).
    pub error: Option<&'a str>,
    /// When to try again, or `None` to give up (or when it was taken).
    pub retry_at: Option<i64>,
}

/// Records attempt `attempt` of delivery `id`, claimed until `held_until`, at `now_ms` and
/// frees it. Nothing is written when the claim is no longer this worker's (it outlived its
/// hold and another worker took the delivery).
pub async fn record_attempt(
    conn: &impl ConnectionTrait,
    (id, held_until): (Uuid, i64),
    attempt: Attempt<'_>,
    now_ms: i64,
) -> Result<(), DbErr> {
    let (status, sent_at, next) = match (attempt.error, attempt.retry_at) {
        (None, _) => (SENT, Some(now_ms), now_ms),
        (Some(_), Some(retry_at)) => (PENDING, None, retry_at),
        (Some(_), None) => (FAILED, None, now_ms),
    };
    webhook_delivery::Entity::update_many()
        .col_expr(webhook_delivery::Column::Status, Expr::value(status))
        .col_expr(
            webhook_delivery::Column::Attempts,
            Expr::col(webhook_delivery::Column::Attempts).add(1),
        )
        .col_expr(webhook_delivery::Column::NextAttemptAt, Expr::value(next))
        .col_expr(
            webhook_delivery::Column::ClaimedUntil,
            Expr::value(None::<i64>),
        )
        .col_expr(
            webhook_delivery::Column::LastStatus,
            Expr::value(attempt.status),
        )
        .col_expr(
            webhook_delivery::Column::LastError,
            Expr::value(attempt.error.map(str::to_owned)),
        )
        .col_expr(webhook_delivery::Column::SentAt, Expr::value(sent_at))
        .filter(webhook_delivery::Column::Id.eq(id))
        .filter(webhook_delivery::Column::ClaimedUntil.eq(held_until))
        .exec(conn)
        .await?;
    Ok(())
}

/// Puts delivery `id` of endpoint `endpoint_id` back in line to be sent at once, from its first
/// attempt ("send again"). `false` when there is no such delivery or it is waiting already.
pub async fn send_again(
    conn: &impl ConnectionTrait,
    (endpoint_id, id): (Uuid, Uuid),
    now_ms: i64,
) -> Result<bool, DbErr> {
    let changed = webhook_delivery::Entity::update_many()
        .col_expr(webhook_delivery::Column::Status, Expr::value(PENDING))
        .col_expr(webhook_delivery::Column::Attempts, Expr::value(0))
        .col_expr(webhook_delivery::Column::NextAttemptAt, Expr::value(now_ms))
        .col_expr(
            webhook_delivery::Column::ClaimedUntil,
            Expr::value(None::<i64>),
        )
        .filter(webhook_delivery::Column::Id.eq(id))
        .filter(webhook_delivery::Column::EndpointId.eq(endpoint_id))
        .filter(webhook_delivery::Column::Status.ne(PENDING))
        .exec(conn)
        .await?
        .rows_affected;
    Ok(changed == 1)
}

/// Forgets the deliveries made before `cutoff` that are done with (taken or given up).
pub async fn forget_finished_before(
    conn: &impl ConnectionTrait,
    cutoff: i64,
) -> Result<u64, DbErr> {
    Ok(webhook_delivery::Entity::delete_many()
        .filter(webhook_delivery::Column::Status.ne(PENDING))
        .filter(webhook_delivery::Column::CreatedAt.lt(cutoff))
        .exec(conn)
        .await?
        .rows_affected)
}

/// Sets the new endpoint's fields (for [`insert_endpoint`]).
pub fn new_endpoint(
    url: String,
    secret: String,
    events: &[WebhookEvent],
    now_ms: i64,
) -> webhook_endpoint::Model {
    webhook_endpoint::Model {
        id: Uuid::now_v7(),
        url,
        secret,
        events: events
            .iter()
            .map(|e| e.as_str())
            .collect::<Vec<_>>()
            .join(","),
        created_at: now_ms,
        disabled_at: None,
    }
}
