//! Outcomes recorded per participant.

use crate::domain::ids::{EventId, OutcomeId};
use crate::entities::outcome;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// Stores one outcome.
pub async fn insert(conn: &impl ConnectionTrait, row: outcome::Model) -> Result<(), DbErr> {
    outcome::Entity::insert(outcome::ActiveModel::from(row))
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// The outcomes credited to any of `event_ids`, newest first.
pub async fn of_events(
    conn: &impl ConnectionTrait,
    event_ids: Vec<Uuid>,
) -> Result<Vec<outcome::Model>, DbErr> {
    outcome::Entity::find()
        .filter(outcome::Column::EventId.is_in(event_ids))
        .order_by_desc(outcome::Column::HappenedOn)
        .order_by_desc(outcome::Column::CreatedAt)
        .all(conn)
        .await
}

/// Removes an outcome of `event_id` (recorded by mistake); `false` when there was none.
pub async fn delete(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    id: OutcomeId,
) -> Result<bool, DbErr> {
    let result = outcome::Entity::delete_many()
        .filter(outcome::Column::Id.eq(id))
        .filter(outcome::Column::EventId.eq(event_id))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}
