//! `participant_sensitive`: a participant's sensitive facts, kept apart from everything else.

use crate::domain::sensitive::SensitiveDraft;
use crate::entities::participant_sensitive;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ModelTrait, QueryFilter};
use uuid::Uuid;

/// The facts of `participant_id`, if any are kept.
pub async fn find(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
) -> Result<Option<participant_sensitive::Model>, DbErr> {
    participant_sensitive::Entity::find_by_id(participant_id)
        .one(conn)
        .await
}

/// The facts kept about any of `participant_ids`.
pub async fn of_people(
    conn: &impl ConnectionTrait,
    participant_ids: Vec<Uuid>,
) -> Result<Vec<participant_sensitive::Model>, DbErr> {
    participant_sensitive::Entity::find()
        .filter(participant_sensitive::Column::ParticipantId.is_in(participant_ids))
        .all(conn)
        .await
}

/// Replaces the facts of `participant_id` with `draft` (`delete_after_ms` from its date); an
/// empty draft deletes them.
pub async fn replace(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
    draft: &SensitiveDraft,
    delete_after_ms: Option<i64>,
    now_ms: i64,
) -> Result<(), DbErr> {
    if let Some(existing) = find(conn, participant_id).await? {
        existing.delete(conn).await?;
    }
    if draft.is_empty() {
        return Ok(());
    }
    participant_sensitive::Entity::insert(participant_sensitive::ActiveModel {
        participant_id: Set(participant_id),
        residence_status: Set(draft.residence_status.clone()),
        work_permit: Set(draft.work_permit.clone()),
        notes: Set(draft.notes.clone()),
        delete_after: Set(delete_after_ms),
        updated_at: Set(now_ms),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}
