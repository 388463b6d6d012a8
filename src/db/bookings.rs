//! Bookings and the places they take. A place is taken by a conditional update that the
//! database refuses when the slot is full, so no interleaving of requests can overbook.

use crate::entities::{booking, event, participant, session, slot};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter,
};
use uuid::Uuid;

/// Booking states (the database's CHECK lists the same).
pub mod status {
    /// Holds a place.
    pub const CONFIRMED: &str = "confirmed";
    /// Gave the place back.
    pub const CANCELLED: &str = "cancelled";
}

/// Takes one place in `slot_id`; `false` when it is full (nothing changed then).
pub async fn take_place(conn: &impl ConnectionTrait, slot_id: Uuid) -> Result<bool, DbErr> {
    let result = slot::Entity::update_many()
        .col_expr(slot::Column::Booked, Expr::col(slot::Column::Booked).add(1))
        .filter(slot::Column::Id.eq(slot_id))
        .filter(Expr::col(slot::Column::Booked).lt(Expr::col(slot::Column::Capacity)))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Gives one place in `slot_id` back.
pub async fn release_place(conn: &impl ConnectionTrait, slot_id: Uuid) -> Result<(), DbErr> {
    slot::Entity::update_many()
        .col_expr(slot::Column::Booked, Expr::col(slot::Column::Booked).sub(1))
        .filter(slot::Column::Id.eq(slot_id))
        .filter(slot::Column::Booked.gt(0))
        .exec(conn)
        .await?;
    Ok(())
}

/// A slot with its session and event.
pub async fn slot_context(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Option<(slot::Model, session::Model, event::Model)>, DbErr> {
    let Some(slot) = slot::Entity::find_by_id(slot_id).one(conn).await? else {
        return Ok(None);
    };
    let Some(session) = session::Entity::find_by_id(slot.session_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let event = event::Entity::find_by_id(session.event_id)
        .one(conn)
        .await?;
    Ok(event.map(|event| (slot, session, event)))
}

/// One booking.
pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<booking::Model>, DbErr> {
    booking::Entity::find_by_id(id).one(conn).await
}

/// One participant.
pub async fn participant(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<participant::Model>, DbErr> {
    participant::Entity::find_by_id(id).one(conn).await
}

/// Stores a confirmed booking with a new calendar UID at SEQUENCE 0.
pub async fn insert_confirmed(
    conn: &impl ConnectionTrait,
    slot: &slot::Model,
    participant_id: Uuid,
    mail_domain: &str,
    now_ms: i64,
) -> Result<booking::Model, DbErr> {
    let id = Uuid::now_v7();
    let row = booking::Model {
        id,
        session_id: slot.session_id,
        slot_id: Some(slot.id),
        participant_id,
        status: status::CONFIRMED.to_owned(),
        calendar_uid: format!("booking-{}@{}", id.simple(), mail_domain),
        sequence: 0,
        waitlisted_at: None,
        offer_expires_at: None,
        created_at: now_ms,
        updated_at: now_ms,
    };
    booking::Entity::insert(booking::ActiveModel::from(row.clone()))
        .exec_without_returning(conn)
        .await?;
    Ok(row)
}

/// Moves a booking to another slot and raises its SEQUENCE.
pub async fn move_to_slot(
    conn: &impl ConnectionTrait,
    booking: &booking::Model,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<(), DbErr> {
    booking::Entity::update(booking::ActiveModel {
        id: Set(booking.id),
        slot_id: Set(Some(slot_id)),
        sequence: Set(booking.sequence + 1),
        updated_at: Set(now_ms),
        ..Default::default()
    })
    .exec(conn)
    .await?;
    Ok(())
}

/// Marks a booking cancelled and raises its SEQUENCE.
pub async fn mark_cancelled(
    conn: &impl ConnectionTrait,
    booking: &booking::Model,
    now_ms: i64,
) -> Result<(), DbErr> {
    booking::Entity::update(booking::ActiveModel {
        id: Set(booking.id),
        status: Set(status::CANCELLED.to_owned()),
        sequence: Set(booking.sequence + 1),
        updated_at: Set(now_ms),
        ..Default::default()
    })
    .exec(conn)
    .await?;
    Ok(())
}
