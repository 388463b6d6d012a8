//! Filling a session's free places from the standby list at once, with the allocation engine's
//! incremental run: only the free places (those not ended) and only the people waiting; nobody
//! already placed moves. The engine places as many people as it can (one by one, "the first
//! in line who can take it" can leave a place empty that a later person could have filled),
//! people whose interviewer did not come first among equals, then occupation fit; ties go by
//! the seeded lottery. Everything is booked in one transaction.

use crate::allocation::allocate;
use crate::config::Config;
use crate::db::audit;
use crate::db::begin_write;
use crate::db::standby as standby_rows;
use crate::domain::actor::Actor;
use crate::domain::ids::{BookingId, StandbyId};
use crate::domain::standby_reason::StandbyReason;
use crate::services::allocations::RunSettings;
use crate::services::allocations::problem::load_for;
use crate::services::bookings::slot_context;
use crate::services::error::ServiceError;
use crate::services::sessions;
use sea_orm::DatabaseConnection;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

use super::standby::book_on_the_spot;

/// What a fill did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filled {
    /// People given a place.
    pub placed: usize,
    /// People still waiting after it.
    pub waiting: usize,
}

/// Gives the free places of `session_id` to the people on the event's standby list.
pub async fn fill_session(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, actor): (Uuid, Actor),
    session_id: Uuid,
    seed: u64,
    now_ms: i64,
) -> Result<Filled, ServiceError> {
    let (session, event) = sessions::find(db, session_id).await?;
    if event.id != event_id {
        return Err(ServiceError::NotFound);
    }
    let entries = standby_rows::open(db, event_id).await?;
    let waiting: HashSet<Uuid> = entries.iter().map(|e| e.participant_id).collect();
    if waiting.is_empty() {
        return Ok(Filled::default());
    }
    let settings = RunSettings {
        seed,
        include_unranked: true,
    };
    let mut input = load_for(db, &session, &event, settings, Some(&waiting)).await?;
    let lost_interviewer: HashSet<String> = entries
        .iter()
        .filter(|e| e.reason == StandbyReason::InterviewerAbsent)
        .map(|e| e.participant_id.to_string())
        .collect();
    for person in &mut input.participants {
        person.priority = lost_interviewer.contains(&person.id);
    }
    input
        .options
        .retain(|o| o.time.ends > now_ms && o.capacity > 0);
    let allocation = allocate(&input, |_, _| {}).map_err(|e| {
        ServiceError::Conflict(crate::i18n::Message::new("coord-refuse-fill").with("problem", e))
    })?;
    let entry_of: HashMap<Uuid, Uuid> = entries.iter().map(|e| (e.participant_id, e.id)).collect();
    let txn = begin_write(db).await?;
    let mut placed = 0;
    for assignment in &allocation.assignments {
        let (Ok(participant_id), Ok(slot_id)) = (
            assignment.participant.parse::<Uuid>(),
            assignment.option.parse::<Uuid>(),
        ) else {
            continue;
        };
        let Some(&entry_id) = entry_of.get(&participant_id) else {
            continue;
        };
        let place = slot_context(&txn, slot_id).await?;
        let booking = book_on_the_spot(&txn, config, participant_id, &place, now_ms).await?;
        if !standby_rows::close(
            &txn,
            StandbyId(entry_id),
            Some(BookingId(booking.id)),
            now_ms,
        )
        .await?
        {
            return Err(ServiceError::Conflict(crate::i18n::Message::new(
                "coord-refuse-standby-changed",
            )));
        }
        audit::booking_changed(&txn, actor, "booking.from_standby", booking.id, now_ms).await?;
        placed += 1;
    }
    txn.commit().await?;
    Ok(Filled {
        placed,
        waiting: entries.len() - placed,
    })
}
