//! Arrivals and no-shows on the day. Every change is one conditional update of the booking row
//! (`rows_affected` checked), so two people checking in the same booking at once end with one
//! consistent state on SQLite and PostgreSQL alike: PostgreSQL re-checks the condition on the
//! row a concurrent update left behind, SQLite runs writers one at a time.

use crate::domain::booking_status::BookingStatus;
use crate::entities::booking;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

async fn changed(
    conn: &impl ConnectionTrait,
    update: sea_orm::UpdateMany<booking::Entity>,
) -> Result<bool, DbErr> {
    Ok(update.exec(conn).await?.rows_affected == 1)
}

/// Marks a confirmed booking arrived; `false` when it is not confirmed or already arrived.
pub async fn mark_arrived(
    conn: &impl ConnectionTrait,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let update = booking::Entity::update_many()
        .col_expr(booking::Column::ArrivedAt, Expr::value(now_ms))
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .filter(booking::Column::Id.eq(booking_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .filter(booking::Column::ArrivedAt.is_null());
    changed(conn, update).await
}

/// Takes an arrival back (marked by mistake); `false` when the booking was not marked arrived.
pub async fn undo_arrival(
    conn: &impl ConnectionTrait,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let update = booking::Entity::update_many()
        .col_expr(booking::Column::ArrivedAt, Expr::value(Option::<i64>::None))
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .filter(booking::Column::Id.eq(booking_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .filter(booking::Column::ArrivedAt.is_not_null());
    changed(conn, update).await
}

/// Marks a confirmed booking whose person has not arrived a no-show; the caller frees its place
/// in the same transaction. `false` when it is not confirmed or the person has arrived.
pub async fn mark_no_show(
    conn: &impl ConnectionTrait,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let update = booking::Entity::update_many()
        .col_expr(booking::Column::Status, Expr::value(BookingStatus::NoShow))
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .filter(booking::Column::Id.eq(booking_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .filter(booking::Column::ArrivedAt.is_null());
    changed(conn, update).await
}

/// Turns a no-show back into a confirmed booking, checked in (the person came late); the caller
/// takes the place again in the same transaction. `false` when it was not a no-show.
pub async fn undo_no_show(
    conn: &impl ConnectionTrait,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let update = booking::Entity::update_many()
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Confirmed),
        )
        .col_expr(booking::Column::ArrivedAt, Expr::value(now_ms))
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .filter(booking::Column::Id.eq(booking_id))
        .filter(booking::Column::Status.eq(BookingStatus::NoShow));
    changed(conn, update).await
}

/// The bookings on a slot's check-in list (confirmed and no-shows) with their people's names,
/// oldest first.
pub async fn of_slot(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Vec<(booking::Model, String)>, DbErr> {
    use crate::entities::participant;
    use sea_orm::QueryOrder;
    let bookings = booking::Entity::find()
        .filter(booking::Column::SlotId.eq(slot_id))
        .filter(booking::Column::Status.is_in([BookingStatus::Confirmed, BookingStatus::NoShow]))
        .order_by_asc(booking::Column::CreatedAt)
        .all(conn)
        .await?;
    let ids: Vec<Uuid> = bookings.iter().map(|b| b.participant_id).collect();
    let people = participant::Entity::find()
        .filter(participant::Column::Id.is_in(ids))
        .all(conn)
        .await?;
    Ok(bookings
        .into_iter()
        .map(|b| {
            let name = people
                .iter()
                .find(|p| p.id == b.participant_id)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            (b, name)
        })
        .collect())
}

/// The participants checked in for `session_id` (confirmed bookings with an arrival).
pub async fn arrived_in_session(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<Uuid>, DbErr> {
    use sea_orm::QuerySelect;
    booking::Entity::find()
        .select_only()
        .column(booking::Column::ParticipantId)
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .filter(booking::Column::ArrivedAt.is_not_null())
        .into_tuple()
        .all(conn)
        .await
}
