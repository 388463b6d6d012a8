//! Preference allocation as one min-cost flow with lexicographic costs.
//!
//! Network: each option supplies its free places, which flow option → overlap group (capacity 1:
//! a participant takes at most one of the options that share time) → participant → sink (one
//! edge per place they may still take), or straight to the sink when nobody takes them.
//! Cost levels, most important first:
//! 1. places, one level per place number: everyone's first place before anyone's second;
//! 2. priority participants placed;
//! 3. ranks, one level per rank (rank-maximal: one more first choice beats any number of
//!    second choices);
//! 4. occupation fit;
//! 5. the seeded lottery: who is placed, then who gets the better rank.

use super::eligibility::{Barrier, check};
use super::explain::{Candidate, Cause, Wanted, explain, wanted};
use super::flow::{Cycle, EdgeId, Network};
use super::lottery::luck;
use super::model::{Allocation, AllocationError, AllocationInput, Assignment, OptionSpec, Quality};
use super::validate::validate;
use std::collections::HashMap;

/// One participant as the solver sees them.
pub(super) struct Seeker {
    /// Places they may still take.
    pub allowed: u32,
    /// Options open to them: (option index, rank, fits their field).
    pub open: Vec<(usize, Option<u32>, bool)>,
    /// Why the others are closed.
    pub barriers: Vec<(usize, Barrier)>,
    /// Their lottery weight (higher is luckier).
    pub luck: i64,
}

impl Seeker {
    /// Places they can actually take: no more than allowed, nor than options open to them (so
    /// a generous maximum adds no objective levels or edges).
    pub fn takeable(&self) -> u32 {
        self.allowed
            .min(u32::try_from(self.open.len()).unwrap_or(u32::MAX))
    }
}

/// Allocates `input`; `progress(done, most)` is told how many places are given so far.
pub fn allocate(
    input: &AllocationInput,
    mut progress: impl FnMut(u64, u64),
) -> Result<Allocation, AllocationError> {
    validate(input)?;
    let (seekers, levels) = prepare(input);
    let max_rank = levels.ranks;
    let dims = levels.dims();

    // Places flow from options to the sink through the people who take them; a place nobody
    // takes goes straight to the sink at no cost.
    let mut network = Network::new(1 + input.options.len(), dims);
    let sink = 0;
    let option_node = |i: usize| 1 + i;
    let mut supplies: Vec<(usize, i64)> = Vec::new();
    for (i, option) in input.options.iter().enumerate() {
        let places = i64::from(option.capacity);
        network.add_edge(option_node(i), sink, places, &[]);
        supplies.push((option_node(i), places));
    }
    // (edge, participant index, option index)
    let mut choice_edges: Vec<(EdgeId, usize, usize)> = Vec::new();
    // Each participant's edge for their first place in this run, if they may take one.
    let mut first_place_edge: Vec<Option<EdgeId>> = vec![None; seekers.len()];
    for (p, (seeker, person)) in seekers.iter().zip(&input.participants).enumerate() {
        if seeker.open.is_empty() || seeker.allowed == 0 {
            continue;
        }
        let node = network.add_node();
        for k in 0..seeker.takeable() {
            let unit = (person.held + k) as usize;
            let mut cost = vec![0; dims];
            cost[unit] = -1;
            if unit == 0 {
                if person.priority {
                    cost[levels.priority()] = -1;
                }
                cost[levels.lottery_place()] = -seeker.luck;
            }
            let edge = network.add_edge(node, sink, 1, &cost);
            if k == 0 {
                first_place_edge[p] = Some(edge);
            }
        }
        for group in overlap_groups(&seeker.open, &input.options) {
            let group_node = network.add_node();
            network.add_edge(group_node, node, 1, &[]);
            for (option, rank, field_fit) in group {
                let mut cost = vec![0; dims];
                if let Some(rank) = rank {
                    cost[levels.rank(rank)] = -1;
                    cost[levels.lottery_rank()] =
                        -seeker.luck * (max_rank as i64 + 1 - i64::from(rank));
                }
                if field_fit {
                    cost[levels.fit()] = -1;
                }
                let edge = network.add_edge(option_node(option), group_node, 1, &cost);
                choice_edges.push((edge, p, option));
            }
        }
    }
    let most: u64 = input.options.iter().map(|o| u64::from(o.capacity)).sum();
    let solved = network.min_cost_supply(&supplies, sink, |handled| {
        progress(u64::try_from(handled).unwrap_or(0), most);
    });

    let mut given: Vec<Vec<(usize, Option<u32>)>> = vec![Vec::new(); seekers.len()];
    for &(edge, p, option) in &choice_edges {
        if network.flow(edge) > 0 {
            let rank = seekers[p]
                .open
                .iter()
                .find(|o| o.0 == option)
                .and_then(|o| o.1);
            given[p].push((option, rank));
        }
    }
    let places_given = given.iter().map(Vec::len).sum::<usize>() as i64;
    let mut assignments: Vec<Assignment> = Vec::new();
    for (p, places) in given.iter().enumerate() {
        for (option, rank) in places {
            assignments.push(Assignment {
                participant: input.participants[p].id.clone(),
                option: input.options[*option].id.clone(),
                rank: *rank,
            });
        }
    }
    assignments.sort_by(|a, b| (&a.participant, &a.option).cmp(&(&b.participant, &b.option)));
    let decided_by = counterfactuals(&network, &levels, input, &seekers, &given, |p, want| {
        match want {
            Wanted::Place => first_place_edge[p],
            // Choice edges were added participant by participant.
            Wanted::FirstChoice(option) => choice_edges
                [choice_edges.partition_point(|e| e.1 < p)..]
                .iter()
                .take_while(|e| e.1 == p)
                .find(|e| e.2 == option)
                .map(|e| e.0),
        }
    });
    let candidates: Vec<Candidate<'_>> = seekers
        .iter()
        .zip(&input.participants)
        .zip(&given)
        .zip(decided_by)
        .map(|(((seeker, person), places), decided_by)| Candidate {
            person,
            seeker,
            given: places,
            decided_by,
        })
        .collect();
    Ok(Allocation {
        seed: input.seed,
        quality: quality(&candidates, most, places_given),
        explanations: explain(&candidates, input),
        assignments,
        objective: solved.cost,
        objective_levels: levels.names(),
    })
}

/// Edges all counterfactual searches of their own may scan, about (a search scans up to every
/// edge); at least [`MIN_SEARCHES`] are made whatever the size, which covers any event of
/// ordinary size in full.
const SEARCH_WORK: usize = 20_000_000;
const MIN_SEARCHES: usize = 100;

/// For each participant whose explanation is about who took the places, the level that kept
/// the place from them: one cheapest-cycle search on the solved network per such person.
fn counterfactuals(
    network: &Network,
    levels: &Levels,
    input: &AllocationInput,
    seekers: &[Seeker],
    given: &[Vec<(usize, Option<u32>)>],
    edge_for: impl Fn(usize, Wanted) -> Option<EdgeId>,
) -> Vec<Option<Cause>> {
    let asked: Vec<(usize, EdgeId)> = seekers
        .iter()
        .zip(&input.participants)
        .zip(given)
        .enumerate()
        .filter_map(|(p, ((seeker, person), places))| {
            let want = wanted(person, seeker, places, input)?;
            Some((p, edge_for(p, want)?))
        })
        .collect();
    let edges: Vec<EdgeId> = asked.iter().map(|(_, edge)| *edge).collect();
    // Searches of their own (one each) cost about a solve's worth of work in all.
    let budget = (SEARCH_WORK / network.edge_count().max(1)).max(MIN_SEARCHES);
    let mut causes = vec![None; seekers.len()];
    for ((p, _), cycle) in asked
        .iter()
        .zip(network.cheapest_cycles_through(&edges, budget))
    {
        causes[*p] = match cycle {
            Cycle::Costs(cost) => Some(levels.cause_of(&cost)),
            Cycle::Impossible => None,
            Cycle::Unsearched => Some(Cause::Plan),
        };
    }
    causes
}

/// Each participant's open options and the objective's layout.
pub(super) fn prepare(input: &AllocationInput) -> (Vec<Seeker>, Levels) {
    let option_index: HashMap<&str, usize> = input
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id.as_str(), i))
        .collect();
    let seekers = seekers(input, &option_index);
    let units = seekers
        .iter()
        .zip(&input.participants)
        .map(|(s, p)| s.takeable() + p.held)
        .max()
        .unwrap_or(0)
        .max(1) as usize;
    let ranks = seekers
        .iter()
        .flat_map(|s| s.open.iter().filter_map(|o| o.1))
        .max()
        .unwrap_or(0) as usize;
    (seekers, Levels { units, ranks })
}

/// Where each objective level sits in the cost vector.
pub(super) struct Levels {
    /// Place-number levels (the most places anyone can hold).
    pub units: usize,
    /// Rank levels (the worst rank given to an open option).
    pub ranks: usize,
}

impl Levels {
    fn priority(&self) -> usize {
        self.units
    }
    fn rank(&self, rank: u32) -> usize {
        self.units + rank as usize
    }
    fn fit(&self) -> usize {
        self.units + self.ranks + 1
    }
    fn lottery_place(&self) -> usize {
        self.fit() + 1
    }
    fn lottery_rank(&self) -> usize {
        self.fit() + 2
    }
    pub(super) fn dims(&self) -> usize {
        self.fit() + 3
    }
    /// The cause a counterfactual's extra cost names: its first level that is not zero (all
    /// zero: a plan just as good, the lottery included).
    fn cause_of(&self, extra: &[i64]) -> Cause {
        match extra.iter().position(|&c| c != 0) {
            Some(level) if level < self.priority() => Cause::Needed,
            Some(level) if level == self.priority() => Cause::Priority,
            Some(level) if level < self.fit() => Cause::Ranked,
            Some(level) if level == self.fit() => Cause::Field,
            Some(_) => Cause::Lottery,
            None => Cause::Tie,
        }
    }
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = (1..=self.units)
            .map(|n| format!("-participants holding at least {n} place(s)"))
            .collect();
        names.push("-priority participants placed".to_owned());
        names.extend((1..=self.ranks).map(|r| format!("-places given at rank {r}")));
        names.push("-places in the participant's occupation field".to_owned());
        names.push("-lottery weight of those placed".to_owned());
        names.push("-lottery weight of better ranks".to_owned());
        names
    }
}

/// Each participant's open options, barriers and lottery weight.
fn seekers(input: &AllocationInput, option_index: &HashMap<&str, usize>) -> Vec<Seeker> {
    let luck = luck(input.seed, input.participants.iter().map(|p| p.id.as_str()));
    input
        .participants
        .iter()
        .zip(luck)
        .map(|(person, luck)| {
            let mut rank_of: HashMap<usize, u32> = HashMap::new();
            for id in &person.ranking {
                if let Some(&i) = option_index.get(id.as_str()) {
                    let next = rank_of.len() as u32 + 1;
                    rank_of.entry(i).or_insert(next);
                }
            }
            let mut open = Vec::new();
            let mut barriers = Vec::new();
            for (i, option) in input.options.iter().enumerate() {
                if option.capacity == 0 {
                    continue;
                }
                match check(person, option, &input.rules) {
                    Ok(field_fit) => open.push((i, rank_of.get(&i).copied(), field_fit)),
                    Err(barrier) => barriers.push((i, barrier)),
                }
            }
            Seeker {
                allowed: input.rules.max_per_participant.saturating_sub(person.held),
                open,
                barriers,
                luck,
            }
        })
        .collect()
}

/// Splits open options into groups that share time (chains of overlaps); a participant takes at
/// most one per group. Exact when overlapping options start and end together (slots cut on one
/// grid, as Fairplan makes them); with staggered times it is on the safe side.
fn overlap_groups(
    open: &[(usize, Option<u32>, bool)],
    options: &[OptionSpec],
) -> Vec<Vec<(usize, Option<u32>, bool)>> {
    let mut sorted = open.to_vec();
    sorted.sort_by_key(|o| (options[o.0].time.starts, o.0));
    let mut groups: Vec<Vec<(usize, Option<u32>, bool)>> = Vec::new();
    let mut group_end = i64::MIN;
    for entry in sorted {
        let time = options[entry.0].time;
        match groups.last_mut() {
            Some(group) if time.starts < group_end => {
                group.push(entry);
                group_end = group_end.max(time.ends);
            }
            _ => {
                groups.push(vec![entry]);
                group_end = time.ends;
            }
        }
    }
    groups
}

fn quality(candidates: &[Candidate<'_>], places: u64, given: i64) -> Quality {
    let mut q = Quality {
        participants: candidates.len(),
        places,
        given: u64::try_from(given).unwrap_or(0),
        ..Quality::default()
    };
    for c in candidates {
        let placed = c.person.held > 0 || !c.given.is_empty();
        q.placed += usize::from(placed);
        if c.person.priority {
            q.priority += 1;
            q.priority_placed += usize::from(placed);
        }
        if !c.person.ranking.is_empty() {
            q.ranked += 1;
            let best = c.given.iter().filter_map(|g| g.1).min();
            q.first_choice += usize::from(best == Some(1));
            q.top_three += usize::from(best.is_some_and(|r| r <= 3));
        }
    }
    q.left_out = q.participants - q.placed;
    q
}
