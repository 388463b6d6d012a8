//! Builds the meeting flow, colours it into rounds and lays out itineraries and table cards.

use super::checks::check;
use super::colouring::Colouring;
use super::fill::wanted_then_filled;
use super::layout::{Outcome, Placed, layout};
use super::model::*;
use crate::allocation::flow::{EdgeId, Network};
use crate::allocation::lottery::luck;
use crate::allocation::model::Language;
use std::collections::HashSet;

/// Plans rounds `first_round..=rounds` for `input`.
pub fn rotate(input: &RotationInput) -> Result<Rotation, RotationError> {
    check(input)?;
    let planned: Vec<u32> = (input.first_round..=input.rounds).collect();
    let luck = luck(input.seed, input.participants.iter().map(|p| p.id.as_str()));
    let pairs = allowed_pairs(input);

    // With every participant's rounds and every table's seats filled, the spread levels are
    // the same for every plan, so a quicker way that fills everything reaches the same
    // optimum: first the wanted meetings fixed and the rest filled by a max-flow, else the
    // flow without spread levels. Otherwise the spread decides, and the full flow runs.
    // Filling both sides needs as many rounds to fill as seat-rounds, so only then are the
    // quicker ways worth trying.
    let capacities = Capacities::of(input, &planned);
    let filled = || {
        wanted_then_filled(&pairs, &capacities, &luck).or_else(|| {
            Some(meeting_flow(&pairs, &capacities, &luck, false))
                .filter(|quick| capacities.filled_by(quick))
        })
    };
    let quick = capacities.balanced() && !an_employer_has_several_tables(input);
    let flow = match quick.then(filled).flatten() {
        Some(filled) => capacities.with_spread_levels(filled),
        None => meeting_flow(&pairs, &capacities, &luck, true),
    };
    let (placed, dropped) = colour(input, &planned, &flow.chosen);
    let outcome = Outcome {
        objective: flow.cost,
        // One wish per participant and employer, however many tables the employer has.
        wanted: pairs
            .iter()
            .filter(|pair| pair.wanted)
            .map(|pair| (pair.participant, pair.employer))
            .collect::<HashSet<_>>()
            .len() as u64,
        dropped,
    };
    Ok(layout(input, &planned, placed, outcome))
}

/// Colours the chosen meetings (participant, table) into the `planned` rounds: one right node
/// per seat of each table, a table's meetings going round its seats. Returns the meetings with
/// their rounds and how many found no round.
fn colour(input: &RotationInput, planned: &[u32], chosen: &[(usize, usize)]) -> (Vec<Placed>, u64) {
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
    let mut colouring = Colouring::new(planned.len(), left_blocked, right_blocked);
    // A table's meetings go round as few of its seats as its rounds need (ceil(meetings /
    // rounds present)), so each round seats about the same number there: no table crowded
    // in one round and idle in the next while others wait.
    let mut meetings_at = vec![0usize; input.tables.len()];
    for &(_, t) in chosen {
        meetings_at[t] += 1;
    }
    let seats_used: Vec<usize> = input
        .tables
        .iter()
        .zip(&meetings_at)
        .map(|(table, &meetings)| {
            let present = planned
                .iter()
                .filter(|r| !table.unavailable.contains(r))
                .count()
                .max(1);
            meetings.div_ceil(present).clamp(1, table.seats as usize)
        })
        .collect();
    let mut used_seats = vec![0usize; input.tables.len()];
    let mut dropped = 0u64;
    for &(p, t) in chosen {
        let preferred = used_seats[t] % seats_used[t];
        used_seats[t] += 1;
        // Absences can leave a meeting no round at its preferred seat; the table's other seats
        // (the spare ones last) are tried before it is dropped.
        let seats = input.tables[t].seats as usize;
        let rights: Vec<usize> = std::iter::once(preferred)
            .chain((0..seats).filter(|s| *s != preferred))
            .map(|s| first_seat[t] + s)
            .collect();
        if colouring.add_to_any(p, &rights).is_none() {
            dropped += 1;
        }
    }
    let placed = chosen
        .iter()
        .zip(colouring.colours())
        .filter_map(|(&(p, t), c)| c.map(|c| (planned[c], t, p)))
        .collect();
    (placed, dropped)
}

/// A participant and a table they may meet: not met before, and a shared language where the
/// session asks for one.
pub(super) struct Pair {
    pub(super) participant: usize,
    pub(super) table: usize,
    /// The table's employer, numbered by first appearance among the tables.
    pub(super) employer: usize,
    /// Whether the participant asked to meet this table's employer (and has not yet).
    pub(super) wanted: bool,
    /// Whether they met this employer at another table in an earlier round.
    pub(super) met_employer: bool,
}

/// Every pair that may meet, participant by participant.
pub(super) fn allowed_pairs(input: &RotationInput) -> Vec<Pair> {
    let employer_of = employer_numbers(input);
    let mut pairs = Vec::new();
    for (p, person) in input.participants.iter().enumerate() {
        // Employers met at a table in earlier rounds (a re-plan): another of their tables is a
        // repeat, and the wish for them is already fulfilled.
        let met_employers: Vec<usize> = input
            .tables
            .iter()
            .enumerate()
            .filter(|(_, table)| person.met.contains(&table.id))
            .map(|(t, _)| employer_of[t])
            .collect();
        for (t, table) in input.tables.iter().enumerate() {
            if person.met.contains(&table.id) || !speaks(input, &person.languages, table) {
                continue;
            }
            let met_employer = met_employers.contains(&employer_of[t]);
            let wanted = !met_employer && person.wants.iter().any(|e| e == &table.employer);
            pairs.push(Pair {
                participant: p,
                table: t,
                employer: employer_of[t],
                wanted,
                met_employer,
            });
        }
    }
    pairs
}

/// A participant's pairs with the tables of one employer that has several: one node each in the
/// meeting flow, so that employer counts once.
struct EmployerGroups {
    /// How many such nodes.
    count: usize,
    /// Per node: its first pair (participant and wish) and how many tables it leads to.
    nodes: Vec<(usize, i64)>,
    /// Per pair: its node, if its employer has several tables open to the participant.
    of_pair: Vec<Option<usize>>,
}

impl EmployerGroups {
    fn of(pairs: &[Pair]) -> Self {
        let mut by_key: std::collections::HashMap<(usize, usize), Vec<usize>> =
            std::collections::HashMap::new();
        // An employer met in earlier rounds is a repeat at any table: no group, no first meeting.
        for (i, pair) in pairs.iter().enumerate().filter(|(_, p)| !p.met_employer) {
            by_key
                .entry((pair.participant, pair.employer))
                .or_default()
                .push(i);
        }
        let mut groups = Self {
            count: 0,
            nodes: Vec::new(),
            of_pair: vec![None; pairs.len()],
        };
        let mut keys: Vec<_> = by_key
            .into_iter()
            .filter(|(_, list)| list.len() > 1)
            .collect();
        keys.sort_unstable();
        for (_, list) in keys {
            for &i in &list {
                groups.of_pair[i] = Some(groups.count);
            }
            groups.nodes.push((list[0], list.len() as i64));
            groups.count += 1;
        }
        groups
    }
}

/// Each table's employer as a number, the same for tables of one employer.
fn employer_numbers(input: &RotationInput) -> Vec<usize> {
    let mut names: Vec<&str> = Vec::new();
    input
        .tables
        .iter()
        .map(
            |table| match names.iter().position(|n| *n == table.employer) {
                Some(i) => i,
                None => {
                    names.push(&table.employer);
                    names.len() - 1
                }
            },
        )
        .collect()
}

/// Whether some employer has more than one table (then the quicker ways, which count every
/// table on its own, do not apply).
fn an_employer_has_several_tables(input: &RotationInput) -> bool {
    let numbers = employer_numbers(input);
    numbers
        .iter()
        .enumerate()
        .any(|(i, n)| numbers[..i].contains(n))
}

/// The chosen meetings (participant, table) and what they achieve.
pub(super) struct MeetingFlow {
    /// Objective: meetings, wanted meetings, spread over participants, spread over tables,
    /// lottery (all negated or as costs).
    pub(super) cost: Vec<i64>,
    /// The meetings chosen: (participant, table).
    pub(super) chosen: Vec<(usize, usize)>,
}

/// Each participant's rounds to fill (at most one meeting per table), and each table's
/// seat-rounds (never more than there are participants).
pub(super) struct Capacities {
    pub(super) units: Vec<i64>,
    pub(super) slots: Vec<i64>,
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
        flow.cost[3] = self.units.iter().map(triangle).sum();
        flow.cost[4] = self.slots.iter().map(triangle).sum();
        flow
    }
}

/// Levels: meetings, repeated employers, wanted employers met, spread over participants, spread
/// over tables, lottery.
pub(super) const DIMS: usize = 6;

/// The meeting flow. With `spread`, each participant's k-th meeting and each table's k-th
/// seat-round cost k (one unit edge each), which shares meetings out evenly when not everyone
/// can have all; without it, one edge each carries them all. An employer with several tables is
/// met once: a participant's meetings with it pass one node whose first unit counts the wish
/// and every further unit costs a repeat (taken only when nothing else fills a round).
pub(super) fn meeting_flow(
    pairs: &[Pair],
    capacities: &Capacities,
    luck: &[i64],
    spread: bool,
) -> MeetingFlow {
    let (p_count, t_count) = (capacities.units.len(), capacities.slots.len());
    let groups = EmployerGroups::of(pairs);
    // Each participant supplies one unit per round they are here; a unit either meets a table
    // (through `p_out`, which prices the person's k-th meeting) or stays unused at no cost.
    let mut network = Network::new(1 + 2 * p_count + t_count + groups.count, DIMS);
    let sink = 0;
    let p_node = |p: usize| 1 + p;
    let p_out = |p: usize| 1 + p_count + p;
    let t_node = |t: usize| 1 + 2 * p_count + t;
    let g_node = |g: usize| 1 + 2 * p_count + t_count + g;
    for (t, &seat_rounds) in capacities.slots.iter().enumerate() {
        if spread {
            for k in 0..seat_rounds {
                network.add_edge(t_node(t), sink, 1, &[0, 0, 0, 0, k]);
            }
        } else {
            network.add_edge(t_node(t), sink, seat_rounds, &[]);
        }
    }
    let mut supplies: Vec<(usize, i64)> = Vec::new();
    for (p, &rounds) in capacities.units.iter().enumerate() {
        supplies.push((p_node(p), rounds));
        network.add_edge(p_node(p), sink, rounds, &[]);
        if spread {
            for k in 0..rounds {
                network.add_edge(p_node(p), p_out(p), 1, &[-1, 0, 0, k]);
            }
        } else {
            network.add_edge(p_node(p), p_out(p), rounds, &[-1]);
        }
    }
    let first_meeting = |pair: &Pair| {
        let wanted = i64::from(pair.wanted);
        let repeat = i64::from(pair.met_employer);
        [0, repeat, -wanted, 0, 0, -luck[pair.participant] * wanted]
    };
    for (g, &(first, tables)) in groups.nodes.iter().enumerate() {
        let pair = &pairs[first];
        network.add_edge(p_out(pair.participant), g_node(g), 1, &first_meeting(pair));
        network.add_edge(p_out(pair.participant), g_node(g), tables - 1, &[0, 1]);
    }
    let edges: Vec<EdgeId> = pairs
        .iter()
        .enumerate()
        .map(|(i, pair)| match groups.of_pair[i] {
            Some(g) => network.add_edge(g_node(g), t_node(pair.table), 1, &[]),
            None => network.add_edge(
                p_out(pair.participant),
                t_node(pair.table),
                1,
                &first_meeting(pair),
            ),
        })
        .collect();
    let solved = network.min_cost_supply(&supplies, sink, |_| {});
    let chosen = pairs
        .iter()
        .zip(&edges)
        .filter(|(_, edge)| network.flow(**edge) > 0)
        .map(|(pair, _)| (pair.participant, pair.table))
        .collect();
    MeetingFlow {
        cost: solved.cost,
        chosen,
    }
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
