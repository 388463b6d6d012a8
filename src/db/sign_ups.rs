//! Sign-ups not on a list yet (waiting for the confirmation link or a coordinator's answer),
//! and the attempts the abuse limits count. Both are counted in the database, so the limits
//! hold across every instance.

use crate::domain::ids::EventId;
use crate::domain::sign_up::{SignUpKind, SignUpState};
use crate::entities::{sign_up, sign_up_attempt};
use sea_orm::ActiveValue::{Set, Unchanged};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// The event's sign-up of `kind` from `address`, if one is pending.
pub async fn by_address(
    conn: &impl ConnectionTrait,
    (event_id, kind): (EventId, SignUpKind),
    address: &str,
) -> Result<Option<sign_up::Model>, DbErr> {
    sign_up::Entity::find()
        .filter(sign_up::Column::EventId.eq(event_id.0))
        .filter(sign_up::Column::Kind.eq(kind.as_str()))
        .filter(sign_up::Column::Address.eq(address))
        .one(conn)
        .await
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

/// Replaces an unconfirmed sign-up's form and link (the address signed up again).
pub async fn renew(
    conn: &impl ConnectionTrait,
    id: Uuid,
    (name, locale, details): (&str, &str, String),
    (token_hash, expires_at): (String, i64),
) -> Result<(), DbErr> {
    sign_up::ActiveModel {
        id: Unchanged(id),
        name: Set(name.to_owned()),
        locale: Set(locale.to_owned()),
        details: Set(details),
        token_hash: Set(Some(token_hash)),
        expires_at: Set(Some(expires_at)),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// Marks a sign-up confirmed and waiting for a coordinator; its link stops working.
pub async fn await_approval(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now_ms: i64,
) -> Result<(), DbErr> {
    sign_up::ActiveModel {
        id: Unchanged(id),
        state: Set(SignUpState::AwaitingApproval.as_str().to_owned()),
        token_hash: Set(None),
        expires_at: Set(None),
        confirmed_at: Set(Some(now_ms)),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// Removes a sign-up (it became a person or an employer, or was declined).
pub async fn remove(conn: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    sign_up::Entity::delete_by_id(id).exec(conn).await?;
    Ok(())
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
