//! The quickest way to the rotation's optimum when every round and seat can be filled: fix the
//! wanted meetings first, then fill the rest without costs.
//!
//! 1. A small min-cost flow over the wanted pairs alone: as many wanted meetings as capacities
//!    allow, then the seeded lottery among those who compete for the same table.
//! 2. A max-flow ([`MaxFlow`]) over every other allowed pair for the rounds and seats left.
//!
//! If step 2 fills every participant's rounds and every table's seat-rounds, no plan can do
//! better on any level: the meetings are at their bound, the wanted meetings and the lottery
//! are at the best step 1 found with fewer constraints than the whole, and the spread levels
//! are the same for every plan that fills everything. Otherwise the caller falls back to the
//! full flow. This turns one shortest-path search per meeting into one per wanted meeting.

use super::plan::{Capacities, DIMS, MeetingFlow, Pair};
use crate::allocation::flow::Network;
use crate::allocation::max_flow::MaxFlow;

/// The meetings by the two steps above, or `None` when they do not fill everything.
pub(super) fn wanted_then_filled(
    pairs: &[Pair],
    capacities: &Capacities,
    luck: &[i64],
) -> Option<MeetingFlow> {
    let (p_count, t_count) = (capacities.units.len(), capacities.slots.len());
    let mut taken = wanted_meetings(pairs, capacities, luck);
    let mut rounds_left = capacities.units.clone();
    let mut seats_left = capacities.slots.clone();
    for (pair, _) in pairs.iter().zip(&taken).filter(|(_, taken)| **taken) {
        rounds_left[pair.participant] -= 1;
        seats_left[pair.table] -= 1;
    }

    let (source, sink) = (0, 1);
    let p_node = |p: usize| 2 + p;
    let t_node = |t: usize| 2 + p_count + t;
    let mut network = MaxFlow::new(2 + p_count + t_count);
    for (p, &rounds) in rounds_left.iter().enumerate().filter(|(_, r)| **r > 0) {
        network.add_edge(source, p_node(p), rounds);
    }
    for (t, &seats) in seats_left.iter().enumerate().filter(|(_, s)| **s > 0) {
        network.add_edge(t_node(t), sink, seats);
    }
    let edges: Vec<Option<usize>> = pairs
        .iter()
        .zip(&taken)
        .map(|(pair, taken)| {
            let open = !taken && rounds_left[pair.participant] > 0 && seats_left[pair.table] > 0;
            open.then(|| network.add_edge(p_node(pair.participant), t_node(pair.table), 1))
        })
        .collect();
    network.run(source, sink);
    for (taken, edge) in taken.iter_mut().zip(&edges) {
        *taken |= edge.is_some_and(|edge| network.flow(edge) > 0);
    }

    let mut cost = vec![0i64; DIMS];
    let mut chosen = Vec::new();
    for (pair, _) in pairs.iter().zip(&taken).filter(|(_, taken)| **taken) {
        chosen.push((pair.participant, pair.table));
        let wanted = i64::from(pair.wanted);
        cost[0] -= 1;
        cost[2] -= wanted;
        cost[5] -= luck[pair.participant] * wanted;
    }
    let flow = MeetingFlow { cost, chosen };
    capacities.filled_by(&flow).then_some(flow)
}

/// Which pairs step 1 takes: the most wanted meetings within each participant's rounds and each
/// table's seat-rounds, then the lottery. One flag per pair (unwanted pairs are never taken).
fn wanted_meetings(pairs: &[Pair], capacities: &Capacities, luck: &[i64]) -> Vec<bool> {
    let (p_count, t_count) = (capacities.units.len(), capacities.slots.len());
    let sink = 0;
    let p_node = |p: usize| 1 + p;
    let t_node = |t: usize| 1 + p_count + t;
    let mut network = Network::new(1 + p_count + t_count, DIMS);
    let mut wished = vec![0i64; p_count];
    let edges: Vec<Option<usize>> = pairs
        .iter()
        .map(|pair| {
            pair.wanted.then(|| {
                wished[pair.participant] += 1;
                let cost = [-1, 0, -1, 0, 0, -luck[pair.participant]];
                network.add_edge(p_node(pair.participant), t_node(pair.table), 1, &cost)
            })
        })
        .collect();
    for (t, &seat_rounds) in capacities.slots.iter().enumerate() {
        network.add_edge(t_node(t), sink, seat_rounds, &[]);
    }
    // A participant offers as many units as they may use on wishes; those no table can take
    // go straight to the sink at no cost.
    let mut supplies = Vec::new();
    for (p, &rounds) in capacities.units.iter().enumerate() {
        let units = rounds.min(wished[p]);
        if units > 0 {
            network.add_edge(p_node(p), sink, units, &[]);
            supplies.push((p_node(p), units));
        }
    }
    network.min_cost_supply(&supplies, sink, |_| {});
    edges
        .iter()
        .map(|edge| edge.is_some_and(|edge| network.flow(edge) > 0))
        .collect()
}
