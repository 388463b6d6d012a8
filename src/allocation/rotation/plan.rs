//! Builds the meeting flow, colours it into rounds and lays out itineraries and table cards.

use super::colouring::Colouring;
use super::model::*;
use crate::allocation::flow::{EdgeId, Network};
use crate::allocation::lottery::luck;
use crate::allocation::model::Language;
use std::collections::{HashMap, HashSet};

/// Plans rounds `first_round..=rounds` for `input`.
pub fn rotate(input: &RotationInput) -> Result<Rotation, RotationError> {
    check(input)?;
    let planned: Vec<u32> = (input.first_round..=input.rounds).collect();
    let luck = luck(input.seed, input.participants.iter().map(|p| p.id.as_str()));

    // With every participant's rounds and every table's seats filled, the spread levels are
    // the same for every plan, so the much quicker flow without them gives the same optimum;
    // otherwise the spread decides, and the full flow runs. Filling both sides needs as many
    // rounds to fill as seat-rounds, so only then is the quick flow worth trying.
    let capacities = Capacities::of(input, &planned);
    let quick = capacities
        .balanced()
        .then(|| meeting_flow(input, &capacities, &luck, false))
        .filter(|quick| capacities.filled_by(quick));
    let flow = match quick {
        Some(quick) => capacities.with_spread_levels(quick),
        None => meeting_flow(input, &capacities, &luck, true),
    };
    let MeetingFlow {
        cost,
        chosen,
        wanted_total,
        ..
    } = flow;

    // Colour: one right node per seat of each table; a table's meetings go round the seats.
    let colours = planned.len();
    let blocked =
        |away: &[u32]| -> Vec<bool> { planned.iter().map(|r| away.contains(r)).collect() };
    let left_blocked: Vec<Vec<bool>> = input
        .participants
        .iter()
        .map(|p| blocked(&p.unavailable))
        .collect();
    let mut first_seat: Vec<usize> = Vec::new();
    let mut right_blocked: Vec<Vec<bool>> = Vec::new();
    for table in &input.tables {
        first_seat.push(right_blocked.len());
        for _ in 0..table.seats {
            right_blocked.push(blocked(&table.unavailable));
        }
    }
    let mut colouring = Colouring::new(colours, left_blocked, right_blocked);
    let mut used_seats = vec![0usize; input.tables.len()];
    let mut meetings: Vec<Meeting> = Vec::new();
    let mut dropped = 0u64;
    for (p, t) in &chosen {
        let seats = input.tables[*t].seats as usize;
        let seat = first_seat[*t] + used_seats[*t] % seats;
        used_seats[*t] += 1;
        if colouring.add(*p, seat).is_none() {
            dropped += 1;
        }
    }
    for (edge, (p, t)) in chosen.iter().enumerate() {
        if let Some(c) = colouring.colours()[edge] {
            meetings.push(Meeting {
                round: planned[c],
                table: input.tables[*t].id.clone(),
                participant: input.participants[*p].id.clone(),
            });
        }
    }
    meetings.sort();
    Ok(layout(
        input,
        &planned,
        meetings,
        cost,
        wanted_total,
        dropped,
    ))
}

/// The chosen meetings (participant, table) and what they achieve.
pub(super) struct MeetingFlow {
    /// Objective: meetings, wanted meetings, spread over participants, spread over tables,
    /// lottery (all negated or as costs).
    pub(super) cost: Vec<i64>,
    chosen: Vec<(usize, usize)>,
    wanted_total: u64,
}

/// Each participant's rounds to fill (at most one meeting per table), and each table's
/// seat-rounds (never more than there are participants).
pub(super) struct Capacities {
    units: Vec<i64>,
    slots: Vec<i64>,
}

impl Capacities {
    /// The capacities of `input` over the `planned` rounds, leaving out rounds people or
    /// tables are away.
    pub(super) fn of(input: &RotationInput, planned: &[u32]) -> Self {
        let present = |away: &[u32]| planned.iter().filter(|r| !away.contains(r)).count();
        let (p_count, t_count) = (input.participants.len(), input.tables.len());
        Self {
            units: input
                .participants
                .iter()
                .map(|p| present(&p.unavailable).min(t_count) as i64)
                .collect(),
            slots: input
                .tables
                .iter()
                .map(|t| (t.seats as usize * present(&t.unavailable)).min(p_count) as i64)
                .collect(),
        }
    }

    /// Whether there are as many rounds to fill as seat-rounds.
    pub(super) fn balanced(&self) -> bool {
        self.units.iter().sum::<i64>() == self.slots.iter().sum::<i64>()
    }

    /// Whether `flow` fills every participant's rounds and every table's seat-rounds.
    pub(super) fn filled_by(&self, flow: &MeetingFlow) -> bool {
        let met = flow.chosen.len() as i64;
        met == self.units.iter().sum::<i64>() && met == self.slots.iter().sum::<i64>()
    }

    /// `flow` (which filled everything) with the spread levels the full flow would have
    /// priced: the k-th meeting of a person (and the k-th seat-round of a table) costs k.
    pub(super) fn with_spread_levels(&self, mut flow: MeetingFlow) -> MeetingFlow {
        let triangle = |n: &i64| n * (n - 1) / 2;
        flow.cost[2] = self.units.iter().map(triangle).sum();
        flow.cost[3] = self.slots.iter().map(triangle).sum();
        flow
    }
}

/// Levels: meetings, wanted meetings, spread over participants, spread over tables, lottery.
const DIMS: usize = 5;

/// The meeting flow. With `spread`, each participant's k-th meeting and each table's k-th
/// seat-round cost k (one unit edge each), which shares meetings out evenly when not everyone
/// can have all; without it, one edge each carries them all.
pub(super) fn meeting_flow(
    input: &RotationInput,
    capacities: &Capacities,
    luck: &[i64],
    spread: bool,
) -> MeetingFlow {
    let (p_count, t_count) = (input.participants.len(), input.tables.len());
    // Each participant supplies one unit per round they are here; a unit either meets a table
    // (through `p_out`, which prices the person's k-th meeting) or stays unused at no cost.
    let mut network = Network::new(1 + 2 * p_count + t_count, DIMS);
    let sink = 0;
    let p_node = |p: usize| 1 + p;
    let p_out = |p: usize| 1 + p_count + p;
    let t_node = |t: usize| 1 + 2 * p_count + t;
    for (t, &seat_rounds) in capacities.slots.iter().enumerate() {
        if spread {
            for k in 0..seat_rounds {
                network.add_edge(t_node(t), sink, 1, &[0, 0, 0, k]);
            }
        } else {
            network.add_edge(t_node(t), sink, seat_rounds, &[]);
        }
    }
    let mut supplies: Vec<(usize, i64)> = Vec::new();
    let mut pairs: Vec<(EdgeId, usize, usize)> = Vec::new();
    let mut wanted_total = 0u64;
    for (p, (person, &rounds)) in input.participants.iter().zip(&capacities.units).enumerate() {
        supplies.push((p_node(p), rounds));
        network.add_edge(p_node(p), sink, rounds, &[]);
        if spread {
            for k in 0..rounds {
                network.add_edge(p_node(p), p_out(p), 1, &[-1, 0, k]);
            }
        } else {
            network.add_edge(p_node(p), p_out(p), rounds, &[-1]);
        }
        for (t, table) in input.tables.iter().enumerate() {
            if person.met.contains(&table.id) || !speaks(input, &person.languages, table) {
                continue;
            }
            let wanted = person.wants.iter().any(|e| e == &table.employer);
            wanted_total += u64::from(wanted);
            let cost = [0, -i64::from(wanted), 0, 0, -luck[p] * i64::from(wanted)];
            pairs.push((network.add_edge(p_out(p), t_node(t), 1, &cost), p, t));
        }
    }
    let solved = network.min_cost_supply(&supplies, sink, |_| {});
    let chosen = pairs
        .iter()
        .filter(|(edge, _, _)| network.flow(*edge) > 0)
        .map(|(_, p, t)| (*p, *t))
        .collect();
    MeetingFlow {
        cost: solved.cost,
        chosen,
        wanted_total,
    }
}

fn check(input: &RotationInput) -> Result<(), RotationError> {
    if input.rounds == 0 || input.first_round == 0 || input.first_round > input.rounds {
        return Err(RotationError::BadRounds);
    }
    let mut ids = HashSet::new();
    for id in input.tables.iter().map(|t| &t.id) {
        if !ids.insert(id.as_str()) {
            return Err(RotationError::DuplicateId(id.clone()));
        }
    }
    let mut people = HashSet::new();
    for id in input.participants.iter().map(|p| &p.id) {
        if !people.insert(id.as_str()) {
            return Err(RotationError::DuplicateId(id.clone()));
        }
    }
    if let Some(table) = input.tables.iter().find(|t| t.seats == 0) {
        return Err(RotationError::NoSeats(table.id.clone()));
    }
    Ok(())
}

/// Whether the participant can talk at the table under the session's language rule.
fn speaks(input: &RotationInput, languages: &[Language], table: &TableSpec) -> bool {
    let Some(code) = &input.language else {
        return true;
    };
    let level_ok = |list: &[Language]| {
        list.iter().any(|l| {
            l.code.eq_ignore_ascii_case(code) && input.min_level.is_none_or(|min| l.level >= min)
        })
    };
    level_ok(languages) && (table.languages.is_empty() || level_ok(&table.languages))
}

fn layout(
    input: &RotationInput,
    planned: &[u32],
    meetings: Vec<Meeting>,
    objective: Vec<i64>,
    wanted: u64,
    dropped: u64,
) -> Rotation {
    let table_by_id: HashMap<&str, &TableSpec> =
        input.tables.iter().map(|t| (t.id.as_str(), t)).collect();
    let time_of = |round: u32| input.round_times.get(round as usize - 1).copied();
    let itineraries: Vec<Itinerary> = input
        .participants
        .iter()
        .map(|p| Itinerary {
            participant: p.id.clone(),
            stops: meetings
                .iter()
                .filter(|m| m.participant == p.id)
                .map(|m| Stop {
                    round: m.round,
                    time: time_of(m.round),
                    table: m.table.clone(),
                    employer: table_by_id
                        .get(m.table.as_str())
                        .map(|t| t.employer.clone())
                        .unwrap_or_default(),
                })
                .collect(),
        })
        .collect();
    let tables: Vec<TableCard> = input
        .tables
        .iter()
        .map(|t| TableCard {
            table: t.id.clone(),
            employer: t.employer.clone(),
            rounds: planned
                .iter()
                .map(|round| TableRound {
                    round: *round,
                    participants: meetings
                        .iter()
                        .filter(|m| m.table == t.id && m.round == *round)
                        .map(|m| m.participant.clone())
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let wanted_met = meetings
        .iter()
        .filter(|m| {
            let employer = table_by_id.get(m.table.as_str()).map(|t| &t.employer);
            input
                .participants
                .iter()
                .find(|p| p.id == m.participant)
                .is_some_and(|p| employer.is_some_and(|e| p.wants.contains(e)))
        })
        .count() as u64;
    let (n, m, r) = (
        input.participants.len() as u64,
        input.tables.len() as u64,
        planned.len() as u64,
    );
    let seats: u64 = input.tables.iter().map(|t| u64::from(t.seats)).sum();
    let quality = RotationQuality {
        meetings: meetings.len() as u64,
        upper_bound: (n * r.min(m)).min(seats * r),
        wanted_met,
        wanted,
        dropped,
        without_meeting: itineraries.iter().filter(|i| i.stops.is_empty()).count(),
    };
    Rotation {
        seed: input.seed,
        meetings,
        itineraries,
        tables,
        quality,
        objective,
    }
}
