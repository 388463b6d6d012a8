//! What reminders are due and which went out. A reminder is claimed by inserting its row; the
//! primary key lets exactly one claim succeed, whatever restarts or other workers do.

use crate::db::rows::insert_if_missing;
use crate::domain::booking_status::BookingStatus;
use crate::entities::{booking, reminder_sent, session, slot};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::{HashMap, HashSet};

/// Slots starting after `from` and at or before `until`.
pub async fn slots_starting(
    conn: &impl ConnectionTrait,
    from: i64,
    until: i64,
) -> Result<Vec<slot::Model>, DbErr> {
    slot::Entity::find()
        .filter(slot::Column::StartsAt.gt(from))
        .filter(slot::Column::StartsAt.lte(until))
        .all(conn)
        .await
}

/// The confirmed bookings in the given slots.
pub async fn confirmed_in(
    conn: &impl ConnectionTrait,
    slot_ids: Vec<uuid::Uuid>,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SlotId.is_in(slot_ids))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .all(conn)
        .await
}

/// Claims the reminder `hours_before` for `recipient`; `false` when it was already sent.
pub async fn claim(
    conn: &impl ConnectionTrait,
    recipient: &str,
    hours_before: i64,
    now_ms: i64,
) -> Result<bool, DbErr> {
    insert_if_missing(
        conn,
        reminder_sent::ActiveModel {
            recipient: Set(recipient.to_owned()),
            hours_before: Set(i32::try_from(hours_before).unwrap_or(i32::MAX)),
            sent_at: Set(now_ms),
        },
        [
            reminder_sent::Column::Recipient,
            reminder_sent::Column::HoursBefore,
        ],
    )
    .await
}

/// Of `recipients`, those whose reminder `hours_before` already went out.
pub async fn already_sent(
    conn: &impl ConnectionTrait,
    recipients: Vec<String>,
    hours_before: i64,
) -> Result<HashSet<String>, DbErr> {
    Ok(reminder_sent::Entity::find()
        .filter(reminder_sent::Column::Recipient.is_in(recipients))
        .filter(
            reminder_sent::Column::HoursBefore.eq(i32::try_from(hours_before).unwrap_or(i32::MAX)),
        )
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.recipient)
        .collect())
}

/// The event of each of `session_ids`.
pub async fn events_of_sessions(
    conn: &impl ConnectionTrait,
    session_ids: Vec<uuid::Uuid>,
) -> Result<HashMap<uuid::Uuid, uuid::Uuid>, DbErr> {
    Ok(session::Entity::find()
        .filter(session::Column::Id.is_in(session_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s.event_id))
        .collect())
}
