//! Bookings and the places they take. A place is taken by a conditional update that the
//! database refuses when the slot is full, so no interleaving of requests can overbook. Also a
//! participant's live bookings in given sessions.

use super::rows::select_prefixed;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, ParticipantId, SessionId};
use crate::entities::{booking, event, participant, session, slot};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, FromQueryResult, JoinType,
    QueryFilter, QueryOrder, QuerySelect, QueryTrait, RelationDef,
};
use uuid::Uuid;

/// Takes one place in `slot_id`; `false` when it is full (nothing changed then).
pub async fn take_place(conn: &impl ConnectionTrait, slot_id: Uuid) -> Result<bool, DbErr> {
    let result = take_place_query(slot_id).exec(conn).await?;
    Ok(result.rows_affected == 1)
}

/// `UPDATE slot SET booked = booked + 1 WHERE id = .. AND booked < capacity`.
pub(crate) fn take_place_query(slot_id: Uuid) -> sea_orm::UpdateMany<slot::Entity> {
    slot::Entity::update_many()
        .col_expr(slot::Column::Booked, Expr::col(slot::Column::Booked).add(1))
        .filter(slot::Column::Id.eq(slot_id))
        .filter(Expr::col(slot::Column::Booked).lt(Expr::col(slot::Column::Capacity)))
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

/// A slot with its session and event: the slot and its session in one joined query (a
/// booking reads them on every request), then the event.
pub async fn slot_context(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Option<(slot::Model, session::Model, event::Model)>, DbErr> {
    // One round trip: booking reads this on every request. sea-orm joins two entities into
    // prefixed columns (`A_`, `B_`); the event's columns are added as `C_` by hand and read back
    // with the same prefix rule.
    let slot_session: RelationDef = slot::Entity::belongs_to(session::Entity)
        .from(slot::Column::SessionId)
        .to(session::Column::Id)
        .into();
    let session_event: RelationDef = session::Entity::belongs_to(event::Entity)
        .from(session::Column::EventId)
        .to(event::Column::Id)
        .into();
    let query = slot::Entity::find_by_id(slot_id)
        .select_also(session::Entity)
        .join(JoinType::InnerJoin, slot_session)
        .join(JoinType::InnerJoin, session_event);
    let mut query = query.into_query();
    select_prefixed::<event::Entity>(&mut query, "C_");
    let Some(row) = conn.query_one(&query).await? else {
        return Ok(None);
    };
    Ok(Some((
        slot::Model::from_query_result(&row, "A_")?,
        session::Model::from_query_result(&row, "B_")?,
        event::Model::from_query_result(&row, "C_")?,
    )))
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
    insert_new(
        conn,
        SessionId(slot.session_id),
        Some(slot.id),
        ParticipantId(participant_id),
        (BookingStatus::Confirmed, None),
        mail_domain,
        now_ms,
    )
    .await
}

/// Stores a new booking row with a fresh calendar UID at SEQUENCE 0.
async fn insert_new(
    conn: &impl ConnectionTrait,
    session_id: SessionId,
    slot_id: Option<Uuid>,
    participant_id: ParticipantId,
    (state, waitlisted_at): (BookingStatus, Option<i64>),
    mail_domain: &str,
    now_ms: i64,
) -> Result<booking::Model, DbErr> {
    let row = new_row(
        session_id,
        slot_id,
        participant_id,
        (state, waitlisted_at),
        mail_domain,
        now_ms,
    );
    insert_row(conn, &row).await?;
    Ok(row)
}

/// A new booking row (not stored yet) with a fresh id and calendar UID at SEQUENCE 0.
pub fn new_row(
    session_id: SessionId,
    slot_id: Option<Uuid>,
    participant_id: ParticipantId,
    (state, waitlisted_at): (BookingStatus, Option<i64>),
    mail_domain: &str,
    now_ms: i64,
) -> booking::Model {
    let id = Uuid::now_v7();
    booking::Model {
        id,
        session_id: session_id.0,
        slot_id,
        participant_id: participant_id.0,
        status: state,
        calendar_uid: format!("booking-{}@{}", id.simple(), mail_domain),
        sequence: 0,
        place_no: 1,
        waitlisted_at,
        offer_expires_at: None,
        arrived_at: None,
        created_at: now_ms,
        updated_at: now_ms,
    }
}

/// Stores a row made by [`new_row`].
pub async fn insert_row(conn: &impl ConnectionTrait, row: &booking::Model) -> Result<(), DbErr> {
    booking::Entity::insert(booking::ActiveModel::from(row.clone()))
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Moves a booking to another slot and raises its SEQUENCE.
pub async fn move_to_slot(
    conn: &impl ConnectionTrait,
    booking: &booking::Model,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let result = still_as_read(booking)
        .col_expr(booking::Column::SlotId, Expr::value(slot_id))
        .col_expr(booking::Column::Sequence, Expr::value(booking.sequence + 1))
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// An update of `booking` that changes it only if it is still as it was read (same status,
/// same slot): a change that came first in the meantime makes it change nothing, so a caller
/// never acts on a stale read (a double click that would free one place twice).
fn still_as_read(booking: &booking::Model) -> sea_orm::UpdateMany<booking::Entity> {
    let same_slot = match booking.slot_id {
        Some(slot_id) => booking::Column::SlotId.eq(slot_id),
        None => booking::Column::SlotId.is_null(),
    };
    booking::Entity::update_many()
        .filter(booking::Column::Id.eq(booking.id))
        .filter(booking::Column::Status.eq(booking.status))
        .filter(same_slot)
}

/// Marks a booking cancelled and raises its SEQUENCE, if it is still as `booking` says;
/// `false` when another change came first (nothing changed then).
pub async fn mark_cancelled(
    conn: &impl ConnectionTrait,
    booking: &booking::Model,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let result = still_as_read(booking)
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Cancelled),
        )
        .col_expr(booking::Column::Sequence, Expr::value(booking.sequence + 1))
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The confirmed bookings holding places in a slot, oldest first.
pub async fn confirmed_in_slot(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SlotId.eq(slot_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .order_by_asc(booking::Column::CreatedAt)
        .all(conn)
        .await
}

/// The times of a participant's confirmed bookings, but for `except` if given: (start, end)
/// per booking.
pub async fn times_held(
    conn: &impl ConnectionTrait,
    participant_id: ParticipantId,
    except: Option<BookingId>,
) -> Result<Vec<(i64, i64)>, DbErr> {
    let mut query = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed));
    if let Some(except) = except {
        query = query.filter(booking::Column::Id.ne(except));
    }
    let slot_ids: Vec<Uuid> = query
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|b| b.slot_id)
        .collect();
    Ok(slot::Entity::find()
        .filter(slot::Column::Id.is_in(slot_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.starts_at, s.ends_at))
        .collect())
}

/// Puts a participant on a session's waitlist. `waitlisted_at` orders the line, so someone who
/// lost a place through no fault of their own can be put ahead of people who joined later.
pub async fn insert_waitlisted(
    conn: &impl ConnectionTrait,
    session_id: SessionId,
    participant_id: ParticipantId,
    waitlisted_at: i64,
    mail_domain: &str,
    now_ms: i64,
) -> Result<booking::Model, DbErr> {
    insert_new(
        conn,
        session_id,
        None,
        participant_id,
        (BookingStatus::Waitlisted, Some(waitlisted_at)),
        mail_domain,
        now_ms,
    )
    .await
}

/// A participant's booking in a session that is not cancelled (at most one: a unique index).
pub async fn live_in_session(
    conn: &impl ConnectionTrait,
    session_id: SessionId,
    participant_id: ParticipantId,
) -> Result<Option<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .filter(booking::Column::Status.ne(BookingStatus::Cancelled))
        .one(conn)
        .await
}

/// Seats a no-show or waitlisted booking in `slot_id`, confirmed and checked in, with a higher
/// SEQUENCE; `false` when the booking changed meanwhile (the caller has taken the place).
pub async fn seat_again(
    conn: &impl ConnectionTrait,
    held: &booking::Model,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let result = booking::Entity::update_many()
        .col_expr(booking::Column::SlotId, Expr::value(slot_id))
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Confirmed),
        )
        .col_expr(booking::Column::Sequence, Expr::value(held.sequence + 1))
        .col_expr(booking::Column::ArrivedAt, Expr::value(now_ms))
        .col_expr(
            booking::Column::WaitlistedAt,
            Expr::value(Option::<i64>::None),
        )
        .col_expr(booking::Column::UpdatedAt, Expr::value(now_ms))
        .filter(booking::Column::Id.eq(held.id))
        .filter(booking::Column::Status.eq(held.status.as_str()))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// A participant's bookings in an event's sessions that are not cancelled.
pub async fn live_of_participant(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
    session_ids: Vec<Uuid>,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .filter(booking::Column::SessionId.is_in(session_ids))
        .filter(booking::Column::Status.ne(BookingStatus::Cancelled))
        .all(conn)
        .await
}
