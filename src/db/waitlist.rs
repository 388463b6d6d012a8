//! Waiting lists: who is next in a session, offers of a freed place held until a deadline, and
//! offers that ran out. Every change is a conditional update on the booking's status, so two
//! workers (or a worker and the participant) never act on the same entry twice.

use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, SlotId};
use crate::entities::{booking, slot};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

/// The sessions that have someone waiting.
pub async fn sessions_with_waiting(conn: &impl ConnectionTrait) -> Result<Vec<Uuid>, DbErr> {
    booking::Entity::find()
        .select_only()
        .column(booking::Column::SessionId)
        .distinct()
        .filter(booking::Column::Status.eq(BookingStatus::Waitlisted))
        .into_tuple()
        .all(conn)
        .await
}

/// A session's waiting list in order: earliest `waitlisted_at` first (someone who lost a place
/// keeps their original booking time), then who joined first.
pub async fn line(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.eq(BookingStatus::Waitlisted))
        .order_by_asc(booking::Column::WaitlistedAt)
        .order_by_asc(booking::Column::CreatedAt)
        .order_by_asc(booking::Column::Id)
        .all(conn)
        .await
}

/// Offers that ran out by `now_ms`.
pub async fn expired_offers(
    conn: &impl ConnectionTrait,
    now_ms: i64,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::Status.eq(BookingStatus::Offered))
        .filter(booking::Column::OfferExpiresAt.lte(now_ms))
        .order_by_asc(booking::Column::OfferExpiresAt)
        .all(conn)
        .await
}

/// Turns a waiting entry into an offer of `slot_id` until `expires_at`; `false` when it is no
/// longer waiting.
pub async fn offer(
    conn: &impl ConnectionTrait,
    booking_id: BookingId,
    slot_id: SlotId,
    expires_at: i64,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let done = booking::Entity::update_many()
        .col_expr(booking::Column::Status, Expr::value(BookingStatus::Offered))
        .col_expr(booking::Column::SlotId, Expr::value(slot_id))
        .col_expr(booking::Column::OfferExpiresAt, Expr::value(expires_at))
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .filter(booking::Column::Id.eq(booking_id))
        .filter(booking::Column::Status.eq(BookingStatus::Waitlisted))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Confirms an offer that is still open at `now_ms`; `false` when it was taken back or ran out.
pub async fn accept(
    conn: &impl ConnectionTrait,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let done = booking::Entity::update_many()
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Confirmed),
        )
        .col_expr(
            booking::Column::OfferExpiresAt,
            Expr::value(Option::<i64>::None),
        )
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .filter(booking::Column::Id.eq(booking_id))
        .filter(booking::Column::Status.eq(BookingStatus::Offered))
        .filter(booking::Column::OfferExpiresAt.gt(now_ms))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Ends a waiting entry or an offer (expired, declined, left); `false` when it had already
/// changed. The caller frees an offer's held place.
pub async fn close(
    conn: &impl ConnectionTrait,
    booking: &booking::Model,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let done = booking::Entity::update_many()
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Cancelled),
        )
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .filter(booking::Column::Id.eq(booking.id))
        .filter(booking::Column::Status.eq(booking.status))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// The offers holding a place in `slot_id`.
pub async fn offers_in_slot(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SlotId.eq(slot_id))
        .filter(booking::Column::Status.eq(BookingStatus::Offered))
        .all(conn)
        .await
}

/// Puts an offer back in line (its place is going away); `false` when it had changed. The
/// caller frees the held place.
pub async fn take_back(
    conn: &impl ConnectionTrait,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let done = booking::Entity::update_many()
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Waitlisted),
        )
        .col_expr(booking::Column::SlotId, Expr::value(Option::<Uuid>::None))
        .col_expr(
            booking::Column::OfferExpiresAt,
            Expr::value(Option::<i64>::None),
        )
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .filter(booking::Column::Id.eq(booking_id))
        .filter(booking::Column::Status.eq(BookingStatus::Offered))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// The session's places that are free now and start after `not_before`, earliest first.
pub async fn free_places(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
    not_before: i64,
) -> Result<Vec<slot::Model>, DbErr> {
    slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session_id))
        .filter(slot::Column::StartsAt.gt(not_before))
        .filter(Expr::col(slot::Column::Booked).lt(Expr::col(slot::Column::Capacity)))
        .order_by_asc(slot::Column::StartsAt)
        .order_by_asc(slot::Column::Id)
        .all(conn)
        .await
}
