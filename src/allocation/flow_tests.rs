//! The solver against brute force on small assignment problems, with one and two cost levels.

use super::*;
use proptest::prelude::*;

/// Cheapest matching (any size) of a bipartite graph with unit capacities, by trying every
/// choice of partner (or none) for each left node.
fn brute_force(
    left: usize,
    right: usize,
    costs: &[Vec<Option<Vec<i64>>>],
    dims: usize,
) -> Vec<i64> {
    fn go(
        i: usize,
        left: usize,
        used: &mut Vec<bool>,
        costs: &[Vec<Option<Vec<i64>>>],
        sum: &mut Vec<i64>,
        best: &mut Vec<i64>,
    ) {
        if i == left {
            if *sum < *best {
                best.clone_from(sum);
            }
            return;
        }
        go(i + 1, left, used, costs, sum, best);
        for j in 0..used.len() {
            if let (false, Some(cost)) = (used[j], &costs[i][j]) {
                used[j] = true;
                for (s, c) in sum.iter_mut().zip(cost) {
                    *s += c;
                }
                go(i + 1, left, used, costs, sum, best);
                for (s, c) in sum.iter_mut().zip(cost) {
                    *s -= c;
                }
                used[j] = false;
            }
        }
    }
    let mut best = vec![0; dims];
    go(
        0,
        left,
        &mut vec![false; right],
        costs,
        &mut vec![0; dims],
        &mut best,
    );
    best
}

/// Each left node supplies one unit, which takes a partner or a zero-cost edge to the sink.
fn solve(left: usize, right: usize, costs: &[Vec<Option<Vec<i64>>>], dims: usize) -> Solved {
    let (mut network, supplies, sink) = build(left, right, costs, dims);
    network.min_cost_supply(&supplies, sink, |_| {})
}

/// The network of [`solve`], its supplies and its sink.
fn build(
    left: usize,
    right: usize,
    costs: &[Vec<Option<Vec<i64>>>],
    dims: usize,
) -> (Network, Vec<(usize, i64)>, usize) {
    let mut network = Network::new(left + right + 1, dims);
    let sink = left + right;
    let mut supplies = Vec::new();
    for (i, row) in costs.iter().enumerate().take(left) {
        network.add_edge(i, sink, 1, &[]);
        supplies.push((i, 1));
        for (j, cell) in row.iter().enumerate().take(right) {
            if let Some(cost) = cell {
                network.add_edge(i, left + j, 1, cost);
            }
        }
    }
    for j in 0..right {
        network.add_edge(left + j, sink, 1, &[]);
    }
    (network, supplies, sink)
}

fn instance(dims: usize) -> impl Strategy<Value = (usize, usize, Vec<Vec<Option<Vec<i64>>>>)> {
    (1usize..6, 1usize..6).prop_flat_map(move |(left, right)| {
        let cell = prop::option::weighted(0.7, prop::collection::vec(-4i64..4, dims));
        (
            Just(left),
            Just(right),
            prop::collection::vec(prop::collection::vec(cell, right), left),
        )
    })
}

proptest! {
    #[test]
    fn one_level_matches_brute_force((left, right, costs) in instance(1)) {
        let solved = solve(left, right, &costs, 1);
        prop_assert_eq!(solved.cost, brute_force(left, right, &costs, 1));
    }

    #[test]
    fn three_levels_match_brute_force((left, right, costs) in instance(3)) {
        let solved = solve(left, right, &costs, 3);
        prop_assert_eq!(solved.cost, brute_force(left, right, &costs, 3));
    }

    /// A second solve on the same network starts from a flow whose reverse edges have room
    /// (its first potentials must see them): sending the supplies in two calls still ends at
    /// the optimum.
    #[test]
    fn a_second_solve_on_the_same_network_still_ends_optimal(
        (left, right, costs) in instance(2),
        split in 0usize..6,
    ) {
        let (mut network, supplies, sink) = build(left, right, &costs, 2);
        let (first, rest) = supplies.split_at(split.min(supplies.len()));
        network.min_cost_supply(first, sink, |_| {});
        let solved = network.min_cost_supply(rest, sink, |_| {});
        prop_assert_eq!(solved.cost, brute_force(left, right, &costs, 2));
    }

    /// The first potentials leave no edge with room at a negative reduced cost, also when an
    /// earlier solve gave reverse edges room.
    #[test]
    fn first_potentials_leave_no_edge_with_room_negative(
        (left, right, costs) in instance(2),
        split in 0usize..6,
    ) {
        let (mut network, supplies, sink) = build(left, right, &costs, 2);
        network.min_cost_supply(&supplies[..split.min(supplies.len())], sink, |_| {});
        let potential = network.initial_potentials();
        for edge in 0..network.edges.len() {
            if network.room(edge) <= 0 {
                continue;
            }
            let (u, v) = (network.tail(edge), network.head(edge));
            let reduced: Vec<i64> = (0..2)
                .map(|k| network.cost_of(edge)[k] + potential[u * 2 + k] - potential[v * 2 + k])
                .collect();
            prop_assert!(reduced.as_slice() >= [0, 0].as_slice(), "edge {edge}: {reduced:?}");
        }
    }
}

#[test]
fn an_earlier_level_outweighs_any_amount_on_later_ones() {
    // Two people, one place each side: matching both (level 0: -2) beats one very cheap match
    // on level 1.
    let costs = vec![
        vec![Some(vec![-1, 1000]), Some(vec![-1, -1000])],
        vec![Some(vec![-1, 1000]), None],
    ];
    let solved = solve(2, 2, &costs, 2);
    assert_eq!(solved.flow, 2);
    assert_eq!(solved.cost, vec![-2, 0]);
}

#[test]
fn flows_are_read_back_per_edge() {
    let mut network = Network::new(3, 1);
    let edge = network.add_edge(0, 1, 2, &[-1]);
    network.add_edge(1, 2, 1, &[0]);
    network.add_edge(0, 2, 2, &[0]);
    let solved = network.min_cost_supply(&[(0, 2)], 2, |_| {});
    assert_eq!(solved.flow, 2);
    assert_eq!(solved.cost, vec![-1]);
    assert_eq!(network.flow(edge), 1);
}

#[test]
fn a_unit_with_no_way_to_the_sink_is_left_unsent() {
    let mut network = Network::new(3, 1);
    network.add_edge(0, 1, 1, &[-1]);
    network.add_edge(1, 2, 1, &[0]);
    let solved = network.min_cost_supply(&[(0, 3)], 2, |_| {});
    assert_eq!(solved.flow, 1);
    assert_eq!(solved.cost, vec![-1]);
}

#[test]
fn supplies_from_several_nodes_share_the_cheapest_way() {
    // Two sources compete for one cheap edge; whichever goes first, the cheaper pairing wins.
    let mut network = Network::new(5, 1);
    let (a, b, x, y, sink) = (0, 1, 2, 3, 4);
    network.add_edge(a, x, 1, &[-5]);
    network.add_edge(a, y, 1, &[-4]);
    network.add_edge(b, x, 1, &[-3]);
    network.add_edge(x, sink, 1, &[]);
    network.add_edge(y, sink, 1, &[]);
    network.add_edge(b, sink, 1, &[]);
    let solved = network.min_cost_supply(&[(a, 1), (b, 1)], sink, |_| {});
    assert_eq!(solved.cost, vec![-7]);
}

#[test]
fn first_potentials_see_reverse_edges_that_flow_gave_room() {
    // a -> j costs 5 and must be taken (no other way to the sink); afterwards the way back
    // j -> a costs -5 and has room, though nothing led to j at a negative cost.
    let mut network = Network::new(3, 1);
    let (a, j, sink) = (0, 1, 2);
    let forward = network.add_edge(a, j, 1, &[5]);
    network.add_edge(j, sink, 1, &[]);
    network.min_cost_supply(&[(a, 1)], sink, |_| {});
    assert_eq!(network.flow(forward), 1);
    let potential = network.initial_potentials();
    let back = forward ^ 1;
    assert!(network.room(back) > 0);
    assert!(
        network.cost_of(back)[0] + potential[j] - potential[a] >= 0,
        "potentials {potential:?} leave the way back negative"
    );
}
