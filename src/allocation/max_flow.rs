//! Maximum flow by Dinic's algorithm: levels by breadth-first search from the source, then
//! blocking flow along edges that climb one level at a time, each node remembering how far
//! through its edges it has got, so a phase touches every edge a bounded number of times.
//!
//! Used where costs no longer matter: once the rotation has fixed the wanted meetings, filling
//! the remaining rounds and seats is a plain b-matching, which this settles in a few phases
//! instead of one shortest-path search per meeting.
//!
//! Pure: no IO, no clock, no randomness.

use std::collections::VecDeque;

/// An edge's index, for reading its flow afterwards.
pub type EdgeId = usize;

/// A network of capacities (no costs).
#[derive(Clone, Debug, Default)]
pub struct MaxFlow {
    /// Each node's edges, in the order they were added.
    adjacency: Vec<Vec<EdgeId>>,
    /// Where each edge leads; edge `e ^ 1` is the reverse of `e`.
    head: Vec<usize>,
    /// Each edge's room left.
    capacity: Vec<i64>,
}

/// Marks a node the current phase cannot use.
const UNREACHED: usize = usize::MAX;

impl MaxFlow {
    /// An empty network with `nodes` nodes.
    pub fn new(nodes: usize) -> Self {
        Self {
            adjacency: vec![Vec::new(); nodes],
            ..Self::default()
        }
    }

    /// Adds an edge `from -> to` carrying at most `capacity` units.
    pub fn add_edge(&mut self, from: usize, to: usize, capacity: i64) -> EdgeId {
        let id = self.head.len();
        self.head.extend([to, from]);
        self.capacity.extend([capacity, 0]);
        self.adjacency[from].push(id);
        self.adjacency[to].push(id + 1);
        id
    }

    /// Units flowing through `edge` now.
    pub fn flow(&self, edge: EdgeId) -> i64 {
        self.capacity[edge ^ 1]
    }

    /// Sends as much as the network allows from `source` to `sink`, on top of any flow already
    /// sent, and returns how much this call added.
    pub fn run(&mut self, source: usize, sink: usize) -> i64 {
        let n = self.adjacency.len();
        let mut level = vec![UNREACHED; n];
        let mut cursor = vec![0usize; n];
        let mut queue = VecDeque::new();
        let mut path = Vec::new();
        let mut total = 0;
        loop {
            level.fill(UNREACHED);
            level[source] = 0;
            queue.push_back(source);
            while let Some(u) = queue.pop_front() {
                for &edge in &self.adjacency[u] {
                    let v = self.head[edge];
                    if self.capacity[edge] > 0 && level[v] == UNREACHED {
                        level[v] = level[u] + 1;
                        queue.push_back(v);
                    }
                }
            }
            if level[sink] == UNREACHED {
                return total;
            }
            cursor.fill(0);
            loop {
                let sent = self.augment(source, sink, &mut level, &mut cursor, &mut path);
                if sent == 0 {
                    break;
                }
                total += sent;
            }
        }
    }

    /// Finds one path up the levels from `source` to `sink` and sends its bottleneck along it;
    /// returns 0 when the phase is blocked. Nodes found to lead nowhere are dropped from the
    /// phase, and each node's cursor skips edges already found useless.
    fn augment(
        &mut self,
        source: usize,
        sink: usize,
        level: &mut [usize],
        cursor: &mut [usize],
        path: &mut Vec<EdgeId>,
    ) -> i64 {
        path.clear();
        let mut u = source;
        loop {
            if u == sink {
                let sent = path
                    .iter()
                    .map(|&edge| self.capacity[edge])
                    .min()
                    .unwrap_or(0);
                for &edge in path.iter() {
                    self.capacity[edge] -= sent;
                    self.capacity[edge ^ 1] += sent;
                }
                return sent;
            }
            let next = self.adjacency[u][cursor[u]..].iter().position(|&edge| {
                let v = self.head[edge];
                self.capacity[edge] > 0 && level[v] == level[u] + 1
            });
            match next {
                Some(skip) => {
                    cursor[u] += skip;
                    let edge = self.adjacency[u][cursor[u]];
                    path.push(edge);
                    u = self.head[edge];
                }
                None => {
                    cursor[u] = self.adjacency[u].len();
                    level[u] = UNREACHED;
                    let Some(edge) = path.pop() else {
                        return 0;
                    };
                    u = self.head[edge ^ 1];
                    cursor[u] += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_crossing_path_is_undone_to_reach_the_maximum() {
        // s -> a, s -> b; a -> x, a -> y; b -> x; x, y -> t. Greedy a -> x blocks b; the
        // maximum (2) needs the flow on a -> x moved to a -> y.
        let (s, a, b, x, y, t) = (0, 1, 2, 3, 4, 5);
        let mut network = MaxFlow::new(6);
        network.add_edge(s, a, 1);
        network.add_edge(s, b, 1);
        let ax = network.add_edge(a, x, 1);
        let ay = network.add_edge(a, y, 1);
        let bx = network.add_edge(b, x, 1);
        network.add_edge(x, t, 1);
        network.add_edge(y, t, 1);
        assert_eq!(network.run(s, t), 2);
        assert_eq!(
            (network.flow(ax), network.flow(ay), network.flow(bx)),
            (0, 1, 1)
        );
        assert_eq!(network.run(s, t), 0, "nothing more once at the maximum");
    }

    /// The maximum flow by brute force: the smallest cut over every set of nodes holding the
    /// source and not the sink.
    fn min_cut(nodes: usize, edges: &[(usize, usize, i64)]) -> i64 {
        let (source, sink) = (0, nodes - 1);
        (0u32..1 << nodes)
            .filter(|set| set & 1 << source != 0 && set & 1 << sink == 0)
            .map(|set| {
                edges
                    .iter()
                    .filter(|(from, to, _)| set & 1 << from != 0 && set & 1 << to == 0)
                    .map(|(_, _, capacity)| capacity)
                    .sum::<i64>()
            })
            .min()
            .unwrap_or(0)
    }

    proptest! {
        /// Max-flow equals min-cut on random small networks, and the flow found respects every
        /// capacity and is conserved at every inner node.
        #[test]
        fn the_flow_equals_the_minimum_cut(
            nodes in 2usize..8,
            raw in prop::collection::vec((0usize..8, 0usize..8, 0i64..5), 0..20),
        ) {
            let edges: Vec<(usize, usize, i64)> = raw
                .into_iter()
                .map(|(from, to, capacity)| (from % nodes, to % nodes, capacity))
                .filter(|(from, to, _)| from != to)
                .collect();
            let mut network = MaxFlow::new(nodes);
            let ids: Vec<EdgeId> = edges
                .iter()
                .map(|&(from, to, capacity)| network.add_edge(from, to, capacity))
                .collect();
            let total = network.run(0, nodes - 1);
            prop_assert_eq!(total, min_cut(nodes, &edges));
            let mut balance = vec![0i64; nodes];
            for (&(from, to, capacity), &id) in edges.iter().zip(&ids) {
                let flow = network.flow(id);
                prop_assert!((0..=capacity).contains(&flow));
                balance[from] -= flow;
                balance[to] += flow;
            }
            prop_assert_eq!(balance[nodes - 1], total);
            prop_assert!(balance[1..nodes - 1].iter().all(|b| *b == 0));
        }
    }
}
