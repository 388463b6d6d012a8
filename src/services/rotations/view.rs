//! A speed-networking plan as people read it: a card per table (who comes in which round) and
//! an itinerary per participant (where to go in each round), from the stored seating.

use super::plan::{Layout, layout, not_plannable_reason};
use crate::db::networking_wishes as wishes_db;
use crate::db::{allocations, check_in, rotations};
use crate::entities::{event, networking_table, rotation_assignment, session};
use crate::mail::templates::When;
use crate::services::error::ServiceError;
use crate::services::events::EventSummary;
use crate::services::networking_wishes;
use sea_orm::ConnectionTrait;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// One round on a table's card.
pub struct CardRound {
    /// The round's number.
    pub number: i32,
    /// Its time, written in the reader's language.
    pub when: When,
    /// Who sits at the table, by seat.
    pub people: Vec<String>,
}

/// A table's card.
pub struct TableCard {
    /// "Table 3".
    pub label: String,
    /// Whose table.
    pub employer: String,
    /// Every round, including empty ones.
    pub rounds: Vec<CardRound>,
}

/// One stop of an itinerary.
pub struct Stop {
    /// The round's number.
    pub number: i32,
    /// Its time, written in the reader's language.
    pub when: When,
    /// Where: the table's label, or empty for a round without a table.
    pub table: String,
    /// Whose table.
    pub employer: String,
}

/// A participant's way through the rounds.
pub struct Itinerary {
    /// Their id.
    pub participant_id: Uuid,
    /// Their name.
    pub name: String,
    /// Whether they have been checked in at the venue.
    pub arrived: bool,
    /// Every round (a round without a table is a break).
    pub stops: Vec<Stop>,
}

impl Itinerary {
    /// Rounds at a table.
    pub fn meetings(&self) -> usize {
        self.stops.iter().filter(|s| !s.table.is_empty()).count()
    }
}

/// A whole plan.
pub struct Plan {
    /// The session.
    pub session: session::Model,
    /// Why it cannot be planned, if it cannot.
    pub blocked: Option<&'static str>,
    /// The rounds: number and time.
    pub rounds: Vec<(i32, When)>,
    /// The tables' cards.
    pub cards: Vec<TableCard>,
    /// Every seated participant's itinerary, by name.
    pub itineraries: Vec<Itinerary>,
    /// Meetings planned.
    pub meetings: usize,
    /// The most meetings possible: min(people x min(rounds, tables), seats x rounds).
    pub upper_bound: usize,
    /// Meetings the seated people asked for (one per person and employer ticked).
    pub wished: usize,
    /// Of those, the ones in the plan.
    pub wishes_met: usize,
    /// Whether check-in has begun for this session (someone is checked in): then the people
    /// not checked in are offered as "not here" for a re-plan. (No-shows hold no seat at all.)
    pub check_in_started: bool,
}

impl Plan {
    /// Whether anybody is seated in any round.
    pub fn is_planned(&self) -> bool {
        self.meetings > 0
    }
}

/// Loads the stored plan of session `session_id` for its page, with the event it belongs to.
pub async fn load_page(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<(EventSummary, Plan), ServiceError> {
    let (session, event) = crate::services::sessions::find(conn, session_id).await?;
    let plan = load(conn, session, &event).await?;
    Ok((EventSummary::from(&event), plan))
}

/// Loads the stored plan of `session`.
pub async fn load(
    conn: &impl ConnectionTrait,
    session: session::Model,
    event: &event::Model,
) -> Result<Plan, ServiceError> {
    let layout = layout(conn, session).await?;
    let blocked = not_plannable_reason(&layout);
    let Layout {
        session,
        rounds,
        tables,
    } = layout;
    let zone = &event.time_zone;
    let times: Vec<(i32, When)> = rounds
        .iter()
        .map(|r| Ok((r.number, When::clock(r.starts_at, r.ends_at, zone)?)))
        .collect::<Result<_, ServiceError>>()?;
    let seated = rotations::seated(conn, session.id).await?;
    let names: HashMap<Uuid, String> = allocations::people(conn, &seated)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let employers =
        crate::db::employers::by_ids(conn, tables.iter().filter_map(|t| t.employer_id).collect())
            .await?;
    let employer_of = |table: &networking_table::Model| {
        table
            .employer_id
            .and_then(|e| employers.get(&e))
            .map(|e| e.name.clone())
            .unwrap_or_default()
    };
    let seating = rotations::assignments(conn, rounds.iter().map(|r| r.id).collect()).await?;
    // Looked up per table and round and per person and round: index once (seating comes in
    // seat order, so each table's list is too).
    let mut at_table: HashMap<(Uuid, Uuid), Vec<Uuid>> = HashMap::new();
    let mut table_of: HashMap<(Uuid, Uuid), Uuid> = HashMap::new();
    for seat in &seating {
        at_table
            .entry((seat.round_id, seat.table_id))
            .or_default()
            .push(seat.participant_id);
        table_of.insert((seat.round_id, seat.participant_id), seat.table_id);
    }
    let tables_by_id: HashMap<Uuid, &networking_table::Model> =
        tables.iter().map(|t| (t.id, t)).collect();
    // Every round's zone is the event's, checked when `times` was made.
    let time_of = |start_ms: i64, end_ms: i64| When::Clock {
        start_ms,
        end_ms,
        zone: zone.to_owned(),
    };
    let cards = tables
        .iter()
        .map(|table| TableCard {
            label: table.label.clone(),
            employer: employer_of(table),
            rounds: rounds
                .iter()
                .map(|round| CardRound {
                    number: round.number,
                    when: time_of(round.starts_at, round.ends_at),
                    people: at_table
                        .get(&(round.id, table.id))
                        .into_iter()
                        .flatten()
                        .map(|p| names.get(p).cloned().unwrap_or_default())
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let arrived: HashSet<Uuid> = check_in::arrived_in_session(conn, session.id)
        .await?
        .into_iter()
        .collect();
    let mut itineraries: Vec<Itinerary> = seated
        .iter()
        .map(|id| Itinerary {
            participant_id: *id,
            name: names.get(id).cloned().unwrap_or_default(),
            arrived: arrived.contains(id),
            stops: rounds
                .iter()
                .map(|round| {
                    let table = table_of
                        .get(&(round.id, *id))
                        .and_then(|t| tables_by_id.get(t).copied());
                    Stop {
                        number: round.number,
                        when: time_of(round.starts_at, round.ends_at),
                        table: table.map(|t| t.label.clone()).unwrap_or_default(),
                        employer: table.map(&employer_of).unwrap_or_default(),
                    }
                })
                .collect(),
        })
        .collect();
    itineraries.sort_by(|a, b| a.name.cmp(&b.name));
    let seats: usize = tables
        .iter()
        .map(|t| usize::try_from(t.seats).unwrap_or(0))
        .sum();
    let upper_bound = (seated.len() * rounds.len().min(tables.len())).min(seats * rounds.len());
    let meetings = seating.len();
    let names: HashMap<Uuid, String> = tables
        .iter()
        .map(|t| (t.id, networking_wishes::table_name(t, &employers)))
        .collect();
    let (wished, wishes_met) = wishes_kept(conn, &session, &names, &seated, &seating).await?;
    Ok(Plan {
        session,
        blocked,
        rounds: times,
        cards,
        itineraries,
        meetings,
        upper_bound,
        wished,
        wishes_met,
        check_in_started: !arrived.is_empty(),
    })
}

/// How many meetings the seated people asked for, and how many of them the seating holds. A
/// wish is for an employer, so any of that employer's tables keeps it.
async fn wishes_kept(
    conn: &impl ConnectionTrait,
    session: &session::Model,
    names: &HashMap<Uuid, String>,
    seated: &[Uuid],
    seating: &[rotation_assignment::Model],
) -> Result<(usize, usize), ServiceError> {
    let wished: HashSet<(Uuid, &String)> = wishes_db::of_session(conn, session.id)
        .await?
        .iter()
        // `seated` comes sorted.
        .filter(|w| seated.binary_search(&w.participant_id).is_ok())
        .filter_map(|w| Some((w.participant_id, names.get(&w.table_id)?)))
        .collect();
    let met: HashSet<(Uuid, &String)> = seating
        .iter()
        .filter_map(|s| Some((s.participant_id, names.get(&s.table_id)?)))
        .collect();
    Ok((wished.len(), wished.intersection(&met).count()))
}
