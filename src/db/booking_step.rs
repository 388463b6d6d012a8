//! Taking a place and storing its booking in one step, the booking's hot path: one statement
//! on PostgreSQL (data-modifying CTEs), and on SQLite three statements in the caller's
//! transaction or, with the mail, one [`OneTrip`] written together with other bookings.

use crate::db::audit;
use crate::db::bookings::{insert_row, take_place, take_place_query};
use crate::db::one_trip::OneTrip;
use crate::db::rows::{insert_if_changed, set_values};
use crate::domain::actor::Actor;
use crate::entities::{booking, outbox_message};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, DbErr, IdenStatic, QueryTrait, Statement,
};
use uuid::Uuid;

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
        audit::booking_changed(conn, actor, action, row.id, row.created_at).await?;
        return Ok(true);
    }
    let statement = postgres_booking((slot_id, row), (actor, action), None);
    let made = made_one(conn.query_one_raw(statement).await?)?;
    if made {
        // The statement wrote the audit entry; the news to listening systems follows it here.
        crate::db::webhooks::announce_booking(conn, action, row.id, row.created_at).await?;
    }
    Ok(made)
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
        row.status.into(),
        row.calendar_uid.clone().into(),
        row.sequence.into(),
        row.place_no.into(),
        row.waitlisted_at.into(),
        row.offer_expires_at.into(),
        row.arrived_at.into(),
        row.created_at.into(),
        row.updated_at.into(),
        Uuid::now_v7().into(),
        actor_kind.as_str().into(),
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
