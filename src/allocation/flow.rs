//! Min-cost flow with lexicographic costs: successive shortest paths (Dijkstra on reduced costs
//! with potentials) where every cost is a vector of `i64` compared level by level.
//!
//! Vectors under componentwise addition and lexicographic order form an ordered group, so the
//! usual optimality argument (no negative residual cycle ⇔ minimum cost) holds unchanged, and a
//! better value on an earlier level always outweighs anything on later levels: no weights to
//! choose, no overflow. The flow amount is free: augmenting stops when the cheapest path no
//! longer lowers the cost, which gives the cheapest flow of any size (costs are convex in it).
//!
//! Pure: no IO, no clock, no randomness.

use std::cmp::Ordering;

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
        let mut levels = vec![0; self.dims];
        for (slot, value) in levels.iter_mut().zip(cost) {
            *slot = *value;
        }
        self.head.push(to);
        self.capacity.push(capacity);
        self.cost.extend_from_slice(&levels);
        self.adjacency[from].push(id);
        self.head.push(from);
        self.capacity.push(0);
        self.cost.extend(levels.iter().map(|v| -v));
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

    /// Sends flow from `source` to `sink` for the least total cost (sending nothing if nothing
    /// lowers the cost). The network must have no cycle of negative cost to start with (true of
    /// any network built in layers). `progress` is told the flow sent so far.
    pub fn min_cost_flow(
        &mut self,
        source: usize,
        sink: usize,
        mut progress: impl FnMut(i64),
    ) -> Solved {
        let dims = self.dims;
        let n = self.nodes();
        let mut potential = self.initial_potentials(source);
        let mut total = vec![0i64; dims];
        let mut sent = 0i64;
        let mut dist = vec![0i64; n * dims];
        let mut reached = vec![false; n];
        let mut via = vec![usize::MAX; n];
        let mut reduced = vec![0i64; dims];
        let mut heap = IndexedHeap::new(n);
        let mut settled = vec![false; n];
        loop {
            reached.fill(false);
            via.fill(usize::MAX);
            dist[source * dims..(source + 1) * dims].fill(0);
            reached[source] = true;
            heap.push_or_decrease(source, &dist, dims);
            settled.fill(false);
            while let Some(u) = heap.pop(&dist, dims) {
                settled[u] = true;
                if u == sink {
                    // Nothing popped later can shorten the path to the sink.
                    heap.clear();
                    break;
                }
                for &edge in &self.adjacency[u] {
                    if self.capacity[edge] <= 0 {
                        continue;
                    }
                    let v = self.head[edge];
                    if settled[v] {
                        continue;
                    }
                    // reduced = dist[u] + cost + potential[u] - potential[v]
                    let cost = self.cost_of(edge);
                    for k in 0..dims {
                        reduced[k] = dist[u * dims + k] + cost[k] + potential[u * dims + k]
                            - potential[v * dims + k];
                    }
                    let better = !reached[v]
                        || reduced.as_slice().cmp(&dist[v * dims..(v + 1) * dims])
                            == Ordering::Less;
                    if better {
                        dist[v * dims..(v + 1) * dims].copy_from_slice(&reduced);
                        reached[v] = true;
                        via[v] = edge;
                        heap.push_or_decrease(v, &dist, dims);
                    }
                }
            }
            if !reached[sink] {
                break;
            }
            // Settled nodes move by their distance, all others by the sink's: every reduced cost
            // stays non-negative (for u unsettled, its distance is at least the sink's).
            for v in 0..n {
                let from = if settled[v] { v } else { sink };
                for k in 0..dims {
                    potential[v * dims + k] += dist[from * dims + k];
                }
            }
            // With potentials now equal to true distances, the path's real cost is
            // potential[sink] - potential[source].
            let path_cost: Vec<i64> = (0..dims)
                .map(|k| potential[sink * dims + k] - potential[source * dims + k])
                .collect();
            if path_cost.iter().find(|v| **v != 0).is_none_or(|v| *v > 0) {
                break;
            }
            let mut bottleneck = i64::MAX;
            let mut v = sink;
            while v != source {
                let edge = via[v];
                bottleneck = bottleneck.min(self.capacity[edge]);
                v = self.head[edge ^ 1];
            }
            let mut v = sink;
            while v != source {
                let edge = via[v];
                self.capacity[edge] -= bottleneck;
                self.capacity[edge ^ 1] += bottleneck;
                v = self.head[edge ^ 1];
            }
            for k in 0..dims {
                total[k] += bottleneck * path_cost[k];
            }
            sent += bottleneck;
            progress(sent);
        }
        Solved {
            flow: sent,
            cost: total,
        }
    }

    /// Shortest distances from `source` over edges with room (Bellman-Ford with a queue), so
    /// that every reduced cost starts non-negative; unreachable nodes get 0.
    fn initial_potentials(&self, source: usize) -> Vec<i64> {
        let dims = self.dims;
        let n = self.nodes();
        let mut dist = vec![0i64; n * dims];
        let mut known = vec![false; n];
        let mut queued = vec![false; n];
        let mut queue = std::collections::VecDeque::new();
        known[source] = true;
        queue.push_back(source);
        queued[source] = true;
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
                if !known[v] || candidate.as_slice() < &dist[v * dims..(v + 1) * dims] {
                    dist[v * dims..(v + 1) * dims].copy_from_slice(&candidate);
                    known[v] = true;
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
