//! Sessions, their units (slots), rounds and tables, as coordinators set them up.

use crate::db::rows::insert_many;
use crate::domain::booking_mode::BookingMode;
use crate::domain::session_draft::{FormatSettings, SessionDraft};
use crate::domain::units::{Availability, Unit};
use crate::entities::{
    event_employer, networking_round, networking_table, session, slot, volunteer,
    volunteer_availability,
};
use sea_orm::ActiveValue::{Set, Unchanged};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

fn apply(model: &mut session::ActiveModel, draft: &SessionDraft) {
    model.title = Set(draft.title.clone());
    model.room = Set(draft.room.clone());
    model.what_to_bring = Set(draft.what_to_bring.clone());
    model.format = Set(draft.format());
    model.starts_at = Set(draft.starts_at);
    model.ends_at = Set(draft.ends_at);
    let (mut capacity, mut slot_minutes, mut break_minutes) = (None, None, 0);
    let (mut rounds, mut round_minutes, mut changeover, mut seats) = (None, None, 0, None);
    match draft.settings {
        FormatSettings::MockInterview {
            slot_minutes: s,
            break_minutes: b,
        } => (slot_minutes, break_minutes) = (Some(s), b),
        FormatSettings::SpeedNetworking {
            rounds: r,
            round_minutes: m,
            changeover_minutes: c,
            seats_per_table: t,
        } => (rounds, round_minutes, changeover, seats) = (Some(r), Some(m), c, Some(t)),
        FormatSettings::Group { capacity: c } => capacity = Some(c),
        FormatSettings::Placement => {}
    }
    model.capacity = Set(capacity);
    model.slot_minutes = Set(slot_minutes);
    model.break_minutes = Set(break_minutes);
    model.rounds = Set(rounds);
    model.round_minutes = Set(round_minutes);
    model.changeover_minutes = Set(changeover);
    model.seats_per_table = Set(seats);
    model.booking_mode = Set(if draft.preferences.is_some() {
        BookingMode::Preferences
    } else {
        BookingMode::FirstCome
    });
    model.preferences_open_at = Set(draft.preferences.map(|p| p.0));
    model.preferences_close_at = Set(draft.preferences.map(|p| p.1));
    model.interview_language = Set(draft.language_rule.as_ref().map(|r| r.0.clone()));
    model.min_language_level = Set(draft.language_rule.as_ref().map(|r| r.1));
    model.require_occupation_match = Set(draft.require_occupation_match);
    model.max_bookings_per_participant = Set(draft.max_bookings_per_participant);
}

/// Stores a new session.
pub async fn insert(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
    draft: &SessionDraft,
    now_ms: i64,
) -> Result<session::Model, DbErr> {
    let mut model = session::ActiveModel {
        id: Set(Uuid::now_v7()),
        event_id: Set(event_id),
        created_at: Set(now_ms),
        ..Default::default()
    };
    apply(&mut model, draft);
    model.insert(conn).await
}

/// Replaces a session's settings.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: Uuid,
    draft: &SessionDraft,
) -> Result<session::Model, DbErr> {
    let mut model = session::ActiveModel {
        id: Unchanged(id),
        ..Default::default()
    };
    apply(&mut model, draft);
    model.update(conn).await
}

/// The sessions of an event, in time order (sessions that start together by title).
pub async fn of_event(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<session::Model>, DbErr> {
    session::Entity::find()
        .filter(session::Column::EventId.eq(event_id))
        .order_by_asc(session::Column::StartsAt)
        .order_by_asc(session::Column::Title)
        .all(conn)
        .await
}

/// One session.
pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<session::Model>, DbErr> {
    session::Entity::find_by_id(id).one(conn).await
}

/// The availability windows of an event's volunteers who have not withdrawn.
pub async fn availability(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<Availability>, DbErr> {
    let windows = volunteer_availability::Entity::find()
        .filter(volunteer_availability::Column::EventId.eq(event_id))
        .all(conn)
        .await?;
    let volunteer_ids: Vec<Uuid> = windows.iter().map(|w| w.volunteer_id).collect();
    let volunteers = volunteer::Entity::find()
        .filter(volunteer::Column::Id.is_in(volunteer_ids))
        .filter(volunteer::Column::WithdrawnAt.is_null())
        .all(conn)
        .await?;
    Ok(windows
        .into_iter()
        .filter_map(|w| {
            let v = volunteers.iter().find(|v| v.id == w.volunteer_id)?;
            Some(Availability {
                volunteer_id: v.id,
                employer_id: v.employer_id,
                starts_at: w.starts_at,
                ends_at: w.ends_at,
            })
        })
        .collect())
}

/// Times volunteers are already given in other sessions: (volunteer, start, end).
pub async fn busy_elsewhere(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
    volunteer_ids: Vec<Uuid>,
) -> Result<Vec<(Uuid, i64, i64)>, DbErr> {
    Ok(slot::Entity::find()
        .filter(slot::Column::VolunteerId.is_in(volunteer_ids))
        .filter(slot::Column::SessionId.ne(session_id))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|s| Some((s.volunteer_id?, s.starts_at, s.ends_at)))
        .collect())
}

/// Creates units.
pub async fn insert_units(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
    units: &[Unit],
    now_ms: i64,
) -> Result<Vec<slot::Model>, DbErr> {
    let rows: Vec<slot::Model> = units
        .iter()
        .map(|u| slot::Model {
            id: Uuid::now_v7(),
            session_id,
            volunteer_id: u.volunteer_id,
            employer_id: u.employer_id,
            label: u.label.clone(),
            starts_at: u.starts_at,
            ends_at: u.ends_at,
            capacity: u.capacity,
            booked: 0,
            created_at: now_ms,
            calendar_sequence: 0,
        })
        .collect();
    insert_many(
        conn,
        rows.iter().cloned().map(slot::ActiveModel::from).collect(),
    )
    .await?;
    Ok(rows)
}

/// Removes unbooked units (the condition on `booked` guards against a booking made meanwhile).
pub async fn delete_unbooked(conn: &impl ConnectionTrait, ids: Vec<Uuid>) -> Result<u64, DbErr> {
    Ok(slot::Entity::delete_many()
        .filter(slot::Column::Id.is_in(ids))
        .filter(slot::Column::Booked.eq(0))
        .exec(conn)
        .await?
        .rows_affected)
}

/// Changes a unit's capacity (the database refuses a capacity below what is booked).
pub async fn resize(conn: &impl ConnectionTrait, id: Uuid, capacity: i32) -> Result<(), DbErr> {
    slot::ActiveModel {
        id: Unchanged(id),
        capacity: Set(capacity),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// Changes a placement's description and places (the database refuses fewer places than are
/// taken).
pub async fn change_placement(
    conn: &impl ConnectionTrait,
    id: Uuid,
    (label, capacity): (&str, i32),
) -> Result<(), DbErr> {
    slot::ActiveModel {
        id: Unchanged(id),
        label: Set(label.to_owned()),
        capacity: Set(capacity),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// Moves a unit to new times (its bookings stay; the caller tells the people booked).
pub async fn retime(
    conn: &impl ConnectionTrait,
    id: Uuid,
    starts_at: i64,
    ends_at: i64,
) -> Result<(), DbErr> {
    slot::ActiveModel {
        id: Unchanged(id),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// Replaces a session's rounds when they differ from `rounds` (unchanged rounds keep their ids,
/// and with them any rotation already planned).
pub async fn replace_rounds(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
    rounds: &[(i64, i64)],
) -> Result<(), DbErr> {
    let current: Vec<(i64, i64)> = networking_round::Entity::find()
        .filter(networking_round::Column::SessionId.eq(session_id))
        .order_by_asc(networking_round::Column::Number)
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.starts_at, r.ends_at))
        .collect();
    if current == rounds {
        return Ok(());
    }
    networking_round::Entity::delete_many()
        .filter(networking_round::Column::SessionId.eq(session_id))
        .exec(conn)
        .await?;
    let rows = rounds
        .iter()
        .zip(1..)
        .map(|((start, end), number)| networking_round::ActiveModel {
            id: Set(Uuid::now_v7()),
            session_id: Set(session_id),
            number: Set(number),
            starts_at: Set(*start),
            ends_at: Set(*end),
        })
        .collect();
    insert_many(conn, rows).await
}

/// A session's tables, by label.
pub async fn tables(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<networking_table::Model>, DbErr> {
    networking_table::Entity::find()
        .filter(networking_table::Column::SessionId.eq(session_id))
        .order_by_asc(networking_table::Column::Label)
        .all(conn)
        .await
}

/// Gives every employer of the event a table with `seats` seats (new tables for employers
/// without one; existing tables get the new seat count).
pub async fn seat_employers(
    conn: &impl ConnectionTrait,
    session: &session::Model,
    seats: i32,
) -> Result<(), DbErr> {
    let existing = tables(conn, session.id).await?;
    networking_table::Entity::update_many()
        .col_expr(
            networking_table::Column::Seats,
            sea_orm::sea_query::Expr::value(seats),
        )
        .filter(networking_table::Column::SessionId.eq(session.id))
        .exec(conn)
        .await?;
    let employers = event_employer::Entity::find()
        .filter(event_employer::Column::EventId.eq(session.event_id))
        .order_by_asc(event_employer::Column::InvitedAt)
        .all(conn)
        .await?;
    let mut number = existing.len();
    let mut rows = Vec::new();
    for employer in employers {
        if existing
            .iter()
            .any(|t| t.employer_id == Some(employer.employer_id))
        {
            continue;
        }
        number += 1;
        rows.push(networking_table::ActiveModel {
            id: Set(Uuid::now_v7()),
            session_id: Set(session.id),
            employer_id: Set(Some(employer.employer_id)),
            volunteer_id: Set(None),
            label: Set(format!("Table {number}")),
            seats: Set(seats),
        });
    }
    insert_many(conn, rows).await
}
