//! Bookings and the places they take. A place is taken by a conditional update that the
//! database refuses when the slot is full, so no interleaving of requests can overbook.

use crate::db::audit::{self, Actor};
use crate::db::one_trip::{OneTrip, insert_if_changed};
use crate::db::rows::set_values;
use crate::entities::outbox_message;
use crate::entities::{booking, event, participant, session, slot};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr,
    EntityTrait, ExprTrait, FromQueryResult, IdenStatic, Iterable, JoinType, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, RelationDef, Statement,
};
use uuid::Uuid;

/// Booking states (the database's CHECK lists the same).
pub mod status {
    /// Holds a place.
    pub const CONFIRMED: &str = "confirmed";
    /// Gave the place back.
    pub const CANCELLED: &str = "cancelled";
    /// Waiting for a place in the session.
    pub const WAITLISTED: &str = "waitlisted";
    /// A freed place is held for them until `offer_expires_at`.
    pub const OFFERED: &str = "offered";
    /// Did not come; the place was freed on the day.
    pub const NO_SHOW: &str = "no_show";
}

/// Takes one place in `slot_id`; `false` when it is full (nothing changed then).
pub async fn take_place(conn: &impl ConnectionTrait, slot_id: Uuid) -> Result<bool, DbErr> {
    let result = take_place_query(slot_id).exec(conn).await?;
    Ok(result.rows_affected == 1)
}

/// `UPDATE slot SET booked = booked + 1 WHERE id = .. AND booked < capacity`.
fn take_place_query(slot_id: Uuid) -> sea_orm::UpdateMany<slot::Entity> {
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
    let mut query = slot::Entity::find_by_id(slot_id)
        .select_also(session::Entity)
        .join(JoinType::InnerJoin, slot_session)
        .join(JoinType::InnerJoin, session_event);
    for column in event::Column::iter() {
        query = query.column_as(
            Expr::col((event::Entity, column)),
            format!("C_{}", column.as_str()),
        );
    }
    let Some(row) = conn.query_one(&query.into_query()).await? else {
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
        slot.session_id,
        Some(slot.id),
        participant_id,
        (status::CONFIRMED, None),
        mail_domain,
        now_ms,
    )
    .await
}

/// Stores a new booking row with a fresh calendar UID at SEQUENCE 0.
async fn insert_new(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
    slot_id: Option<Uuid>,
    participant_id: Uuid,
    (state, waitlisted_at): (&str, Option<i64>),
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
    session_id: Uuid,
    slot_id: Option<Uuid>,
    participant_id: Uuid,
    (state, waitlisted_at): (&str, Option<i64>),
    mail_domain: &str,
    now_ms: i64,
) -> booking::Model {
    let id = Uuid::now_v7();
    booking::Model {
        id,
        session_id,
        slot_id,
        participant_id,
        status: state.to_owned(),
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

/// Takes one place in the row's slot, stores the row and logs `actor` as having made it, as one
/// change: `false` when the slot is full (nothing changed then). On PostgreSQL that is one
/// statement (data-modifying CTEs, one round trip instead of three: the booking's hot path);
/// elsewhere three statements in the caller's transaction.
pub async fn take_place_and_insert(
    conn: &impl ConnectionTrait,
    row: &booking::Model,
    actor: Actor,
    action: &str,
) -> Result<bool, DbErr> {
    let Some(slot_id) = row.slot_id else {
        return Ok(false);
    };
    if conn.get_database_backend() != DbBackend::Postgres {
        if !take_place(conn, slot_id).await? {
            return Ok(false);
        }
        insert_row(conn, row).await?;
        let entry = audit::booking_entry(actor, action, row.id, row.created_at);
        audit::insert(conn, entry).await?;
        return Ok(true);
    }
    let statement = postgres_booking((slot_id, row), (actor, action), None);
    made_one(conn.query_one_raw(statement).await?)
}

/// The count [`postgres_booking`] answers: whether the booking was made.
fn made_one(answer: Option<sea_orm::QueryResult>) -> Result<bool, DbErr> {
    let made: i64 = match answer {
        Some(result) => result.try_get("", "made")?,
        None => 0,
    };
    Ok(made == 1)
}

/// One PostgreSQL statement (data-modifying CTEs) that takes the place, stores the row, logs
/// `actor` and, given one, stores the mail; it answers `made` = 1, or 0 (and changes nothing)
/// when the slot is full.
fn postgres_booking(
    (slot_id, row): (Uuid, &booking::Model),
    (actor, action): (Actor, &str),
    mail: Option<&outbox_message::ActiveModel>,
) -> Statement {
    let (actor_kind, actor_id) = actor.kind_and_id();
    let mut values: Vec<sea_orm::Value> = vec![
        slot_id.into(),
        row.id.into(),
        row.session_id.into(),
        row.participant_id.into(),
        row.status.clone().into(),
        row.calendar_uid.clone().into(),
        row.sequence.into(),
        row.place_no.into(),
        row.waitlisted_at.into(),
        row.offer_expires_at.into(),
        row.arrived_at.into(),
        row.created_at.into(),
        row.updated_at.into(),
        Uuid::now_v7().into(),
        actor_kind.into(),
        actor_id.into(),
        action.into(),
    ];
    let mut sql = String::from(
        r#"WITH taken AS (
               UPDATE slot SET booked = booked + 1
               WHERE id = $1 AND booked < capacity
               RETURNING id
           ), made AS (
               INSERT INTO booking (id, session_id, slot_id, participant_id, status,
                   calendar_uid, sequence, place_no, waitlisted_at, offer_expires_at,
                   arrived_at, created_at, updated_at)
               SELECT $2, $3, taken.id, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 FROM taken
               RETURNING id
           ), logged AS (
               INSERT INTO audit_log (id, at, actor_kind, actor_id, action, subject_kind,
                   subject_id, details)
               SELECT $14, $12, $15, $16, $17, 'booking', made.id, '{}' FROM made
           )"#,
    );
    if let Some(mail) = mail {
        let mut columns = Vec::new();
        let mut placeholders = Vec::new();
        for (column, value) in set_values(mail) {
            columns.push(format!(r#""{}""#, column.as_str()));
            values.push(value);
            placeholders.push(format!("${}", values.len()));
        }
        sql.push_str(&format!(
            ", mailed AS (INSERT INTO outbox_message ({}) SELECT {} FROM made)",
            columns.join(", "),
            placeholders.join(", ")
        ));
    }
    sql.push_str("\nSELECT count(*) AS made FROM made");
    Statement::from_sql_and_values(DbBackend::Postgres, sql, values)
}

/// Books a place and stores the mail that confirms it, all or nothing: takes one place in the
/// row's slot, stores the row, logs `actor` as having made it and stores `mail` for delivery.
/// `false` when the slot is full (nothing changed then). For bookings that change nothing else
/// (not a slot with a volunteer, whose calendar entry changes too). On PostgreSQL it is one
/// statement, its own transaction; on SQLite one [`OneTrip`] (each statement going on only if
/// the one before changed a row), written together with the other bookings waiting for the
/// writers' turn.
pub async fn book_with_mail(
    db: &DatabaseConnection,
    row: &booking::Model,
    (actor, action): (Actor, &str),
    mail: outbox_message::ActiveModel,
) -> Result<bool, DbErr> {
    let Some(slot_id) = row.slot_id else {
        return Ok(false);
    };
    if db.get_database_backend() == DbBackend::Postgres {
        // One statement is its own transaction: one round trip, no BEGIN or COMMIT.
        let statement = postgres_booking((slot_id, row), (actor, action), Some(&mail));
        return made_one(db.query_one_raw(statement).await?);
    }
    let entry = audit::booking_entry(actor, action, row.id, row.created_at);
    let mut trip = OneTrip::default();
    trip.push(take_place_query(slot_id).build(DbBackend::Sqlite));
    trip.push(insert_if_changed(&booking::ActiveModel::from(row.clone()))?);
    trip.push(insert_if_changed(&entry)?);
    trip.push(insert_if_changed(&mail)?);
    // The place, the booking, its audit entry and its mail: four rows, or none when full.
    Ok(trip.commit(db).await? == 4)
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

/// The confirmed bookings holding places in a slot, oldest first.
pub async fn confirmed_in_slot(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SlotId.eq(slot_id))
        .filter(booking::Column::Status.eq(status::CONFIRMED))
        .order_by_asc(booking::Column::CreatedAt)
        .all(conn)
        .await
}

/// The times of a participant's confirmed bookings, except `except`: (start, end) per booking.
pub async fn times_held(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
    except: Uuid,
) -> Result<Vec<(i64, i64)>, DbErr> {
    let slot_ids: Vec<Uuid> = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .filter(booking::Column::Status.eq(status::CONFIRMED))
        .filter(booking::Column::Id.ne(except))
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
    session_id: Uuid,
    participant_id: Uuid,
    waitlisted_at: i64,
    mail_domain: &str,
    now_ms: i64,
) -> Result<booking::Model, DbErr> {
    insert_new(
        conn,
        session_id,
        None,
        participant_id,
        (status::WAITLISTED, Some(waitlisted_at)),
        mail_domain,
        now_ms,
    )
    .await
}

/// A participant's booking in a session that is not cancelled (at most one: a unique index).
pub async fn live_in_session(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
    participant_id: Uuid,
) -> Result<Option<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .filter(booking::Column::Status.ne(status::CANCELLED))
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
        .col_expr(booking::Column::Status, Expr::value(status::CONFIRMED))
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
