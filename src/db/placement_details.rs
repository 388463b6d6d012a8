//! Where each taster placement happens and whom to ask there ([`placement_detail`] rows, one
//! per placement slot; a placement without one is at the event's venue).

use crate::entities::placement_detail;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// Stores the details of a new placement (nothing when all three texts are empty).
pub async fn insert(
    conn: &impl ConnectionTrait,
    detail: placement_detail::Model,
) -> Result<(), DbErr> {
    if detail.address.is_empty() && detail.contact.is_empty() && detail.instructions.is_empty() {
        return Ok(());
    }
    placement_detail::ActiveModel::from(detail)
        .insert(conn)
        .await?;
    Ok(())
}

/// The details of one placement, if it has any.
pub async fn of_slot(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Option<placement_detail::Model>, DbErr> {
    placement_detail::Entity::find_by_id(slot_id)
        .one(conn)
        .await
}

/// The details of the placements among `slot_ids`, by slot.
pub async fn of_slots(
    conn: &impl ConnectionTrait,
    slot_ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, placement_detail::Model>, DbErr> {
    Ok(placement_detail::Entity::find()
        .filter(placement_detail::Column::SlotId.is_in(slot_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|d| (d.slot_id, d))
        .collect())
}

/// Replaces the details of the placement `detail.slot_id` (none left when all are empty).
pub async fn replace(
    conn: &impl ConnectionTrait,
    detail: placement_detail::Model,
) -> Result<(), DbErr> {
    placement_detail::Entity::delete_by_id(detail.slot_id)
        .exec(conn)
        .await?;
    insert(conn, detail).await
}
