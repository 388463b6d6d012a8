//! Coordinators' API tokens: stored by hash, listed without it, found only while live.

use crate::domain::ids::{ApiTokenId, CoordinatorId};
use crate::entities::api_token::{self, ActiveModel, Column, Entity};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// How stale `last_used_at` may get before a request writes it again: a busy script should not
/// turn every read into a write.
const TOUCH_EVERY_MS: i64 = 60_000;

/// Stores a new token by its hash.
pub async fn insert(conn: &impl ConnectionTrait, row: api_token::Model) -> Result<(), DbErr> {
    Entity::insert(ActiveModel::from(row))
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// A coordinator's tokens, newest first (revoked and expired ones included, for the record).
pub async fn of_coordinator(
    conn: &impl ConnectionTrait,
    coordinator_id: Uuid,
) -> Result<Vec<api_token::Model>, DbErr> {
    Entity::find()
        .filter(Column::CoordinatorId.eq(coordinator_id))
        .order_by_desc(Column::CreatedAt)
        .order_by_desc(Column::Id)
        .all(conn)
        .await
}

/// The token with this hash, if it is neither revoked nor expired.
pub async fn find_live(
    conn: &impl ConnectionTrait,
    token_hash: &str,
    now_ms: i64,
) -> Result<Option<api_token::Model>, DbErr> {
    Entity::find()
        .filter(Column::TokenHash.eq(token_hash))
        .filter(Column::RevokedAt.is_null())
        .filter(Column::ExpiresAt.gt(now_ms))
        .one(conn)
        .await
}

/// Records that a token was used, at most once a minute.
pub async fn touch(conn: &impl ConnectionTrait, id: Uuid, now_ms: i64) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::LastUsedAt, Expr::value(now_ms))
        .filter(Column::Id.eq(id))
        .filter(
            Column::LastUsedAt
                .is_null()
                .or(Column::LastUsedAt.lt(now_ms - TOUCH_EVERY_MS)),
        )
        .exec(conn)
        .await?;
    Ok(())
}

/// Revokes one of a coordinator's tokens; `false` when they have no live token with that id.
pub async fn revoke(
    conn: &impl ConnectionTrait,
    coordinator_id: CoordinatorId,
    id: ApiTokenId,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let done = Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(now_ms))
        .filter(Column::Id.eq(id))
        .filter(Column::CoordinatorId.eq(coordinator_id))
        .filter(Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}
