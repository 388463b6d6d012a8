//! What the coordinator's allocation page shows: demand per option, the run on screen with its
//! figures, places and reasons, and the session's earlier runs.

use super::demand::{Demand, demand};
use super::runs::{RunSummary, not_allocatable_reason};
use crate::allocation::reason::Reason;
use crate::db::allocations;
use crate::domain::locale::Locale;
use crate::domain::run_status::RunStatus;
use crate::entities::{allocation_run, event, participant, session, slot};
use crate::i18n::{dates, text};
use crate::services::error::ServiceError;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use uuid::Uuid;

/// One option with its demand.
pub struct OptionLine {
    /// Who or what it is with ("Dana Roth, Acme").
    pub what: String,
    /// When, in the event's zone.
    pub when: String,
    /// Its demand.
    pub demand: Demand,
}

/// One participant's line in a run.
pub struct ResultLine {
    /// Their name.
    pub name: String,
    /// The place given (what and when), if any.
    pub place: Option<String>,
    /// Its rank in their choices.
    pub rank: Option<i32>,
    /// Why less than a first choice, or nothing, in the reader's language.
    pub reason: String,
}

/// The run on screen.
pub struct RunView {
    /// The run.
    pub run: allocation_run::Model,
    /// Its seed as the coordinator typed it.
    pub seed: u64,
    /// Its settings and figures.
    pub summary: RunSummary,
    /// Places given.
    pub placed: Vec<ResultLine>,
    /// People given nothing, with the reason.
    pub left_out: Vec<ResultLine>,
    /// When it was made.
    pub made: String,
    /// When it was committed, if it was.
    pub committed: Option<String>,
}

impl RunView {
    /// Whether it can still be committed.
    pub fn is_preview(&self) -> bool {
        self.run.status == RunStatus::Preview
    }

    /// Were its places booked?
    pub fn is_committed(&self) -> bool {
        self.run.status == RunStatus::Committed
    }

    /// The share of people with choices who got their first choice, as "83%".
    pub fn first_choice_share(&self) -> String {
        share(
            self.summary.quality.first_choice,
            self.summary.quality.ranked,
        )
    }

    /// The share of people with choices who got one of their top three.
    pub fn top_three_share(&self) -> String {
        share(self.summary.quality.top_three, self.summary.quality.ranked)
    }
}

fn share(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "–".to_owned();
    }
    format!("{}%", (part * 100 + whole / 2) / whole)
}

/// One earlier run in the list.
pub struct HistoryLine {
    /// The run's id.
    pub id: Uuid,
    /// Preview, committed or discarded.
    pub status: RunStatus,
    /// Its seed.
    pub seed: u64,
    /// When it was made.
    pub made: String,
    /// How many were placed.
    pub placed: usize,
    /// Of how many in the run.
    pub participants: usize,
}

/// The text id of a run's status (`preview`, `committed`, `discarded`).
pub fn run_status_id(status: RunStatus) -> &'static str {
    match status {
        RunStatus::Committed => "coord-run-committed",
        RunStatus::Discarded => "coord-run-discarded",
        RunStatus::Preview => "coord-run-preview",
    }
}

/// Everything on the page.
pub struct AllocationPage {
    /// The session.
    pub session: session::Model,
    /// Its event.
    pub event: event::Model,
    /// Its options with their demand.
    pub options: Vec<OptionLine>,
    /// People who ranked options.
    pub ranked: usize,
    /// Why the session cannot be allocated, if it cannot (a text id).
    pub blocked: Option<&'static str>,
    /// A warning while participants can still change their choices.
    pub choosing_open_until: Option<String>,
    /// The run on screen.
    pub current: Option<RunView>,
    /// All runs, newest first.
    pub history: Vec<HistoryLine>,
}

/// Loads the page for `session` in `locale`'s words, showing run `shown` (else the newest).
pub async fn load(
    conn: &impl ConnectionTrait,
    (session, event): (session::Model, event::Model),
    shown: Option<Uuid>,
    now_ms: i64,
    locale: &Locale,
) -> Result<AllocationPage, ServiceError> {
    let zone = event.time_zone.as_str();
    let slots = crate::db::slots::of_session(conn, session.id).await?;
    let names = option_names(conn, &slots, zone, locale).await?;
    let choices = allocations::choices(conn, session.id).await?;
    let mut ranked: Vec<Uuid> = choices.iter().map(|c| c.participant_id).collect();
    ranked.dedup();
    let options = demand(&slots, &choices)
        .into_iter()
        .map(|demand| {
            let (what, when) = names.get(&demand.slot_id).cloned().unwrap_or_default();
            OptionLine { what, when, demand }
        })
        .collect();
    let runs = allocations::runs_of_session(conn, session.id).await?;
    let history = runs
        .iter()
        .map(|run| {
            let summary = RunSummary::parse(&run.summary);
            Ok(HistoryLine {
                id: run.id,
                status: run.status,
                seed: run.seed as u64,
                made: dates::instant(locale, run.created_at, zone)?,
                placed: summary.quality.placed,
                participants: summary.quality.participants,
            })
        })
        .collect::<Result<Vec<_>, ServiceError>>()?;
    let chosen = match shown {
        Some(id) => runs.into_iter().find(|r| r.id == id),
        None => runs.into_iter().next(),
    };
    let current = match chosen {
        Some(run) => Some(run_view(conn, run, &names, (zone, locale)).await?),
        None => None,
    };
    let choosing_open_until = match session.preferences_close_at {
        Some(closes) if closes > now_ms => Some(dates::instant(locale, closes, zone)?),
        _ => None,
    };
    Ok(AllocationPage {
        blocked: not_allocatable_reason(&session, &event),
        session,
        event,
        options,
        ranked: ranked.len(),
        choosing_open_until,
        current,
        history,
    })
}

async fn run_view(
    conn: &impl ConnectionTrait,
    run: allocation_run::Model,
    names: &HashMap<Uuid, (String, String)>,
    (zone, locale): (&str, &Locale),
) -> Result<RunView, ServiceError> {
    let results = allocations::results(conn, run.id).await?;
    let ids: Vec<Uuid> = results.iter().map(|r| r.participant_id).collect();
    let people: HashMap<Uuid, participant::Model> = allocations::people(conn, &ids)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let (mut placed, mut left_out) = (Vec::new(), Vec::new());
    for result in results {
        let name = people
            .get(&result.participant_id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| text(locale, "coord-alloc-removed", &[]));
        let line = ResultLine {
            name,
            place: result
                .slot_id
                .and_then(|id| names.get(&id))
                .map(|(what, when)| format!("{what}, {when}")),
            rank: result.granted_rank,
            reason: Reason::stored_words(&result.reason, locale),
        };
        if result.slot_id.is_some() {
            placed.push(line);
        } else {
            left_out.push(line);
        }
    }
    placed.sort_by(|a, b| a.name.cmp(&b.name));
    left_out.sort_by(|a, b| a.name.cmp(&b.name));
    let made = dates::instant(locale, run.created_at, zone)?;
    let committed = match run.committed_at {
        Some(at) => Some(dates::instant(locale, at, zone)?),
        None => None,
    };
    Ok(RunView {
        committed,
        seed: run.seed as u64,
        summary: RunSummary::parse(&run.summary),
        run,
        placed,
        left_out,
        made,
    })
}

/// Each slot's "who" (interviewer and employer, or the placement's label and employer) and
/// "when".
async fn option_names(
    conn: &impl ConnectionTrait,
    slots: &[slot::Model],
    zone: &str,
    locale: &Locale,
) -> Result<HashMap<Uuid, (String, String)>, ServiceError> {
    let volunteer_ids: Vec<Uuid> = slots.iter().filter_map(|s| s.volunteer_id).collect();
    let volunteers: HashMap<Uuid, _> =
        crate::db::volunteer_profiles::profiles(conn, None, Some(volunteer_ids))
            .await?
            .into_iter()
            .map(|p| (p.volunteer.id, p.volunteer))
            .collect();
    let mut employer_ids: Vec<Uuid> = slots.iter().filter_map(|s| s.employer_id).collect();
    employer_ids.extend(volunteers.values().map(|v| v.employer_id));
    let employers = crate::db::employers::by_ids(conn, employer_ids).await?;
    slots
        .iter()
        .map(|slot| {
            let volunteer = slot.volunteer_id.and_then(|v| volunteers.get(&v));
            let employer = slot
                .employer_id
                .or(volunteer.map(|v| v.employer_id))
                .and_then(|e| employers.get(&e));
            let parts: Vec<&str> = [
                volunteer.map(|v| v.name.as_str()),
                Some(slot.label.as_str()),
                employer.map(|e| e.name.as_str()),
            ]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect();
            let what = if parts.is_empty() {
                text(locale, "coord-alloc-open-place", &[])
            } else {
                parts.join(", ")
            };
            let when = dates::clock_range(locale, slot.starts_at, slot.ends_at, zone)?;
            Ok((slot.id, (what, when)))
        })
        .collect()
}
