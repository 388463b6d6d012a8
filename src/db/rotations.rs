//! Speed-networking plans: the rounds and tables of a session, the people seated, and who sits
//! where in each round.

use crate::db::rows::insert_many;
use crate::domain::booking_status::BookingStatus;
use crate::entities::{booking, networking_round, rotation_assignment};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// The session's rounds, first first.
pub async fn rounds(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<networking_round::Model>, DbErr> {
    networking_round::Entity::find()
        .filter(networking_round::Column::SessionId.eq(session_id))
        .order_by_asc(networking_round::Column::Number)
        .all(conn)
        .await
}

/// The participants holding a confirmed seat in the session.
pub async fn seated(conn: &impl ConnectionTrait, session_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    let mut ids: Vec<Uuid> = booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .all(conn)
        .await?
        .into_iter()
        .map(|b| b.participant_id)
        .collect();
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// Who sits where in `round_ids`.
pub async fn assignments(
    conn: &impl ConnectionTrait,
    round_ids: Vec<Uuid>,
) -> Result<Vec<rotation_assignment::Model>, DbErr> {
    if round_ids.is_empty() {
        return Ok(Vec::new());
    }
    rotation_assignment::Entity::find()
        .filter(rotation_assignment::Column::RoundId.is_in(round_ids))
        .order_by_asc(rotation_assignment::Column::TableId)
        .order_by_asc(rotation_assignment::Column::Seat)
        .all(conn)
        .await
}

/// Replaces the seating of `round_ids` with `rows`.
pub async fn replace(
    conn: &impl ConnectionTrait,
    round_ids: Vec<Uuid>,
    rows: Vec<rotation_assignment::Model>,
) -> Result<(), DbErr> {
    if !round_ids.is_empty() {
        rotation_assignment::Entity::delete_many()
            .filter(rotation_assignment::Column::RoundId.is_in(round_ids))
            .exec(conn)
            .await?;
    }
    insert_many(
        conn,
        rows.into_iter()
            .map(rotation_assignment::ActiveModel::from)
            .collect(),
    )
    .await
}
