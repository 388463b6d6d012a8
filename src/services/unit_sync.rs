//! Keeping a session's bookable units (interview slots, seats, places) in step with its
//! settings, its tables and its volunteers' availability, inside the transaction that changed
//! any of them. Volunteers' calendars follow: a new slot is sent as an invitation, a slot that
//! goes away as a CANCEL.

use crate::config::Config;
use crate::db::sessions;
use crate::domain::actor::Actor;
use crate::domain::fields::FieldError;
use crate::domain::ids::SlotId;
use crate::domain::session_draft::FormatSettings;
use crate::domain::units::{ExistingUnit, Unit, plan_units, reconcile};
use crate::entities::{event, session};
use crate::mail::templates::MovedBy;
use crate::services::error::ServiceError;
use crate::services::relocation::{Relocated, Why, relocate_bookings};
use crate::services::session_news::{EditNote, tell_booked};
use crate::services::sessions::draft_of;
use crate::services::volunteer_calendar::{notify_slot_removed, notify_slot_scheduled};
use sea_orm::ConnectionTrait;

/// What to do when a change would take away a unit that holds bookings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenBooked {
    /// Refuse the change (a coordinator's edit: they can move the bookings first).
    Refuse,
    /// Move each booking to another free time of the session, or put the participant on the
    /// waitlist, telling them either way (a volunteer who can no longer come).
    Relocate,
}

/// Makes the session's units match its settings, its tables and its volunteers' availability.
/// Returns what happened to bookings of units that went away (only with
/// [`WhenBooked::Relocate`]); every booking moved is logged as `actor`'s doing. People whose
/// place moves to another time are told with `edit`'s note and former place.
pub async fn sync_units(
    conn: &impl ConnectionTrait,
    config: &Config,
    (session, event): (&session::Model, &event::Model),
    (when_booked, edit): (WhenBooked, &EditNote),
    actor: Actor,
    now_ms: i64,
) -> Result<Relocated, ServiceError> {
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
    let existing: Vec<ExistingUnit> = crate::db::slots::of_session(conn, session.id)
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
        return Err(ServiceError::Invalid(vec![FieldError::with_args(
            "capacity",
            "problem-capacity-below-booked",
            vec![
                ("booked", booked.to_string()),
                ("capacity", wanted.to_string()),
            ],
        )]));
    }
    let mut relocated = Relocated::default();
    if when_booked == WhenBooked::Refuse && !changes.booked_but_unplanned.is_empty() {
        return Err(ServiceError::Conflict(
            crate::i18n::Message::new("coord-refuse-would-remove-booked")
                .count("count", changes.booked_but_unplanned.len() as i64),
        ));
    }
    for (id, capacity) in &changes.resize {
        sessions::resize(conn, *id, *capacity).await?;
    }
    for &(id, starts_at, ends_at) in &changes.retime {
        sessions::retime(conn, id, starts_at, ends_at).await?;
        let was = existing
            .iter()
            .find(|e| e.id == id)
            .map_or((starts_at, ends_at), |e| (e.unit.starts_at, e.unit.ends_at));
        let notice = edit.notice((event, session), Some((was, (starts_at, ends_at))))?;
        let news = (MovedBy::Organisers, &notice);
        let logged = (actor, "booking.retimed");
        relocated.retimed += tell_booked(conn, config, id, news, logged, now_ms).await?;
    }
    // New units first, so bookings of units that go away can move into them.
    for slot in sessions::insert_units(conn, session.id, &changes.insert, now_ms).await? {
        if slot.volunteer_id.is_some() {
            notify_slot_scheduled(conn, config, slot.id, now_ms).await?;
        }
    }
    let mut going = changes.delete;
    going.extend(&changes.booked_but_unplanned);
    for id in &changes.booked_but_unplanned {
        let why = Why::VOLUNTEER_UNAVAILABLE;
        relocated +=
            relocate_bookings(conn, config, (SlotId(*id), &going), why, actor, now_ms).await?;
    }
    for id in &going {
        notify_slot_removed(conn, config, *id, now_ms).await?;
    }
    sessions::delete_unbooked(conn, going).await?;
    Ok(relocated)
}
