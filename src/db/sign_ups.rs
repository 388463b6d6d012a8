//! Sign-ups not on a list yet (waiting for the confirmation link or a coordinator's answer),
//! and the attempts the abuse limits count. Both are counted in the database, so the limits
//! hold across every instance.

use crate::domain::event_status::EventStatus;
use crate::domain::ids::EventId;
use crate::domain::sign_up::{SignUpKind, SignUpState};
use crate::entities::{event, sign_up, sign_up_attempt};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

/// Whether a sign-up of `kind` from `address` already waits for a coordinator at the event.
pub async fn is_awaiting(
    conn: &impl ConnectionTrait,
    (event_id, kind): (EventId, SignUpKind),
    address: &str,
) -> Result<bool, DbErr> {
    Ok(sign_up::Entity::find()
        .filter(sign_up::Column::EventId.eq(event_id.0))
        .filter(sign_up::Column::Kind.eq(kind.as_str()))
        .filter(sign_up::Column::Address.eq(address))
        .filter(sign_up::Column::State.eq(SignUpState::AwaitingApproval.as_str()))
        .count(conn)
        .await?
        > 0)
}

/// The unconfirmed sign-up whose link has the hash `token_hash` and has not run out.
pub async fn by_token(
    conn: &impl ConnectionTrait,
    token_hash: &str,
    now_ms: i64,
) -> Result<Option<sign_up::Model>, DbErr> {
    sign_up::Entity::find()
        .filter(sign_up::Column::TokenHash.eq(token_hash))
        .filter(sign_up::Column::ExpiresAt.gt(now_ms))
        .one(conn)
        .await
}

/// The event's sign-up `id`.
pub async fn find(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    id: Uuid,
) -> Result<Option<sign_up::Model>, DbErr> {
    sign_up::Entity::find_by_id(id)
        .filter(sign_up::Column::EventId.eq(event_id.0))
        .one(conn)
        .await
}

/// The event's sign-ups waiting for a coordinator, oldest first.
pub async fn awaiting(
    conn: &impl ConnectionTrait,
    event_id: EventId,
) -> Result<Vec<sign_up::Model>, DbErr> {
    sign_up::Entity::find()
        .filter(sign_up::Column::EventId.eq(event_id.0))
        .filter(sign_up::Column::State.eq(SignUpState::AwaitingApproval.as_str()))
        .order_by_asc(sign_up::Column::ConfirmedAt)
        .order_by_asc(sign_up::Column::Id)
        .all(conn)
        .await
}

/// Writes a new sign-up.
pub async fn insert(conn: &impl ConnectionTrait, row: sign_up::Model) -> Result<(), DbErr> {
    sign_up::Entity::insert(sign_up::ActiveModel::from(row))
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Marks the unconfirmed sign-up `id` confirmed and waiting for a coordinator; its link stops
/// working. `false` when it was no longer unconfirmed (a second click, a concurrent one).
pub async fn await_approval(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let changed = sign_up::Entity::update_many()
        .col_expr(
            sign_up::Column::State,
            Expr::value(SignUpState::AwaitingApproval.as_str()),
        )
        .col_expr(
            sign_up::Column::TokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(sign_up::Column::ExpiresAt, Expr::value(Option::<i64>::None))
        .col_expr(sign_up::Column::ConfirmedAt, Expr::value(now_ms))
        .filter(sign_up::Column::Id.eq(id))
        .filter(sign_up::Column::State.eq(SignUpState::Unconfirmed.as_str()))
        .exec(conn)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Takes the sign-up `id` in `state` away (it becomes a person or an employer, or is
/// declined). `false` when it was no longer there in that state: whoever took it first acts,
/// a second click or a concurrent one does nothing.
pub async fn take(
    conn: &impl ConnectionTrait,
    id: Uuid,
    state: SignUpState,
) -> Result<bool, DbErr> {
    let gone = sign_up::Entity::delete_many()
        .filter(sign_up::Column::Id.eq(id))
        .filter(sign_up::Column::State.eq(state.as_str()))
        .exec(conn)
        .await?;
    Ok(gone.rows_affected == 1)
}

/// Removes every other sign-up of `kind` from `address` at the event: the one confirmed now
/// stands for them all.
pub async fn retire_others(
    conn: &impl ConnectionTrait,
    (event_id, kind): (EventId, SignUpKind),
    address: &str,
    kept: Uuid,
) -> Result<(), DbErr> {
    sign_up::Entity::delete_many()
        .filter(sign_up::Column::EventId.eq(event_id.0))
        .filter(sign_up::Column::Kind.eq(kind.as_str()))
        .filter(sign_up::Column::Address.eq(address))
        .filter(sign_up::Column::Id.ne(kept))
        .exec(conn)
        .await?;
    Ok(())
}

/// Forgets every sign-up at an event that is over or cancelled (nobody can be accepted there
/// any more); one statement, whatever the number of past events.
pub async fn forget_at_finished_events(
    conn: &impl ConnectionTrait,
    now_ms: i64,
) -> Result<u64, DbErr> {
    let finished = Query::select()
        .column(event::Column::Id)
        .from(event::Entity)
        .cond_where(
            Condition::any()
                .add(event::Column::EndsAt.lte(now_ms))
                .add(event::Column::Status.eq(EventStatus::Cancelled)),
        )
        .to_owned();
    let gone = sign_up::Entity::delete_many()
        .filter(sign_up::Column::EventId.in_subquery(finished))
        .exec(conn)
        .await?;
    Ok(gone.rows_affected)
}

/// How many of the event's sign-ups wait for a coordinator.
pub async fn awaiting_count(conn: &impl ConnectionTrait, event_id: EventId) -> Result<u64, DbErr> {
    sign_up::Entity::find()
        .filter(sign_up::Column::EventId.eq(event_id.0))
        .filter(sign_up::Column::State.eq(SignUpState::AwaitingApproval.as_str()))
        .count(conn)
        .await
}

/// Forgets unconfirmed sign-ups whose link ran out; returns how many.
pub async fn forget_expired(conn: &impl ConnectionTrait, now_ms: i64) -> Result<u64, DbErr> {
    let gone = sign_up::Entity::delete_many()
        .filter(sign_up::Column::State.eq(SignUpState::Unconfirmed.as_str()))
        .filter(sign_up::Column::ExpiresAt.lte(now_ms))
        .exec(conn)
        .await?;
    Ok(gone.rows_affected)
}

/// How many attempts were counted against `key_hash` since `since_ms`.
pub async fn attempts_since(
    conn: &impl ConnectionTrait,
    key_hash: &str,
    since_ms: i64,
) -> Result<u64, DbErr> {
    sign_up_attempt::Entity::find()
        .filter(sign_up_attempt::Column::KeyHash.eq(key_hash))
        .filter(sign_up_attempt::Column::At.gte(since_ms))
        .count(conn)
        .await
}

/// Counts one attempt against each of `key_hashes`.
pub async fn record_attempt(
    conn: &impl ConnectionTrait,
    key_hashes: &[&str],
    now_ms: i64,
) -> Result<(), DbErr> {
    let rows = key_hashes
        .iter()
        .map(|key| sign_up_attempt::ActiveModel {
            id: Set(Uuid::now_v7()),
            key_hash: Set((*key).to_owned()),
            at: Set(now_ms),
        })
        .collect();
    super::rows::insert_many(conn, rows).await
}

/// Forgets attempts older than `before_ms` (they no longer count).
pub async fn forget_attempts_before(
    conn: &impl ConnectionTrait,
    before_ms: i64,
) -> Result<u64, DbErr> {
    let gone = sign_up_attempt::Entity::delete_many()
        .filter(sign_up_attempt::Column::At.lt(before_ms))
        .exec(conn)
        .await?;
    Ok(gone.rows_affected)
}
