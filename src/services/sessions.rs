//! Sessions: created and changed by coordinators. Every change re-plans the session's units in
//! the same transaction; a change that would drop or shrink a booked unit is refused with a
//! message that says what to do, so no booking is ever lost silently.

use crate::config::Config;
use crate::db::{begin_write, sessions};
use crate::domain::actor::Actor;
use crate::domain::local_time::format_local_input;
use crate::domain::placement_draft::PlacementDraft;
use crate::domain::session_draft::{Format, FormatSettings, SessionDraft, SessionInput};
use crate::domain::units::Unit;
use crate::entities::{event, session};
use crate::services::error::ServiceError;
use crate::services::events::{self, EventSummary};
use crate::services::session_news::{EditNote, slot_times, tell_new_place};
use crate::services::session_place;
use crate::services::unit_sync::{WhenBooked, sync_units};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// Creates a session in an event and plans its units.
pub async fn create(
    db: &DatabaseConnection,
    config: &Config,
    event_id: Uuid,
    draft: &SessionDraft,
    (actor, now_ms): (Actor, i64),
) -> Result<session::Model, ServiceError> {
    let txn = begin_write(db).await?;
    let event = events::find_editable(&txn, event_id).await?;
    let session = sessions::insert(&txn, event.id, draft, now_ms).await?;
    let when_booked = (WhenBooked::Refuse, &EditNote::default());
    sync_units(&txn, config, (&session, &event), when_booked, actor, now_ms).await?;
    txn.commit().await?;
    Ok(session)
}

/// Changes a session's settings and re-plans its units. Returns how many participants were told
/// a new time or place because their group, seats or placement moved with the session, or the
/// session moved to another room (logged as `actor`'s doing); each mail carries `note`.
pub async fn update(
    db: &DatabaseConnection,
    config: &Config,
    (session_id, draft, note): (Uuid, &SessionDraft, &str),
    (actor, now_ms): (Actor, i64),
) -> Result<usize, ServiceError> {
    let txn = begin_write(db).await?;
    let existing = sessions::find(&txn, session_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let event = events::find_editable(&txn, existing.event_id).await?;
    let before = slot_times(&txn, session_id).await?;
    let session = sessions::update(&txn, session_id, draft).await?;
    let mut edit = EditNote::with_note(note);
    let place_was = session_place(&event, &existing);
    if place_was != session_place(&event, &session) {
        edit.place_was = Some(place_was);
    }
    let when_booked = (WhenBooked::Refuse, &edit);
    let outcome = sync_units(&txn, config, (&session, &event), when_booked, actor, now_ms).await?;
    let told = (&edit, &before);
    let moved = tell_new_place(&txn, config, (&event, &session), told, actor, now_ms).await?;
    txn.commit().await?;
    Ok(outcome.retimed + moved)
}

/// A session with its event, for its pages.
pub async fn find(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<(session::Model, event::Model), ServiceError> {
    let session = sessions::find(conn, session_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let event = crate::db::events::find(conn, session.event_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((session, event))
}

/// The event a session belongs to, for the session's pages.
pub async fn event_of(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<EventSummary, ServiceError> {
    let (_, event) = find(conn, session_id).await?;
    Ok(EventSummary::from(&event))
}

/// A stored session as its edit form shows it (times in the event's zone), with its event.
pub async fn edit_form(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<(SessionInput, EventSummary), ServiceError> {
    let (session, event) = find(conn, session_id).await?;
    let input = input_of(&session, &event.time_zone)?;
    Ok((input, EventSummary::from(&event)))
}

fn input_of(session: &session::Model, zone: &str) -> Result<SessionInput, ServiceError> {
    let local = |ms: Option<i64>| -> Result<String, ServiceError> {
        Ok(match ms {
            Some(ms) => format_local_input(ms, zone)?,
            None => String::new(),
        })
    };
    let number = |n: Option<i32>, default: &str| n.map_or(default.to_owned(), |n| n.to_string());
    let defaults = SessionInput::default();
    Ok(SessionInput {
        title: session.title.clone(),
        room: session.room.clone(),
        what_to_bring: session.what_to_bring.clone(),
        format: session.format.as_str().to_owned(),
        starts: local(Some(session.starts_at))?,
        ends: local(Some(session.ends_at))?,
        booking_mode: session.booking_mode.as_str().to_owned(),
        preferences_open: local(session.preferences_open_at)?,
        preferences_close: local(session.preferences_close_at)?,
        capacity: number(session.capacity, &defaults.capacity),
        slot_minutes: number(session.slot_minutes, &defaults.slot_minutes),
        break_minutes: session.break_minutes.to_string(),
        rounds: number(session.rounds, &defaults.rounds),
        round_minutes: number(session.round_minutes, &defaults.round_minutes),
        changeover_minutes: session.changeover_minutes.to_string(),
        seats_per_table: number(session.seats_per_table, &defaults.seats_per_table),
        interview_language: session.interview_language.clone().unwrap_or_default(),
        min_language_level: session
            .min_language_level
            .map(|l| l.as_str().to_owned())
            .unwrap_or_default(),
        require_occupation_match: if session.require_occupation_match {
            "on".to_owned()
        } else {
            String::new()
        },
        max_bookings_per_participant: session.max_bookings_per_participant.to_string(),
        note: String::new(),
    })
}

/// The settings of a stored session, as the planner reads them.
pub fn draft_of(session: &session::Model) -> SessionDraft {
    let settings = match session.format {
        Format::MockInterview => FormatSettings::MockInterview {
            slot_minutes: session.slot_minutes.unwrap_or(30),
            break_minutes: session.break_minutes,
        },
        Format::SpeedNetworking => FormatSettings::SpeedNetworking {
            rounds: session.rounds.unwrap_or(1),
            round_minutes: session.round_minutes.unwrap_or(10),
            changeover_minutes: session.changeover_minutes,
            seats_per_table: session.seats_per_table.unwrap_or(1),
        },
        Format::Group => FormatSettings::Group {
            capacity: session.capacity.unwrap_or(1),
        },
        Format::Placement => FormatSettings::Placement,
    };
    SessionDraft {
        title: session.title.clone(),
        room: session.room.clone(),
        what_to_bring: session.what_to_bring.clone(),
        starts_at: session.starts_at,
        ends_at: session.ends_at,
        settings,
        preferences: session
            .preferences_open_at
            .zip(session.preferences_close_at),
        language_rule: session
            .interview_language
            .clone()
            .zip(session.min_language_level),
        require_occupation_match: session.require_occupation_match,
        max_bookings_per_participant: session.max_bookings_per_participant,
    }
}

/// Adds one employer's placement to a `placement` session.
pub async fn add_placement(
    db: &DatabaseConnection,
    session_id: Uuid,
    draft: &PlacementDraft,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let existing = sessions::find(&txn, session_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    events::find_editable(&txn, existing.event_id).await?;
    if existing.format != Format::Placement {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-refuse-placements-format",
        )));
    }
    let unit = Unit {
        volunteer_id: None,
        employer_id: Some(draft.employer_id),
        label: draft.description.clone(),
        starts_at: existing.starts_at,
        ends_at: existing.ends_at,
        capacity: draft.capacity,
    };
    let created = sessions::insert_units(&txn, session_id, &[unit], now_ms).await?;
    for slot in created {
        let detail = crate::entities::placement_detail::Model {
            slot_id: slot.id,
            address: draft.address.clone(),
            contact: draft.contact.clone(),
            instructions: draft.instructions.clone(),
        };
        crate::db::placement_details::insert(&txn, detail).await?;
    }
    txn.commit().await?;
    Ok(())
}
