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
    /// Each node's own edges (even ids), in the order they were added.
    adjacency: Vec<Vec<EdgeId>>,
    /// Each node's reverse edges (odd ids) that have had room: a reverse edge gains room only
    /// when flow is sent along its forward edge, so a node with thousands of incoming edges
    /// lists only the few that carry flow, and a search scans those instead of thousands of
    /// edges without room.
    reverse: Vec<Vec<EdgeId>>,
    /// Whether each edge pair's reverse edge is in its node's `reverse` list.
    reverse_listed: Vec<bool>,
    /// Where each edge leads and its room left, side by side: a search reads both for every
    /// edge it scans, and edges of one node lie far apart, so one cache line instead of two.
    edges: Vec<Residual>,
    cost: Vec<i64>,
    /// The potentials the last solve ended with (every edge with room has a non-negative
    /// reduced cost under them); empty before a solve.
    potential: Vec<i64>,
}

/// One direction of an edge in the residual network: where it leads and how much room it has.
#[derive(Clone, Copy, Debug)]
struct Residual {
    head: u32,
    room: i32,
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
            reverse: vec![Vec::new(); nodes],
            reverse_listed: Vec::new(),
            edges: Vec::new(),
            cost: Vec::new(),
            potential: Vec::new(),
        }
    }

    /// Adds a node and returns it.
    pub fn add_node(&mut self) -> usize {
        self.adjacency.push(Vec::new());
        self.reverse.push(Vec::new());
        self.adjacency.len() - 1
    }

    /// Number of nodes.
    pub fn nodes(&self) -> usize {
        self.adjacency.len()
    }

    /// Number of edges (each with its reverse).
    pub(super) fn edge_count(&self) -> usize {
        self.edges.len() / 2
    }

    /// Adds an edge `from -> to` carrying at most `capacity` units at `cost` per unit (`cost`
    /// has one value per level; missing levels are 0). Capacities are held as 32-bit numbers:
    /// one above 2,147,483,647 (far more places than any event has) counts as that many.
    pub fn add_edge(&mut self, from: usize, to: usize, capacity: i64, cost: &[i64]) -> EdgeId {
        let id = self.edges.len();
        // Written straight into the cost array (no vector per edge: networks reach millions).
        let at = self.cost.len();
        self.cost.extend(cost.iter().take(self.dims));
        self.cost.resize(at + self.dims, 0);
        for k in 0..self.dims {
            let reverse = -self.cost[at + k];
            self.cost.push(reverse);
        }
        self.edges.push(Residual {
            head: node_number(to),
            room: i32::try_from(capacity.max(0)).unwrap_or(i32::MAX),
        });
        self.adjacency[from].push(id);
        self.edges.push(Residual {
            head: node_number(from),
            room: 0,
        });
        self.reverse_listed.push(false);
        id
    }

    /// The edges leaving `node` that may have room, as two lists: its own, then the reverse
    /// edges that have carried flow back. (Two plain slices, not a chained iterator: the
    /// searches' inner loops run over them hundreds of millions of times.)
    pub(super) fn edges_from(&self, node: usize) -> [&[EdgeId]; 2] {
        [&self.adjacency[node], &self.reverse[node]]
    }

    /// `node`'s own edges, in the order they were added.
    pub(super) fn own_edges(&self, node: usize) -> &[EdgeId] {
        &self.adjacency[node]
    }

    /// Sends `units` along `edge`, giving its reverse edge room (and a place in its node's
    /// list of reverse edges the first time).
    fn push(&mut self, edge: EdgeId, units: i64) {
        // Units never exceed the room of an edge, itself an i32.
        let units = i32::try_from(units).unwrap_or(i32::MAX);
        self.edges[edge].room -= units;
        self.edges[edge ^ 1].room += units;
        let back = edge ^ 1;
        if back % 2 == 1 && !self.reverse_listed[back / 2] {
            self.reverse_listed[back / 2] = true;
            let node = self.head(edge);
            self.reverse[node].push(back);
        }
    }

    /// Where `edge` leads.
    pub(super) fn head(&self, edge: EdgeId) -> usize {
        self.edges[edge].head as usize
    }

    /// Where `edge` starts.
    pub(super) fn tail(&self, edge: EdgeId) -> usize {
        self.edges[edge ^ 1].head as usize
    }

    /// Units `edge` can still take.
    pub(super) fn room(&self, edge: EdgeId) -> i64 {
        i64::from(self.edges[edge].room)
    }

    /// Units flowing through `edge` now.
    pub fn flow(&self, edge: EdgeId) -> i64 {
        self.room(edge ^ 1)
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
                    units = units.min(self.room(edge));
                    v = self.tail(edge);
                }
                let mut v = sink;
                while v != start {
                    let edge = search.via[v];
                    self.push(edge, units);
                    v = self.tail(edge);
                }
                search.reset();
                left -= units;
                sent += units;
                handled += units;
                progress(handled);
            }
            handled += left;
        }
        self.potential = potential;
        Solved {
            flow: sent,
            cost: self.total_cost(),
        }
    }

    /// The cost of the flow now, level by level.
    fn total_cost(&self) -> Vec<i64> {
        let mut total = vec![0i64; self.dims];
        for edge in (0..self.edges.len()).step_by(2) {
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
    /// distances from a virtual root joined to every node at no cost, by Bellman-Ford. The first
    /// pass reads the edge arrays front to back (millions of edges stay quick, where following
    /// each node's list jumps about); later passes relax only the edges of nodes whose distance
    /// changed in the pass before, through their lists, which in a layered network are few and
    /// short (in a complete bipartite network, one sink edge per person). A network with a
    /// negative cycle never settles; after as many passes as nodes it is left as it stands
    /// (callers build networks in layers, which have none).
    fn initial_potentials(&self) -> Vec<i64> {
        let n = self.nodes();
        let mut relax = Relaxation {
            dims: self.dims,
            dist: vec![0i64; n * self.dims],
            candidate: vec![0i64; self.dims],
            marked: vec![false; n],
            changed: Vec::new(),
        };
        // Own edges in storage order, then the reverse edges that have room (none before the
        // first solve): every edge with room, without reading the many that have none.
        let reverse_with_room = self.reverse.iter().flatten().copied();
        for edge in (0..self.edges.len()).step_by(2).chain(reverse_with_room) {
            relax.edge(self, edge);
        }
        for _ in 1..n {
            if relax.changed.is_empty() {
                break;
            }
            let nodes = std::mem::take(&mut relax.changed);
            for &u in &nodes {
                relax.marked[u] = false;
            }
            for &u in &nodes {
                for &edge in self.edges_from(u).into_iter().flatten() {
                    relax.edge(self, edge);
                }
            }
        }
        relax.dist
    }
}

/// Bellman-Ford's working state: distances so far and the nodes whose distance changed since
/// their edges were last relaxed.
struct Relaxation {
    dims: usize,
    dist: Vec<i64>,
    candidate: Vec<i64>,
    marked: Vec<bool>,
    changed: Vec<usize>,
}

impl Relaxation {
    /// Relaxes `edge` if it has room, noting its head if that got nearer.
    fn edge(&mut self, network: &Network, edge: EdgeId) {
        if network.room(edge) <= 0 {
            return;
        }
        let dims = self.dims;
        let (u, v) = (network.tail(edge), network.head(edge));
        let cost = network.cost_of(edge);
        let from = &self.dist[u * dims..(u + 1) * dims];
        for ((candidate, at_u), cost) in self.candidate.iter_mut().zip(from).zip(cost) {
            *candidate = at_u + cost;
        }
        if self.candidate.as_slice() < &self.dist[v * dims..(v + 1) * dims] {
            self.dist[v * dims..(v + 1) * dims].copy_from_slice(&self.candidate);
            if !self.marked[v] {
                self.marked[v] = true;
                self.changed.push(v);
            }
        }
    }
}

/// A node's index as stored in an edge (networks stay far below four billion nodes).
fn node_number(node: usize) -> u32 {
    u32::try_from(node).unwrap_or(u32::MAX)
}

#[path = "flow_cycles.rs"]
mod cycles;
pub(super) use cycles::Cycle;

#[cfg(test)]
#[path = "flow_tests.rs"]
mod tests;
