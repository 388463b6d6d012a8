//! The standby list of an event: people at the venue waiting for a freed place, first come
//! first served. A partial unique index keeps one open entry per person and event.

use crate::domain::ids::{BookingId, EventId, ParticipantId, StandbyId};
use crate::domain::standby_reason::StandbyReason;
use crate::entities::standby;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// Puts a person on the list; a constraint violation means they are on it already.
pub async fn add(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
    (reason, note): (StandbyReason, &str),
    now_ms: i64,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    standby::Entity::insert(standby::ActiveModel {
        id: Set(id),
        event_id: Set(event_id.0),
        participant_id: Set(participant_id.0),
        reason: Set(reason),
        note: Set(note.to_owned()),
        joined_at: Set(now_ms),
        booking_id: Set(None),
        left_at: Set(None),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(id)
}

/// The open entries of an event, first in line first.
pub async fn open(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<standby::Model>, DbErr> {
    standby::Entity::find()
        .filter(standby::Column::EventId.eq(event_id))
        .filter(standby::Column::LeftAt.is_null())
        .order_by_asc(standby::Column::JoinedAt)
        .order_by_asc(standby::Column::Id)
        .all(conn)
        .await
}

/// One entry, open or not.
pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<standby::Model>, DbErr> {
    standby::Entity::find_by_id(id).one(conn).await
}

/// Closes an open entry (placed in `booking_id`, or gone home when `None`); `false` when it
/// was closed already, e.g. by a colleague a moment earlier.
pub async fn close(
    conn: &impl ConnectionTrait,
    id: StandbyId,
    booking_id: Option<BookingId>,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let result = standby::Entity::update_many()
        .col_expr(standby::Column::LeftAt, Expr::value(now_ms))
        .col_expr(
            standby::Column::BookingId,
            Expr::value(booking_id.map(Uuid::from)),
        )
        .filter(standby::Column::Id.eq(id))
        .filter(standby::Column::LeftAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Whether the person has an open entry on the event's list.
pub async fn is_waiting(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
) -> Result<bool, DbErr> {
    Ok(standby::Entity::find()
        .filter(standby::Column::EventId.eq(event_id))
        .filter(standby::Column::ParticipantId.eq(participant_id))
        .filter(standby::Column::LeftAt.is_null())
        .one(conn)
        .await?
        .is_some())
}
