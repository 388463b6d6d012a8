//! One shortest-path search of the solver: a zero-cost path if a short breadth-first search
//! finds one, else Dijkstra on reduced costs with an indexed heap of cost vectors. Its working
//! memory is kept between searches, so each costs only the nodes it touches.

use super::flow::{EdgeId, Network};

/// One shortest-path search's working memory, kept between searches so that each costs only
/// the nodes it touches.
pub(super) struct Search {
    dims: usize,
    /// Each reached node's distance (reduced costs), level by level.
    pub(super) dist: Vec<i64>,
    reached: Vec<bool>,
    settled: Vec<bool>,
    /// The edge by which each reached node was reached.
    pub(super) via: Vec<EdgeId>,
    touched: Vec<usize>,
    /// The nodes the last search settled: the only ones whose potentials move.
    pub(super) settled_nodes: Vec<usize>,
    heap: IndexedHeap,
    /// The zero-cost path search's queue, kept so that no search allocates.
    queue: std::collections::VecDeque<usize>,
    reduced: Vec<i64>,
}

impl Search {
    pub(super) fn new(nodes: usize, dims: usize) -> Self {
        Self {
            dims,
            dist: vec![0; nodes * dims],
            reached: vec![false; nodes],
            settled: vec![false; nodes],
            via: vec![usize::MAX; nodes],
            touched: Vec::new(),
            settled_nodes: Vec::new(),
            heap: IndexedHeap::new(nodes),
            queue: std::collections::VecDeque::new(),
            reduced: vec![0; dims],
        }
    }

    /// Dijkstra from `start` on reduced costs until `sink` is settled; false if it cannot be.
    pub(super) fn shortest_path(
        &mut self,
        network: &Network,
        potential: &[i64],
        start: usize,
        sink: usize,
    ) -> bool {
        let dims = self.dims;
        self.begin_at(start);
        while let Some(u) = self.heap.pop(&self.dist, dims) {
            self.settled[u] = true;
            self.settled_nodes.push(u);
            if u == sink {
                return true;
            }
            self.relax_edges_of(network, potential, u);
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

    /// Dijkstra from `start` on reduced costs to every node it can reach: afterwards `via`
    /// leads back from each reached node to `start` along a shortest path.
    pub(super) fn shortest_paths_from(
        &mut self,
        network: &Network,
        potential: &[i64],
        start: usize,
    ) {
        let dims = self.dims;
        self.begin_at(start);
        while let Some(u) = self.heap.pop(&self.dist, dims) {
            self.settled[u] = true;
            self.settled_nodes.push(u);
            self.relax_edges_of(network, potential, u);
        }
    }

    /// Dijkstra backwards to `target` on reduced costs, over `incoming` (each node's edges with
    /// room that end there): afterwards `via` leads forward from each reached node to `target`
    /// along a shortest path.
    pub(super) fn shortest_paths_to(
        &mut self,
        network: &Network,
        potential: &[i64],
        target: usize,
        incoming: &[Vec<EdgeId>],
    ) {
        let dims = self.dims;
        self.begin_at(target);
        while let Some(v) = self.heap.pop(&self.dist, dims) {
            self.settled[v] = true;
            self.settled_nodes.push(v);
            for &edge in &incoming[v] {
                let u = network.tail(edge);
                if self.settled[u] {
                    continue;
                }
                let cost = network.cost_of(edge);
                for k in 0..dims {
                    self.reduced[k] = self.dist[v * dims + k] + cost[k] + potential[u * dims + k]
                        - potential[v * dims + k];
                }
                if !self.reached[u]
                    || self.reduced.as_slice() < &self.dist[u * dims..(u + 1) * dims]
                {
                    if !self.reached[u] {
                        self.reached[u] = true;
                        self.touched.push(u);
                    }
                    self.dist[u * dims..(u + 1) * dims].copy_from_slice(&self.reduced);
                    self.via[u] = edge;
                    self.heap.push_or_decrease(u, &self.dist, dims);
                }
            }
        }
    }

    /// Starts a search at `start`, at distance zero.
    fn begin_at(&mut self, start: usize) {
        let dims = self.dims;
        self.dist[start * dims..(start + 1) * dims].fill(0);
        self.reached[start] = true;
        self.touched.push(start);
        self.heap.push_or_decrease(start, &self.dist, dims);
    }

    /// Whether the last search reached `node`.
    pub(super) fn reached(&self, node: usize) -> bool {
        self.reached[node]
    }

    /// Relaxes every edge with room leaving the settled node `u`.
    fn relax_edges_of(&mut self, network: &Network, potential: &[i64], u: usize) {
        let dims = self.dims;
        {
            for edges in network.edges_from(u) {
                for &edge in edges {
                    if network.room(edge) <= 0 {
                        continue;
                    }
                    let v = network.head(edge);
                    if self.settled[v] {
                        continue;
                    }
                    let cost = network.cost_of(edge);
                    for k in 0..dims {
                        self.reduced[k] =
                            self.dist[u * dims + k] + cost[k] + potential[u * dims + k]
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
            }
        }
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
    pub(super) fn zero_path(
        &mut self,
        network: &Network,
        potential: &[i64],
        start: usize,
        sink: usize,
    ) -> bool {
        const BUDGET: usize = 4096;
        let mut scanned = 0;
        self.queue.clear();
        self.queue.push_back(start);
        self.reached[start] = true;
        self.touched.push(start);
        while let Some(u) = self.queue.pop_front() {
            for &edge in network.edges_from(u).into_iter().flatten() {
                scanned += 1;
                let v = network.head(edge);
                if network.room(edge) <= 0 || self.reached[v] {
                    continue;
                }
                if !self.costs_nothing(network, potential, edge, u, v) {
                    continue;
                }
                self.reached[v] = true;
                self.touched.push(v);
                self.via[v] = edge;
                if v == sink || self.sink_next_to(network, potential, v, sink) {
                    return true;
                }
                self.queue.push_back(v);
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
        for &edge in network.own_edges(v) {
            if network.head(edge) != sink {
                return false;
            }
            if network.room(edge) > 0 && self.costs_nothing(network, potential, edge, v, sink) {
                self.reached[sink] = true;
                self.touched.push(sink);
                self.via[sink] = edge;
                return true;
            }
        }
        false
    }

    /// Whether `edge` (from `u` to `v`) has zero reduced cost on every level.
    fn costs_nothing(
        &self,
        network: &Network,
        potential: &[i64],
        edge: EdgeId,
        u: usize,
        v: usize,
    ) -> bool {
        let dims = self.dims;
        let cost = network.cost_of(edge);
        (0..dims).all(|k| cost[k] + potential[u * dims + k] - potential[v * dims + k] == 0)
    }

    /// Forgets the last search (only the nodes it touched).
    pub(super) fn reset(&mut self) {
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
