//! Calendar feed tokens (hashed) and the bookings a feed lists.

use crate::entities::{booking, calendar_feed};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// Revokes the participant's earlier feeds and stores a new one.
pub async fn replace_for_participant(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
    token_hash: String,
    now_ms: i64,
) -> Result<(), DbErr> {
    calendar_feed::Entity::update_many()
        .col_expr(calendar_feed::Column::RevokedAt, Expr::value(now_ms))
        .filter(calendar_feed::Column::ParticipantId.eq(participant_id))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    calendar_feed::Entity::insert(calendar_feed::ActiveModel {
        id: Set(Uuid::now_v7()),
        token_hash: Set(token_hash),
        participant_id: Set(Some(participant_id)),
        volunteer_id: Set(None),
        created_at: Set(now_ms),
        revoked_at: Set(None),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// The live feed with this token hash.
pub async fn find_live(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<calendar_feed::Model>, DbErr> {
    calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(token_hash))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .one(conn)
        .await
}

/// A participant's confirmed bookings, in order of creation.
pub async fn confirmed_bookings(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .filter(booking::Column::Status.eq("confirmed"))
        .order_by_asc(booking::Column::CreatedAt)
        .all(conn)
        .await
}
