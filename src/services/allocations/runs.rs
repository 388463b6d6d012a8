//! Preview and commit of an allocation run.
//!
//! A preview solves the session as it stands and keeps the run (seed, settings, figures, every
//! place and every reason) without booking anything. Committing books the preview's places,
//! mails each participant (their calendar invitation, or a notice that no place was left) and
//! updates the interviewers' calendars, all in one transaction: either everything lands or
//! nothing does. A run is committed at most once, so pressing the button twice books nothing
//! twice. After cancellations, a new run fills only the freed places: places already booked
//! are not part of the problem.

use super::problem::{RunSettings, load, next_place_no};
use crate::allocation::{Allocation, AllocationInput, Quality, allocate};
use crate::config::Config;
use crate::db::allocations::{self, result_row};
use crate::db::audit;
use crate::db::begin_write;
use crate::db::bookings as booking_rows;
use crate::domain::actor::Actor;
use crate::domain::booking_mode::BookingMode;
use crate::domain::booking_status::BookingStatus;
use crate::domain::event_status::EventStatus;
use crate::domain::ids::{CoordinatorId, ParticipantId, RunId, SessionId};
use crate::domain::run_status::RunStatus;
use crate::domain::webhook::WebhookEvent;
use crate::entities::{allocation_result, allocation_run, event, session};
use crate::mail::templates::Notice;
use crate::mail::templates::WaitlistNews;
use crate::services::access_links::participant_link;
use crate::services::booking_mails::Change;
use crate::services::bookings::{Place, announce};
use crate::services::error::ServiceError;
use crate::services::places;
use crate::services::volunteer_calendar::notify_place_change;
use crate::services::waitlist::notice;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use uuid::Uuid;

/// What a run keeps besides its places: the settings it ran with and its figures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSummary {
    /// Also placed people without choices.
    pub include_unranked: bool,
    /// The engine's quality figures.
    pub quality: Quality,
    /// The objective, level by level.
    pub objective: Vec<i64>,
    /// What each level counts.
    pub objective_levels: Vec<String>,
    /// Places booked when committed, and people told they got none.
    #[serde(default)]
    pub booked: usize,
    /// People mailed that no place was left.
    #[serde(default)]
    pub told_no_place: usize,
}

impl RunSummary {
    /// Reads a stored summary (an unreadable one shows as empty figures, never an error page).
    pub fn parse(text: &str) -> Self {
        serde_json::from_str(text).unwrap_or_default()
    }
}

/// Why a session cannot be allocated, if it cannot (a text id).
pub fn not_allocatable_reason(
    session: &session::Model,
    event: &event::Model,
) -> Option<&'static str> {
    if session.booking_mode != BookingMode::Preferences {
        return Some("coord-alloc-not-preferences");
    }
    if event.status == EventStatus::Cancelled {
        return Some("coord-alloc-event-cancelled");
    }
    None
}

/// Solves the session as it stands with `settings` and keeps the result as a preview (earlier
/// previews of the session are discarded). Returns the run's id.
pub async fn preview(
    db: &DatabaseConnection,
    session_id: SessionId,
    settings: RunSettings,
    coordinator_id: Option<CoordinatorId>,
    now_ms: i64,
) -> Result<Uuid, ServiceError> {
    let (session, event) = crate::services::sessions::find(db, session_id.0).await?;
    if let Some(reason) = not_allocatable_reason(&session, &event) {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(reason)));
    }
    let input = load(db, &session, &event, settings).await?;
    // Large sessions take a while to solve: keep the request threads free meanwhile.
    let (input, solved) = tokio::task::spawn_blocking(move || {
        let solved = allocate(&input, |_, _| {});
        (input, solved)
    })
    .await
    .map_err(|e| ServiceError::Internal(format!("the allocation stopped: {e}")))?;
    let allocation = solved.map_err(|e| {
        ServiceError::Conflict(crate::i18n::Message::new("coord-alloc-cannot").with("problem", e))
    })?;
    let run_id = Uuid::now_v7();
    let made = Made {
        run_id: RunId(run_id),
        session_id: SessionId(session.id),
        by: coordinator_id.map(Uuid::from),
        at_ms: now_ms,
    };
    let (run, results) = rows(made, &input, &allocation, settings)?;
    let txn = begin_write(db).await?;
    allocations::discard_previews(&txn, session.id).await?;
    allocations::insert_run(&txn, run, results).await?;
    txn.commit().await?;
    Ok(run_id)
}

/// Who made a run, of which session, and when.
struct Made {
    run_id: RunId,
    session_id: SessionId,
    /// The coordinator who ran it (none for a run started otherwise).
    by: Option<Uuid>,
    at_ms: i64,
}

/// The run and result rows of `allocation` of `input`, as `made`.
fn rows(
    made: Made,
    input: &AllocationInput,
    allocation: &Allocation,
    settings: RunSettings,
) -> Result<(allocation_run::Model, Vec<allocation_result::Model>), ServiceError> {
    // Stored as text ids with arguments, so the page says them in its reader's language.
    let reasons: HashMap<&str, String> = allocation
        .explanations
        .iter()
        .map(|e| (e.participant.as_str(), e.because.to_stored()))
        .collect();
    let mut results = Vec::new();
    let mut placed: HashSet<&str> = HashSet::new();
    for assignment in &allocation.assignments {
        let (Ok(participant), Ok(slot)) = (
            Uuid::parse_str(&assignment.participant),
            Uuid::parse_str(&assignment.option),
        ) else {
            continue;
        };
        let reason = reasons
            .get(assignment.participant.as_str())
            .cloned()
            .unwrap_or_default();
        results.push(result_row(
            made.run_id,
            ParticipantId(participant),
            Some(slot),
            assignment.rank.and_then(|r| i32::try_from(r).ok()),
            reason,
        ));
        placed.insert(&assignment.participant);
    }
    for spec in &input.participants {
        if placed.contains(&spec.id.as_str()) {
            continue;
        }
        let Ok(participant) = Uuid::parse_str(&spec.id) else {
            continue;
        };
        let reason = reasons.get(spec.id.as_str()).cloned().unwrap_or_default();
        results.push(result_row(
            made.run_id,
            ParticipantId(participant),
            None,
            None,
            reason,
        ));
    }
    let summary = RunSummary {
        include_unranked: settings.include_unranked,
        quality: allocation.quality.clone(),
        objective: allocation.objective.clone(),
        objective_levels: allocation.objective_levels.clone(),
        booked: 0,
        told_no_place: 0,
    };
    let run = allocation_run::Model {
        id: made.run_id.0,
        session_id: made.session_id.0,
        // The seed's bits, so every u64 seed round-trips through a signed BIGINT.
        seed: settings.seed as i64,
        status: RunStatus::Preview.to_owned(),
        created_by: made.by,
        summary: serde_json::to_string(&summary)
            .map_err(|e| ServiceError::Internal(format!("cannot store the run's figures: {e}")))?,
        created_at: made.at_ms,
        committed_at: None,
    };
    Ok((run, results))
}

/// What committing did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Committed {
    /// Places booked.
    pub booked: usize,
    /// People told no place was left for them.
    pub told_no_place: usize,
    /// The run had been committed before: nothing was done this time.
    pub already: bool,
}

/// The text id of the refusal when places changed after the preview.
const CHANGED: &str = "coord-alloc-changed";

/// Books the places of preview `run_id` of `session_id`, mails everyone in it and updates the
/// interviewers' calendars, in one transaction.
pub async fn commit(
    db: &DatabaseConnection,
    config: &Config,
    session_id: SessionId,
    run_id: RunId,
    actor: Actor,
    now_ms: i64,
) -> Result<Committed, ServiceError> {
    let txn = begin_write(db).await?;
    let run = allocations::run(&txn, run_id.0)
        .await?
        .filter(|r| r.session_id == session_id.0)
        .ok_or(ServiceError::NotFound)?;
    let (session, event) = crate::services::sessions::find(&txn, session_id.0).await?;
    if let Some(reason) = not_allocatable_reason(&session, &event) {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(reason)));
    }
    if event.status != EventStatus::Published {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-alloc-publish-first",
        )));
    }
    match run.status {
        RunStatus::Committed => {
            return Ok(Committed {
                already: true,
                ..Committed::default()
            });
        }
        RunStatus::Discarded => {
            return Err(ServiceError::Conflict(crate::i18n::Message::new(
                "coord-alloc-replaced",
            )));
        }
        _ => {}
    }
    if !allocations::mark_committed(&txn, run.id, now_ms).await? {
        return Ok(Committed {
            already: true,
            ..Committed::default()
        });
    }
    let results = allocations::results(&txn, run.id).await?;
    let slots: HashMap<Uuid, _> = crate::db::slots::of_session(&txn, session.id)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut by_person: BTreeMap<Uuid, Vec<&allocation_result::Model>> = BTreeMap::new();
    for result in &results {
        by_person
            .entry(result.participant_id)
            .or_default()
            .push(result);
    }
    // Someone placed only because the run included people without choices never asked for a
    // place, so they are not told they got none.
    let asked: HashSet<Uuid> = allocations::choices(&txn, session.id)
        .await?
        .into_iter()
        .map(|c| c.participant_id)
        .collect();
    let mut done = Committed::default();
    let mut changed_slots: Vec<Uuid> = Vec::new();
    for (participant_id, places) in by_person {
        let given: Vec<Uuid> = places.iter().filter_map(|r| r.slot_id).collect();
        if given.is_empty() && !asked.contains(&participant_id) {
            continue;
        }
        let link = participant_link(&txn, config, participant_id, &event, now_ms).await?;
        if given.is_empty() {
            // The reason the run gave them, said in the mail in each of its languages.
            let why = places
                .first()
                .map(|r| r.reason.as_str())
                .unwrap_or_default();
            let news = (WaitlistNews::NoPlaceAllocated, why, &Notice::NONE);
            let pair = (&session, &event);
            notice(&txn, config, participant_id, pair, &link, news, now_ms).await?;
            done.told_no_place += 1;
            continue;
        }
        let mut live =
            crate::db::bookings::live_of_participant(&txn, participant_id, vec![session.id])
                .await?;
        for slot_id in given {
            let slot = slots
                .get(&slot_id)
                .ok_or_else(|| ServiceError::Conflict(crate::i18n::Message::new(CHANGED)))?;
            let mut row = booking_rows::new_row(
                SessionId(session.id),
                Some(slot.id),
                ParticipantId(participant_id),
                (BookingStatus::Confirmed, None),
                config.mail_domain(),
                now_ms,
            );
            row.place_no = next_place_no(&live);
            places::insert(&txn, &row).await.map_err(|e| match e {
                // Full, or the person holds a place already: the session changed since the run.
                ServiceError::Refused(_) => {
                    ServiceError::Conflict(crate::i18n::Message::new(CHANGED))
                }
                other => other,
            })?;
            audit::booking_changed(&txn, actor, "booking.allocated", row.id, now_ms).await?;
            let place: Place = (slot.clone(), session.clone(), event.clone()).into();
            announce(&txn, config, Change::Confirmed, &row, &place, &link, now_ms).await?;
            live.push(row);
            if !changed_slots.contains(&slot.id) {
                changed_slots.push(slot.id);
            }
            done.booked += 1;
        }
    }
    // One calendar update per interviewer slot, after all its places are taken.
    for slot_id in changed_slots {
        if let Some(slot) = slots.get(&slot_id) {
            let place: Place = (slot.clone(), session.clone(), event.clone()).into();
            notify_place_change(&txn, config, &place, now_ms).await?;
        }
    }
    record_outcome(&txn, &run, done).await?;
    let news = (WebhookEvent::AllocationCommitted, event.id);
    let data = serde_json::json!(crate::domain::webhook_news::AllocationNews {
        session_id: session.id,
        run_id: run.id,
        booked: done.booked,
        told_no_place: done.told_no_place,
    });
    crate::db::webhooks::announce(&txn, news, data, now_ms).await?;
    txn.commit().await?;
    Ok(done)
}

/// Adds what committing did to the run's figures.
async fn record_outcome(
    conn: &impl ConnectionTrait,
    run: &allocation_run::Model,
    done: Committed,
) -> Result<(), ServiceError> {
    let mut summary = RunSummary::parse(&run.summary);
    summary.booked = done.booked;
    summary.told_no_place = done.told_no_place;
    let text = serde_json::to_string(&summary)
        .map_err(|e| ServiceError::Internal(format!("cannot store the run's figures: {e}")))?;
    allocations::set_summary(conn, run.id, text).await?;
    Ok(())
}
