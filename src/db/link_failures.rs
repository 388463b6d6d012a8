//! Failed personal-link requests per client, for slowing down token guessing.

use crate::entities::link_failure::{ActiveModel, Column, Entity};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

/// Records one failed request by `client` (a hash, never the address itself).
pub async fn record(conn: &impl ConnectionTrait, client: &str, now_ms: i64) -> Result<(), DbErr> {
    Entity::insert(ActiveModel {
        id: Set(Uuid::now_v7()),
        client: Set(client.to_owned()),
        at: Set(now_ms),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Failed requests by `client` since `since_ms`.
pub async fn count_since(
    conn: &impl ConnectionTrait,
    client: &str,
    since_ms: i64,
) -> Result<u64, DbErr> {
    Entity::find()
        .filter(Column::Client.eq(client))
        .filter(Column::At.gte(since_ms))
        .count(conn)
        .await
}

/// Forgets failures older than `before_ms`.
pub async fn forget_before(conn: &impl ConnectionTrait, before_ms: i64) -> Result<u64, DbErr> {
    Ok(Entity::delete_many()
        .filter(Column::At.lt(before_ms))
        .exec(conn)
        .await?
        .rows_affected)
}
