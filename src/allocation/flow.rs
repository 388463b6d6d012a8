//! Min-cost flow with lexicographic costs: successive shortest paths (Dijkstra on reduced costs
//! with potentials, one unit of supply at a time from its own node) where every cost is a
//! vector of `i64` compared level by level.
//!
//! Vectors under componentwise addition and lexicographic order form an ordered group, so the
//! usual optimality argument (no negative residual cycle ⇔ minimum cost) holds unchanged, and a
//! better value on an earlier level always outweighs anything on later levels: no weights to
//! choose, no overflow. Units that need not flow take a zero-cost edge straight to the sink, so
//! the cheapest flow for the supplies is the cheapest flow of any size.
//!
//! Pure: no IO, no clock, no randomness.

use super::search::Search;

/// An edge's index, for reading its flow afterwards.
pub type EdgeId = usize;

/// A flow network whose costs have `dims` levels.
#[derive(Clone, Debug)]
pub struct Network {
    dims: usize,
    /// Each node's edges, in the order they were added.
    pub(super) adjacency: Vec<Vec<EdgeId>>,
    /// Where each edge leads.
    pub(super) head: Vec<usize>,
    /// Each edge's room left.
    pub(super) capacity: Vec<i64>,
    cost: Vec<i64>,
}

/// What a solve achieved: the flow sent and its total cost per level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solved {
    /// Units sent from source to sink.
    pub flow: i64,
    /// Total cost, level by level.
    pub cost: Vec<i64>,
}

impl Network {
    /// An empty network with `nodes` nodes and costs of `dims` levels.
    pub fn new(nodes: usize, dims: usize) -> Self {
        Self {
            dims,
            adjacency: vec![Vec::new(); nodes],
            head: Vec::new(),
            capacity: Vec::new(),
            cost: Vec::new(),
        }
    }

    /// Adds a node and returns it.
    pub fn add_node(&mut self) -> usize {
        self.adjacency.push(Vec::new());
        self.adjacency.len() - 1
    }

    /// Number of nodes.
    pub fn nodes(&self) -> usize {
        self.adjacency.len()
    }

    /// Adds an edge `from -> to` carrying at most `capacity` units at `cost` per unit (`cost`
    /// has one value per level; missing levels are 0).
    pub fn add_edge(&mut self, from: usize, to: usize, capacity: i64, cost: &[i64]) -> EdgeId {
        let id = self.head.len();
        // Written straight into the cost array (no vector per edge: networks reach millions).
        let at = self.cost.len();
        self.cost.extend(cost.iter().take(self.dims));
        self.cost.resize(at + self.dims, 0);
        for k in 0..self.dims {
            let reverse = -self.cost[at + k];
            self.cost.push(reverse);
        }
        self.head.push(to);
        self.capacity.push(capacity);
        self.adjacency[from].push(id);
        self.head.push(from);
        self.capacity.push(0);
        self.adjacency[to].push(id + 1);
        id
    }

    /// Units flowing through `edge` now.
    pub fn flow(&self, edge: EdgeId) -> i64 {
        self.capacity[edge ^ 1]
    }

    /// `edge`'s cost, level by level.
    pub(super) fn cost_of(&self, edge: EdgeId) -> &[i64] {
        &self.cost[edge * self.dims..(edge + 1) * self.dims]
    }

    /// Routes every unit of `supplies` (node, units) to `sink` for the least total cost. Each
    /// unit is sent alone along a shortest path from its own node: a path of zero reduced cost
    /// if a short search finds one, else Dijkstra on reduced costs, stopping once nothing left
    /// is nearer than the sink. When the sink is near, as it is while free places or free
    /// people abound, a unit costs a handful of steps instead of a search of the whole network. Sending a supply's units one node at a time, in any order, still ends at
    /// the cheapest flow for these supplies (each shortest-path augmentation keeps every residual
    /// reduced cost non-negative, whichever node it starts from).
    ///
    /// Every unit must be able to reach the sink: give a node a zero-cost edge straight to the
    /// sink for units that may stay unused. A unit that cannot is left unsent (the returned
    /// `flow` then falls short of the supplies). The network must have no cycle of negative
    /// cost to start with (true of any network built in layers). `progress` is told the units
    /// handled so far.
    pub fn min_cost_supply(
        &mut self,
        supplies: &[(usize, i64)],
        sink: usize,
        mut progress: impl FnMut(i64),
    ) -> Solved {
        let dims = self.dims;
        let n = self.nodes();
        let mut potential = self.initial_potentials();
        let mut search = Search::new(n, dims);
        let mut handled = 0i64;
        let mut sent = 0i64;
        for &(start, supply) in supplies {
            let mut left = supply;
            while left > 0 {
                let found = search.zero_path(self, &potential, start, sink)
                    || search.shortest_path(self, &potential, start, sink);
                if !found {
                    search.reset();
                    break;
                }
                // Settled nodes move by (their distance - the sink's); nothing else moves. This
                // is the usual update shifted by a constant, which no reduced cost can see.
                for &v in &search.settled_nodes {
                    for k in 0..dims {
                        potential[v * dims + k] +=
                            search.dist[v * dims + k] - search.dist[sink * dims + k];
                    }
                }
                let mut units = left;
                let mut v = sink;
                while v != start {
                    let edge = search.via[v];
                    units = units.min(self.capacity[edge]);
                    v = self.head[edge ^ 1];
                }
                let mut v = sink;
                while v != start {
                    let edge = search.via[v];
                    self.capacity[edge] -= units;
                    self.capacity[edge ^ 1] += units;
                    v = self.head[edge ^ 1];
                }
                search.reset();
                left -= units;
                sent += units;
                handled += units;
                progress(handled);
            }
            handled += left;
        }
        Solved {
            flow: sent,
            cost: self.total_cost(),
        }
    }

    /// The cost of the flow now, level by level.
    fn total_cost(&self) -> Vec<i64> {
        let mut total = vec![0i64; self.dims];
        for edge in (0..self.head.len()).step_by(2) {
            let flow = self.flow(edge);
            if flow != 0 {
                for (sum, cost) in total.iter_mut().zip(self.cost_of(edge)) {
                    *sum += flow * cost;
                }
            }
        }
        total
    }

    /// Potentials under which every edge with room has a non-negative reduced cost: shortest
    /// distances from a virtual root joined to every node at no cost. Bellman-Ford in passes
    /// over the edge arrays in the order they are stored: a pass reads memory front to back
    /// (millions of edges stay quick, where following each node's list jumps about), and the
    /// number of passes is one more than the most edges on a shortest path, a handful in a
    /// layered network. A network with a negative cycle never settles; after as many passes as
    /// nodes it is left as it stands (callers build networks in layers, which have none).
    fn initial_potentials(&self) -> Vec<i64> {
        let dims = self.dims;
        let n = self.nodes();
        let mut dist = vec![0i64; n * dims];
        let mut candidate = vec![0i64; dims];
        for _ in 0..n.max(1) {
            let mut changed = false;
            for edge in 0..self.head.len() {
                if self.capacity[edge] <= 0 {
                    continue;
                }
                let (u, v) = (self.head[edge ^ 1], self.head[edge]);
                let cost = self.cost_of(edge);
                for k in 0..dims {
                    candidate[k] = dist[u * dims + k] + cost[k];
                }
                if candidate.as_slice() < &dist[v * dims..(v + 1) * dims] {
                    dist[v * dims..(v + 1) * dims].copy_from_slice(&candidate);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        dist
    }
}

#[cfg(test)]
#[path = "flow_tests.rs"]
mod tests;
