//! What an allocation run reads (the people of an event, their profiles, choices and bookings)
//! and what it keeps (runs and their results).

use crate::db::rows::insert_many;
use crate::domain::booking_mode::BookingMode;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{ParticipantId, RunId};
use crate::domain::run_status::RunStatus;
use crate::entities::{
    allocation_result, allocation_run, booking, event_participant, participant,
    participant_language, participant_occupation, preference, session, slot,
};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// The event's participants who have not been anonymised.
pub async fn participants_of_event(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<participant::Model>, DbErr> {
    let ids: Vec<Uuid> = event_participant::Entity::find()
        .filter(event_participant::Column::EventId.eq(event_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.participant_id)
        .collect();
    let mut people = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        people.extend(
            participant::Entity::find()
                .filter(participant::Column::Id.is_in(chunk.to_vec()))
                .filter(participant::Column::AnonymisedAt.is_null())
                .all(conn)
                .await?,
        );
    }
    people.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(people)
}

/// The languages and occupation fields of `ids`.
pub async fn profiles(
    conn: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<
    (
        Vec<participant_language::Model>,
        Vec<participant_occupation::Model>,
    ),
    DbErr,
> {
    let (mut languages, mut fields) = (Vec::new(), Vec::new());
    for chunk in ids.chunks(500) {
        languages.extend(
            participant_language::Entity::find()
                .filter(participant_language::Column::ParticipantId.is_in(chunk.to_vec()))
                .all(conn)
                .await?,
        );
        fields.extend(
            participant_occupation::Entity::find()
                .filter(participant_occupation::Column::ParticipantId.is_in(chunk.to_vec()))
                .all(conn)
                .await?,
        );
    }
    Ok((languages, fields))
}

/// Every ranked choice in the session, by participant and rank.
pub async fn choices(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<preference::Model>, DbErr> {
    preference::Entity::find()
        .filter(preference::Column::SessionId.eq(session_id))
        .order_by_asc(preference::Column::ParticipantId)
        .order_by_asc(preference::Column::Rank)
        .all(conn)
        .await
}

/// The live bookings (confirmed, offered, waiting) of `ids`, in any session, with the slot
/// each one holds, if any.
pub async fn live_bookings_of(
    conn: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<(booking::Model, Option<slot::Model>)>, DbErr> {
    let mut found = Vec::new();
    for chunk in ids.chunks(500) {
        found.extend(
            booking::Entity::find()
                .filter(booking::Column::ParticipantId.is_in(chunk.to_vec()))
                .filter(booking::Column::Status.is_in([
                    BookingStatus::Confirmed,
                    BookingStatus::Offered,
                    BookingStatus::Waitlisted,
                ]))
                .all(conn)
                .await?,
        );
    }
    let slot_ids: Vec<Uuid> = found.iter().filter_map(|b| b.slot_id).collect();
    let mut slots = std::collections::HashMap::new();
    for chunk in slot_ids.chunks(500) {
        for slot in slot::Entity::find()
            .filter(slot::Column::Id.is_in(chunk.to_vec()))
            .all(conn)
            .await?
        {
            slots.insert(slot.id, slot);
        }
    }
    Ok(found
        .into_iter()
        .map(|b| {
            let slot = b.slot_id.and_then(|id| slots.get(&id).cloned());
            (b, slot)
        })
        .collect())
}

/// Of `ids`, those left without a place by a committed run of a session of another event.
pub async fn left_out_elsewhere(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<Uuid>, DbErr> {
    let other_sessions: Vec<Uuid> = session::Entity::find()
        .filter(session::Column::EventId.ne(event_id))
        .filter(session::Column::BookingMode.eq(BookingMode::Preferences))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    if other_sessions.is_empty() {
        return Ok(Vec::new());
    }
    let runs: Vec<Uuid> = allocation_run::Entity::find()
        .filter(allocation_run::Column::SessionId.is_in(other_sessions))
        .filter(allocation_run::Column::Status.eq(RunStatus::Committed))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    if runs.is_empty() {
        return Ok(Vec::new());
    }
    let mut left_out = Vec::new();
    for chunk in ids.chunks(500) {
        left_out.extend(
            allocation_result::Entity::find()
                .filter(allocation_result::Column::RunId.is_in(runs.clone()))
                .filter(allocation_result::Column::SlotId.is_null())
                .filter(allocation_result::Column::ParticipantId.is_in(chunk.to_vec()))
                .all(conn)
                .await?
                .into_iter()
                .map(|r| r.participant_id),
        );
    }
    left_out.sort();
    left_out.dedup();
    Ok(left_out)
}

/// Stores a run with its results.
pub async fn insert_run(
    conn: &impl ConnectionTrait,
    run: allocation_run::Model,
    results: Vec<allocation_result::Model>,
) -> Result<(), DbErr> {
    allocation_run::Entity::insert(allocation_run::ActiveModel::from(run))
        .exec_without_returning(conn)
        .await?;
    insert_many(
        conn,
        results
            .into_iter()
            .map(allocation_result::ActiveModel::from)
            .collect(),
    )
    .await
}

/// Marks the session's open previews discarded (a newer run replaces them).
pub async fn discard_previews(conn: &impl ConnectionTrait, session_id: Uuid) -> Result<(), DbErr> {
    allocation_run::Entity::update_many()
        .col_expr(
            allocation_run::Column::Status,
            Expr::value(RunStatus::Discarded),
        )
        .filter(allocation_run::Column::SessionId.eq(session_id))
        .filter(allocation_run::Column::Status.eq(RunStatus::Preview))
        .exec(conn)
        .await?;
    Ok(())
}

/// Marks a preview committed; `false` when it is not a preview any more (committed already, or
/// replaced), so a second commit changes nothing.
pub async fn mark_committed(
    conn: &impl ConnectionTrait,
    run_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let done = allocation_run::Entity::update_many()
        .col_expr(
            allocation_run::Column::Status,
            Expr::value(RunStatus::Committed),
        )
        .col_expr(allocation_run::Column::CommittedAt, Expr::value(now_ms))
        .filter(allocation_run::Column::Id.eq(run_id))
        .filter(allocation_run::Column::Status.eq(RunStatus::Preview))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// One run.
pub async fn run(
    conn: &impl ConnectionTrait,
    run_id: Uuid,
) -> Result<Option<allocation_run::Model>, DbErr> {
    allocation_run::Entity::find_by_id(run_id).one(conn).await
}

/// The session's runs, newest first.
pub async fn runs_of_session(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<allocation_run::Model>, DbErr> {
    allocation_run::Entity::find()
        .filter(allocation_run::Column::SessionId.eq(session_id))
        .order_by_desc(allocation_run::Column::CreatedAt)
        .order_by_desc(allocation_run::Column::Id)
        .all(conn)
        .await
}

/// What the latest committed run of `session_id` gave `participant_id`: `None` when no run was
/// committed; else the person's result rows (none when they were not in the run, several when
/// they were given more than one place).
pub async fn committed_outcome(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
    participant_id: Uuid,
) -> Result<Option<Vec<allocation_result::Model>>, DbErr> {
    let latest = allocation_run::Entity::find()
        .filter(allocation_run::Column::SessionId.eq(session_id))
        .filter(allocation_run::Column::Status.eq(RunStatus::Committed))
        .order_by_desc(allocation_run::Column::CommittedAt)
        .one(conn)
        .await?;
    let Some(run) = latest else {
        return Ok(None);
    };
    let rows = allocation_result::Entity::find()
        .filter(allocation_result::Column::RunId.eq(run.id))
        .filter(allocation_result::Column::ParticipantId.eq(participant_id))
        .all(conn)
        .await?;
    Ok(Some(rows))
}

/// A run's results.
pub async fn results(
    conn: &impl ConnectionTrait,
    run_id: Uuid,
) -> Result<Vec<allocation_result::Model>, DbErr> {
    allocation_result::Entity::find()
        .filter(allocation_result::Column::RunId.eq(run_id))
        .all(conn)
        .await
}

/// A new result row.
pub fn result_row(
    run_id: RunId,
    participant_id: ParticipantId,
    slot_id: Option<Uuid>,
    granted_rank: Option<i32>,
    reason: String,
) -> allocation_result::Model {
    allocation_result::Model {
        id: Uuid::now_v7(),
        run_id: run_id.0,
        participant_id: participant_id.0,
        slot_id,
        granted_rank,
        reason,
    }
}

/// Replaces a run's stored figures.
pub async fn set_summary(
    conn: &impl ConnectionTrait,
    run_id: Uuid,
    summary: String,
) -> Result<(), DbErr> {
    allocation_run::Entity::update_many()
        .col_expr(allocation_run::Column::Summary, Expr::value(summary))
        .filter(allocation_run::Column::Id.eq(run_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Participants by id (anonymised ones included: a run's history keeps its rows).
pub async fn people(
    conn: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<participant::Model>, DbErr> {
    let mut found = Vec::new();
    for chunk in ids.chunks(500) {
        found.extend(
            participant::Entity::find()
                .filter(participant::Column::Id.is_in(chunk.to_vec()))
                .all(conn)
                .await?,
        );
    }
    Ok(found)
}
