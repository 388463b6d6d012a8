//! Sessions: created and changed by coordinators. Every change re-plans the session's units in
//! the same transaction; a change that would drop or shrink a booked unit is refused with a
//! message that says what to do, so no booking is ever lost silently.

use crate::app::error::{AppError, FieldError};
use crate::db::{begin_write, overview, sessions};
use crate::domain::cefr::CefrLevel;
use crate::domain::session_draft::{Format, FormatSettings, SessionDraft};
use crate::domain::units::{ExistingUnit, Unit, plan_units, reconcile};
use crate::entities::{event, session};
use crate::services::events;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// Creates a session in an event and plans its units.
pub async fn create(
    db: &DatabaseConnection,
    event_id: Uuid,
    draft: &SessionDraft,
    now_ms: i64,
) -> Result<session::Model, AppError> {
    let txn = begin_write(db).await?;
    let event = events::find_editable(&txn, event_id).await?;
    let session = sessions::insert(&txn, event.id, draft, now_ms).await?;
    sync_units(&txn, &session, &event, now_ms).await?;
    txn.commit().await?;
    Ok(session)
}

/// Changes a session's settings and re-plans its units.
pub async fn update(
    db: &DatabaseConnection,
    session_id: Uuid,
    draft: &SessionDraft,
    now_ms: i64,
) -> Result<session::Model, AppError> {
    let txn = begin_write(db).await?;
    let existing = sessions::find(&txn, session_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = events::find_editable(&txn, existing.event_id).await?;
    let session = sessions::update(&txn, session_id, draft).await?;
    sync_units(&txn, &session, &event, now_ms).await?;
    txn.commit().await?;
    Ok(session)
}

/// A session with its event, for its pages.
pub async fn find(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<(session::Model, event::Model), AppError> {
    let session = sessions::find(conn, session_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = overview::event(conn, session.event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((session, event))
}

/// The settings of a stored session, as the planner reads them.
pub fn draft_of(session: &session::Model) -> SessionDraft {
    let settings = match Format::parse(&session.format) {
        Some(Format::MockInterview) => FormatSettings::MockInterview {
            slot_minutes: session.slot_minutes.unwrap_or(30),
            break_minutes: session.break_minutes,
        },
        Some(Format::SpeedNetworking) => FormatSettings::SpeedNetworking {
            rounds: session.rounds.unwrap_or(1),
            round_minutes: session.round_minutes.unwrap_or(10),
            changeover_minutes: session.changeover_minutes,
            seats_per_table: session.seats_per_table.unwrap_or(1),
        },
        Some(Format::Group) => FormatSettings::Group {
            capacity: session.capacity.unwrap_or(1),
        },
        Some(Format::Placement) | None => FormatSettings::Placement,
    };
    SessionDraft {
        title: session.title.clone(),
        room: session.room.clone(),
        starts_at: session.starts_at,
        ends_at: session.ends_at,
        settings,
        preferences: session
            .preferences_open_at
            .zip(session.preferences_close_at),
        language_rule: session.interview_language.clone().zip(
            session
                .min_language_level
                .as_deref()
                .and_then(|l| l.parse::<CefrLevel>().ok()),
        ),
        require_occupation_match: session.require_occupation_match,
        max_bookings_per_participant: session.max_bookings_per_participant,
    }
}

/// Makes the session's units match its settings, its tables and its volunteers' availability.
/// Call it inside the transaction that changed any of them.
pub async fn sync_units(
    conn: &impl ConnectionTrait,
    session: &session::Model,
    event: &event::Model,
    now_ms: i64,
) -> Result<(), AppError> {
    let draft = draft_of(session);
    let mut tables_seats = 0;
    if let FormatSettings::SpeedNetworking {
        seats_per_table, ..
    } = draft.settings
    {
        sessions::seat_employers(conn, session, seats_per_table).await?;
        tables_seats = sessions::tables(conn, session.id)
            .await?
            .iter()
            .map(|t| t.seats)
            .sum();
    }
    sessions::replace_rounds(conn, session.id, &draft.round_times()).await?;
    let availability = sessions::availability(conn, event.id).await?;
    let volunteer_ids = availability.iter().map(|a| a.volunteer_id).collect();
    let busy = sessions::busy_elsewhere(conn, session.id, volunteer_ids).await?;
    let existing: Vec<ExistingUnit> = overview::slots_of_session(conn, session.id)
        .await?
        .into_iter()
        .map(|s| ExistingUnit {
            id: s.id,
            booked: s.booked,
            unit: Unit {
                volunteer_id: s.volunteer_id,
                employer_id: s.employer_id,
                label: s.label,
                starts_at: s.starts_at,
                ends_at: s.ends_at,
                capacity: s.capacity,
            },
        })
        .collect();
    let mut planned = plan_units(&draft, &event.time_zone, &availability, &busy, tables_seats)?;
    if draft.settings == FormatSettings::Placement {
        // Placements are added one by one; a change of the session's times moves them along.
        planned.extend(
            existing
                .iter()
                .filter(|e| e.unit.volunteer_id.is_none() && e.unit.employer_id.is_some())
                .map(|e| Unit {
                    starts_at: session.starts_at,
                    ends_at: session.ends_at,
                    ..e.unit.clone()
                }),
        );
    }
    let changes = reconcile(&existing, &planned);
    if let Some((_, booked, wanted)) = changes.over_capacity.first() {
        return Err(AppError::Validation(vec![FieldError::new(
            "capacity",
            format!(
                "{booked} places are already booked, so the capacity cannot go down to {wanted}; \
                 cancel or move bookings first"
            ),
        )]));
    }
    if !changes.booked_but_unplanned.is_empty() {
        return Err(AppError::Conflict(format!(
            "This change would remove {} booked time(s) or place(s). Move or cancel those \
             bookings first; nothing was changed.",
            changes.booked_but_unplanned.len()
        )));
    }
    for (id, capacity) in &changes.resize {
        sessions::resize(conn, *id, *capacity).await?;
    }
    sessions::delete_unbooked(conn, changes.delete).await?;
    sessions::insert_units(conn, session.id, &changes.insert, now_ms).await?;
    Ok(())
}
