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

/// An edge's index, for reading its flow afterwards.
pub type EdgeId = usize;

/// A flow network whose costs have `dims` levels.
#[derive(Clone, Debug)]
pub struct Network {
    dims: usize,
    adjacency: Vec<Vec<EdgeId>>,
    head: Vec<usize>,
    capacity: Vec<i64>,
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

    fn cost_of(&self, edge: EdgeId) -> &[i64] {
        &self.cost[edge * self.dims..(edge + 1) * self.dims]
    }

    /// Routes every unit of `supplies` (node, units) to `sink` for the least total cost. Each
    /// unit is sent alone along a shortest path from its own node (Dijkstra on reduced costs,
    /// stopping as soon as the sink is reached): when the sink is near, as it is while free
    /// places or free people abound, a unit costs a handful of steps instead of a search of the
    /// whole network. Sending a supply's units one node at a time, in any order, still ends at
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
    /// distances from a virtual root joined to every node at no cost (Bellman-Ford with a
    /// queue; quick on layered networks).
    fn initial_potentials(&self) -> Vec<i64> {
        let dims = self.dims;
        let n = self.nodes();
        let mut dist = vec![0i64; n * dims];
        let mut queue: std::collections::VecDeque<usize> = (0..n).collect();
        let mut queued = vec![true; n];
        let mut candidate = vec![0i64; dims];
        while let Some(u) = queue.pop_front() {
            queued[u] = false;
            for &edge in &self.adjacency[u] {
                if self.capacity[edge] <= 0 {
                    continue;
                }
                let v = self.head[edge];
                let cost = self.cost_of(edge);
                for k in 0..dims {
                    candidate[k] = dist[u * dims + k] + cost[k];
                }
                if candidate.as_slice() < &dist[v * dims..(v + 1) * dims] {
                    dist[v * dims..(v + 1) * dims].copy_from_slice(&candidate);
                    if !queued[v] {
                        queued[v] = true;
                        queue.push_back(v);
                    }
                }
            }
        }
        dist
    }
}

/// One shortest-path search's working memory, kept between searches so that each costs only
/// the nodes it touches.
struct Search {
    dims: usize,
    dist: Vec<i64>,
    reached: Vec<bool>,
    settled: Vec<bool>,
    via: Vec<EdgeId>,
    touched: Vec<usize>,
    settled_nodes: Vec<usize>,
    heap: IndexedHeap,
    reduced: Vec<i64>,
}

impl Search {
    fn new(nodes: usize, dims: usize) -> Self {
        Self {
            dims,
            dist: vec![0; nodes * dims],
            reached: vec![false; nodes],
            settled: vec![false; nodes],
            via: vec![usize::MAX; nodes],
            touched: Vec::new(),
            settled_nodes: Vec::new(),
            heap: IndexedHeap::new(nodes),
            reduced: vec![0; dims],
        }
    }

    /// Dijkstra from `start` on reduced costs until `sink` is settled; false if it cannot be.
    fn shortest_path(
        &mut self,
        network: &Network,
        potential: &[i64],
        start: usize,
        sink: usize,
    ) -> bool {
        let dims = self.dims;
        self.dist[start * dims..(start + 1) * dims].fill(0);
        self.reached[start] = true;
        self.touched.push(start);
        self.heap.push_or_decrease(start, &self.dist, dims);
        while let Some(u) = self.heap.pop(&self.dist, dims) {
            self.settled[u] = true;
            self.settled_nodes.push(u);
            if u == sink {
                return true;
            }
            for &edge in &network.adjacency[u] {
                if network.capacity[edge] <= 0 {
                    continue;
                }
                let v = network.head[edge];
                if self.settled[v] {
                    continue;
                }
                let cost = network.cost_of(edge);
                for k in 0..dims {
                    self.reduced[k] = self.dist[u * dims + k] + cost[k] + potential[u * dims + k]
                        - potential[v * dims + k];
                }
                let better = !self.reached[v]
                    || self.reduced.as_slice() < &self.dist[v * dims..(v + 1) * dims];
                if better {
                    if !self.reached[v] {
                        self.reached[v] = true;
                        self.touched.push(v);
                    }
                    self.dist[v * dims..(v + 1) * dims].copy_from_slice(&self.reduced);
                    self.via[v] = edge;
                    self.heap.push_or_decrease(v, &self.dist, dims);
                }
            }
            // Once no node left in the heap is nearer than the sink, the sink's path is a
            // shortest one: stop before settling the (often many) nodes tied with it.
            if self.reached[sink] && self.heap.peek().is_none_or(|top| !self.nearer(top, sink)) {
                self.heap.clear();
                self.settled[sink] = true;
                self.settled_nodes.push(sink);
                return true;
            }
        }
        false
    }

    /// Whether node `a` is strictly nearer than node `b`.
    fn nearer(&self, a: usize, b: usize) -> bool {
        let dims = self.dims;
        self.dist[a * dims..(a + 1) * dims] < self.dist[b * dims..(b + 1) * dims]
    }

    /// Looks for a path of zero reduced cost from `start` to `sink`, breadth first over edges
    /// with room, giving up after scanning a fixed number of edges. Such a path is a shortest path
    /// (no reduced cost is negative), and sending along it moves no potential, so the common
    /// case (a free place or person right next to the start) needs no heap at all.
    fn zero_path(
        &mut self,
        network: &Network,
        potential: &[i64],
        start: usize,
        sink: usize,
    ) -> bool {
        const BUDGET: usize = 4096;
        let dims = self.dims;
        let mut scanned = 0;
        let mut queue = std::collections::VecDeque::from([start]);
        self.reached[start] = true;
        self.touched.push(start);
        while let Some(u) = queue.pop_front() {
            for &edge in &network.adjacency[u] {
                scanned += 1;
                let v = network.head[edge];
                if network.capacity[edge] <= 0 || self.reached[v] {
                    continue;
                }
                let cost = network.cost_of(edge);
                let admissible = (0..dims)
                    .all(|k| cost[k] + potential[u * dims + k] - potential[v * dims + k] == 0);
                if !admissible {
                    continue;
                }
                self.reached[v] = true;
                self.touched.push(v);
                self.via[v] = edge;
                if v == sink || self.sink_next_to(network, potential, v, sink) {
                    return true;
                }
                queue.push_back(v);
            }
            if scanned > BUDGET {
                break;
            }
        }
        self.reset();
        false
    }

    /// Whether one of `v`'s leading edges to the sink (networks put them first) has room and
    /// zero reduced cost; if so it becomes the path's last edge. Looking ahead like this finds a
    /// free place behind a node without scanning the rest of its (often long) adjacency.
    fn sink_next_to(
        &mut self,
        network: &Network,
        potential: &[i64],
        v: usize,
        sink: usize,
    ) -> bool {
        let dims = self.dims;
        for &edge in &network.adjacency[v] {
            if network.head[edge] != sink {
                return false;
            }
            let cost = network.cost_of(edge);
            let admissible = network.capacity[edge] > 0
                && (0..dims)
                    .all(|k| cost[k] + potential[v * dims + k] - potential[sink * dims + k] == 0);
            if admissible {
                self.reached[sink] = true;
                self.touched.push(sink);
                self.via[sink] = edge;
                return true;
            }
        }
        false
    }

    /// Forgets the last search (only the nodes it touched).
    fn reset(&mut self) {
        self.heap.clear();
        for &v in &self.touched {
            self.reached[v] = false;
            self.settled[v] = false;
            self.via[v] = usize::MAX;
        }
        self.touched.clear();
        self.settled_nodes.clear();
    }
}

/// A binary min-heap of nodes keyed by their distance vectors, with decrease-key.
struct IndexedHeap {
    items: Vec<usize>,
    position: Vec<usize>,
}

const ABSENT: usize = usize::MAX;

impl IndexedHeap {
    fn new(nodes: usize) -> Self {
        Self {
            items: Vec::new(),
            position: vec![ABSENT; nodes],
        }
    }

    fn less(a: usize, b: usize, dist: &[i64], dims: usize) -> bool {
        dist[a * dims..(a + 1) * dims] < dist[b * dims..(b + 1) * dims]
    }

    fn push_or_decrease(&mut self, node: usize, dist: &[i64], dims: usize) {
        let mut at = self.position[node];
        if at == ABSENT {
            at = self.items.len();
            self.items.push(node);
            self.position[node] = at;
        }
        self.sift_up(at, dist, dims);
    }

    fn peek(&self) -> Option<usize> {
        self.items.first().copied()
    }

    fn clear(&mut self) {
        for node in self.items.drain(..) {
            self.position[node] = ABSENT;
        }
    }

    fn pop(&mut self, dist: &[i64], dims: usize) -> Option<usize> {
        let top = *self.items.first()?;
        let last = self.items.len() - 1;
        self.items.swap(0, last);
        self.position[self.items[0]] = 0;
        self.items.pop();
        self.position[top] = ABSENT;
        if !self.items.is_empty() {
            self.sift_down(0, dist, dims);
        }
        Some(top)
    }

    fn sift_up(&mut self, mut at: usize, dist: &[i64], dims: usize) {
        while at > 0 {
            let parent = (at - 1) / 2;
            if !Self::less(self.items[at], self.items[parent], dist, dims) {
                break;
            }
            self.swap(at, parent);
            at = parent;
        }
    }

    fn sift_down(&mut self, mut at: usize, dist: &[i64], dims: usize) {
        loop {
            let (left, right) = (2 * at + 1, 2 * at + 2);
            let mut smallest = at;
            if left < self.items.len()
                && Self::less(self.items[left], self.items[smallest], dist, dims)
            {
                smallest = left;
            }
            if right < self.items.len()
                && Self::less(self.items[right], self.items[smallest], dist, dims)
            {
                smallest = right;
            }
            if smallest == at {
                break;
            }
            self.swap(at, smallest);
            at = smallest;
        }
    }

    fn swap(&mut self, a: usize, b: usize) {
        self.items.swap(a, b);
        self.position[self.items[a]] = a;
        self.position[self.items[b]] = b;
    }
}

#[cfg(test)]
#[path = "flow_tests.rs"]
mod tests;
