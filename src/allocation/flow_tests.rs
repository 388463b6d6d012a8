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
    network.min_cost_supply(&supplies, sink, |_| {})
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
