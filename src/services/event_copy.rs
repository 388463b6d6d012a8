//! Running an event again: a copy on new dates with its sessions, employers and placements,
//! and nobody booked; and a copy of one session within its event. Each copy is one
//! transaction, recorded in the audit log.

use crate::config::Config;
use crate::db::{audit, begin_write, employers as employer_rows, events as event_rows};
use crate::db::{placement_details, sessions as session_rows, slots, translations};
use crate::domain::actor::Actor;
use crate::domain::event_copy::CopyRequest;
use crate::domain::event_draft::{EventDraft, slug};
use crate::domain::fields::FieldError;
use crate::domain::ids::EventId;
use crate::domain::local_text::TextField;
use crate::domain::session_draft::{Format, SessionDraft};
use crate::domain::time::{TimeError, days_until, shift_days};
use crate::domain::units::Unit;
use crate::entities::{event, placement_detail, session};
use crate::services::employers::invite_in;
use crate::services::error::ServiceError;
use crate::services::events;
use crate::services::session_news::EditNote;
use crate::services::sessions::draft_of;
use crate::services::unit_sync::{WhenBooked, sync_units};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use std::collections::HashMap;
use uuid::Uuid;

/// The furthest a copy may move an event, in days (ten years): far enough for any plan, near
/// enough that every time stays inside the calendar.
pub const MAX_DAYS_MOVED: i32 = 3_660;

/// Copies event `source_id` as a draft starting on `request.first_day`: every time (the
/// event's, its booking window's, each session's and its ranking window's, each placement's)
/// moves by the same number of days at the same wall-clock time. Sessions, placements and
/// employers come along; each employer contact is mailed their link for the new event when
/// asked (else the coordinator invites them later from the copy's employers page).
/// Participants, bookings, volunteers and their hours do not. Refused for a first day whose
/// start has passed.
pub async fn copy_event(
    db: &DatabaseConnection,
    config: &Config,
    source_id: Uuid,
    request: &CopyRequest,
    (actor, now_ms): (Actor, i64),
) -> Result<event::Model, ServiceError> {
    let txn = begin_write(db).await?;
    let source = events::find(&txn, source_id).await?;
    let refuse = |problem| ServiceError::Invalid(vec![FieldError::new("first_day", problem)]);
    let days = days_until(source.starts_at, request.first_day, &source.time_zone)
        .map_err(|_| refuse("problem-copy-first-day"))?;
    if days.abs() > MAX_DAYS_MOVED {
        return Err(refuse("problem-copy-far"));
    }
    let shift = |ms: i64| shift_days(ms, days, &source.time_zone);
    let starts_at = shift(source.starts_at)?;
    if starts_at <= now_ms {
        return Err(refuse("problem-copy-past"));
    }
    let draft = EventDraft {
        title: request.title.clone(),
        description: source.description.clone(),
        venue_address: source.venue_address.clone(),
        online_url: source.online_url.clone(),
        time_zone: source.time_zone.clone(),
        starts_at,
        ends_at: shift(source.ends_at)?,
        booking_opens_at: source.booking_opens_at.map(shift).transpose()?,
        booking_closes_at: source.booking_closes_at.map(shift).transpose()?,
        languages: source
            .languages
            .split(',')
            .map(|code| code.trim().to_owned())
            .filter(|code| !code.is_empty())
            .collect(),
    };
    let suffix = Uuid::now_v7().simple().to_string();
    let copy = event_rows::insert(&txn, &draft, slug(&draft.title, &suffix[24..]), now_ms).await?;
    // What each of the source's texts belongs to in the copy, for their translations.
    let mut copies = HashMap::from([(source.id, copy.id)]);
    for old in session_rows::of_event(&txn, source.id).await? {
        let mut session_draft = draft_of(&old);
        session_draft.starts_at = shift(old.starts_at)?;
        session_draft.ends_at = shift(old.ends_at)?;
        session_draft.preferences = session_draft
            .preferences
            .map(|(opens, closes)| Ok::<_, TimeError>((shift(opens)?, shift(closes)?)))
            .transpose()?;
        let new = add_session(&txn, config, &copy, &session_draft, (actor, now_ms)).await?;
        copies.insert(old.id, new.id);
        copies
            .extend(copy_placements(&txn, (&old, &new), (days, &source.time_zone), now_ms).await?);
    }
    // A title typed anew makes the old title's translations wrong: they stay behind.
    let retitled = request.title != source.title;
    let texts = translations::of_event(&txn, source.id).await?;
    let new_owner = |owner: Uuid, field: TextField| {
        let stale = retitled && field == TextField::EventTitle;
        copies.get(&owner).copied().filter(|_| !stale)
    };
    translations::copy(&txn, &texts, new_owner, copy.id).await?;
    // The employers always come along (their tables and placements need them); their
    // contacts are mailed their link for the copy only when asked.
    for (employer, contacts) in employer_rows::of_event(&txn, source.id).await? {
        let mailed: &[_] = if request.invite_employers {
            &contacts
        } else {
            &[]
        };
        invite_in(&txn, config, &copy, (&employer, mailed), (actor, now_ms)).await?;
    }
    audit::event_changed(&txn, actor, "event.copied", EventId(copy.id), now_ms).await?;
    txn.commit().await?;
    Ok(copy)
}

/// Copies session `source_id` within its event, at the same times, titled `title`, with its
/// placements; nobody is booked. The coordinator changes what differs on its edit page.
pub async fn copy_session(
    db: &DatabaseConnection,
    config: &Config,
    (source_id, title): (Uuid, &str),
    (actor, now_ms): (Actor, i64),
) -> Result<session::Model, ServiceError> {
    let txn = begin_write(db).await?;
    let old = session_rows::find(&txn, source_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let event = events::find_editable(&txn, old.event_id).await?;
    let mut draft = draft_of(&old);
    draft.title = title.to_owned();
    let new = add_session(&txn, config, &event, &draft, (actor, now_ms)).await?;
    let mut copies = HashMap::from([(old.id, new.id)]);
    copies.extend(copy_placements(&txn, (&old, &new), (0, &event.time_zone), now_ms).await?);
    // The copy is titled anew ("… (copy)"), so only its other texts' translations come along.
    let texts = translations::of_event(&txn, event.id).await?;
    let new_owner = |owner: Uuid, field: TextField| {
        copies
            .get(&owner)
            .copied()
            .filter(|_| field != TextField::SessionTitle)
    };
    translations::copy(&txn, &texts, new_owner, event.id).await?;
    audit::event_changed(&txn, actor, "session.copied", EventId(event.id), now_ms).await?;
    txn.commit().await?;
    Ok(new)
}

/// Stores a session in `event` and plans its units (interview slots from the volunteers'
/// hours, a table per invited employer).
async fn add_session(
    txn: &DatabaseTransaction,
    config: &Config,
    event: &event::Model,
    draft: &SessionDraft,
    (actor, now_ms): (Actor, i64),
) -> Result<session::Model, ServiceError> {
    let session = session_rows::insert(txn, event.id, draft, now_ms).await?;
    let when_booked = (WhenBooked::Refuse, &EditNote::default());
    sync_units(txn, config, (&session, event), when_booked, actor, now_ms).await?;
    Ok(session)
}

/// Copies the placements of a taster-day session `from` into `to`, their times moved by `days`
/// in `zone`, with their address, contact and instructions; places empty. Returns each copy
/// by the placement it copies.
async fn copy_placements(
    txn: &DatabaseTransaction,
    (from, to): (&session::Model, &session::Model),
    (days, zone): (i32, &str),
    now_ms: i64,
) -> Result<Vec<(Uuid, Uuid)>, ServiceError> {
    let shift = |ms: i64| shift_days(ms, days, zone);
    let mut copies = Vec::new();
    if from.format != Format::Placement {
        return Ok(copies);
    }
    let old_units = slots::of_session(txn, from.id).await?;
    let details =
        placement_details::of_slots(txn, old_units.iter().map(|unit| unit.id).collect()).await?;
    for old in old_units {
        let unit = Unit {
            volunteer_id: None,
            employer_id: old.employer_id,
            label: old.label.clone(),
            starts_at: shift(old.starts_at)?,
            ends_at: shift(old.ends_at)?,
            capacity: old.capacity,
        };
        for created in session_rows::insert_units(txn, to.id, &[unit], now_ms).await? {
            copies.push((old.id, created.id));
            if let Some(detail) = details.get(&old.id) {
                let copied = placement_detail::Model {
                    slot_id: created.id,
                    ..detail.clone()
                };
                placement_details::insert(txn, copied).await?;
            }
        }
    }
    Ok(copies)
}
