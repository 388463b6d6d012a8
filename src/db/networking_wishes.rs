//! The tables participants ask to meet in speed-networking sessions, kept for the rotation plan.

use crate::domain::ids::{ParticipantId, SessionId};
use crate::entities::networking_wish::{self, ActiveModel, Column, Entity};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// The tables one participant asked to meet in a session.
pub async fn of(
    conn: &impl ConnectionTrait,
    session_id: SessionId,
    participant_id: ParticipantId,
) -> Result<Vec<Uuid>, DbErr> {
    Ok(Entity::find()
        .filter(Column::SessionId.eq(session_id))
        .filter(Column::ParticipantId.eq(participant_id))
        .order_by_asc(Column::TableId)
        .all(conn)
        .await?
        .into_iter()
        .map(|wish| wish.table_id)
        .collect())
}

/// Every wish in a session, for the rotation plan.
pub async fn of_session(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<networking_wish::Model>, DbErr> {
    Entity::find()
        .filter(Column::SessionId.eq(session_id))
        .order_by_asc(Column::ParticipantId)
        .order_by_asc(Column::TableId)
        .all(conn)
        .await
}

/// Replaces a participant's wishes in a session with `table_ids`.
pub async fn replace(
    conn: &impl ConnectionTrait,
    session_id: SessionId,
    participant_id: ParticipantId,
    table_ids: &[Uuid],
    now_ms: i64,
) -> Result<(), DbErr> {
    Entity::delete_many()
        .filter(Column::SessionId.eq(session_id))
        .filter(Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    if table_ids.is_empty() {
        return Ok(());
    }
    let rows = table_ids.iter().map(|table_id| ActiveModel {
        session_id: Set(session_id.0),
        participant_id: Set(participant_id.0),
        table_id: Set(*table_id),
        created_at: Set(now_ms),
    });
    Entity::insert_many(rows)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}
