//! Ranked choices in preferences sessions, kept for the allocation run.

use crate::domain::ids::{ParticipantId, SessionId};
use crate::entities::preference::{self, ActiveModel, Column, Entity};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// A participant's choices in a session, first choice first.
pub async fn of(
    conn: &impl ConnectionTrait,
    session_id: SessionId,
    participant_id: ParticipantId,
) -> Result<Vec<preference::Model>, DbErr> {
    Entity::find()
        .filter(Column::SessionId.eq(session_id))
        .filter(Column::ParticipantId.eq(participant_id))
        .order_by_asc(Column::Rank)
        .all(conn)
        .await
}

/// Replaces a participant's choices in a session with `slot_ids`, in that order.
pub async fn replace(
    conn: &impl ConnectionTrait,
    session_id: SessionId,
    participant_id: ParticipantId,
    slot_ids: &[Uuid],
    now_ms: i64,
) -> Result<(), DbErr> {
    Entity::delete_many()
        .filter(Column::SessionId.eq(session_id))
        .filter(Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    if slot_ids.is_empty() {
        return Ok(());
    }
    let rows = slot_ids.iter().enumerate().map(|(i, slot_id)| ActiveModel {
        session_id: Set(session_id.0),
        participant_id: Set(participant_id.0),
        rank: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
        slot_id: Set(*slot_id),
        updated_at: Set(now_ms),
    });
    Entity::insert_many(rows)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}
