//! Colouring the chosen meetings into rounds: a bipartite edge colouring (König: as many colours
//! as the highest degree suffice) by alternating-path swaps, with colours a node may not use
//! (rounds someone is away). An edge that no swap can place is left out and reported.

/// A bipartite graph whose edges get colours `0..colours`.
pub struct Colouring {
    colours: usize,
    /// Per left node and colour: the edge holding it.
    left: Vec<Vec<Option<usize>>>,
    /// Per right node and colour.
    right: Vec<Vec<Option<usize>>>,
    left_blocked: Vec<Vec<bool>>,
    right_blocked: Vec<Vec<bool>>,
    ends: Vec<(usize, usize)>,
    colour: Vec<Option<usize>>,
}

impl Colouring {
    /// `left_blocked[n][c]`: left node `n` may not use colour `c`; likewise on the right.
    pub fn new(
        colours: usize,
        left_blocked: Vec<Vec<bool>>,
        right_blocked: Vec<Vec<bool>>,
    ) -> Self {
        Self {
            colours,
            left: vec![vec![None; colours]; left_blocked.len()],
            right: vec![vec![None; colours]; right_blocked.len()],
            left_blocked,
            right_blocked,
            ends: Vec::new(),
            colour: Vec::new(),
        }
    }

    fn free_left(&self, node: usize, c: usize) -> bool {
        self.left[node][c].is_none() && !self.left_blocked[node][c]
    }

    fn free_right(&self, node: usize, c: usize) -> bool {
        self.right[node][c].is_none() && !self.right_blocked[node][c]
    }

    fn set(&mut self, edge: usize, c: Option<usize>) {
        let (l, r) = self.ends[edge];
        if let Some(old) = self.colour[edge] {
            self.left[l][old] = None;
            self.right[r][old] = None;
        }
        if let Some(new) = c {
            self.left[l][new] = Some(edge);
            self.right[r][new] = Some(edge);
        }
        self.colour[edge] = c;
    }

    /// Adds an edge from `left` to the first of `rights` that can take it (a table's preferred
    /// seat, then its others) and colours it, swapping an alternating path if needed. Returns
    /// its colour, or `None` when no colour can be found for it (it is then left out, still one
    /// edge, so edges keep the order they were added in).
    pub fn add_to_any(&mut self, left: usize, rights: &[usize]) -> Option<usize> {
        let edge = self.ends.len();
        self.ends.push((left, rights[0]));
        self.colour.push(None);
        for &right in rights {
            self.ends[edge] = (left, right);
            if let Some(c) = self.colour_edge(edge, left, right) {
                return Some(c);
            }
        }
        self.ends[edge] = (left, rights[0]);
        None
    }

    /// Colours the (uncoloured) `edge` from `left` to `right`, by swaps where needed.
    fn colour_edge(&mut self, edge: usize, left: usize, right: usize) -> Option<usize> {
        if let Some(c) =
            (0..self.colours).find(|c| self.free_left(left, *c) && self.free_right(right, *c))
        {
            self.set(edge, Some(c));
            return Some(c);
        }
        for a in (0..self.colours).filter(|a| self.free_left(left, *a)) {
            if self.right_blocked[right][a] {
                continue;
            }
            for b in (0..self.colours).filter(|b| *b != a && self.free_right(right, *b)) {
                if let Some(path) = self.alternating_path(right, a, b) {
                    for (e, _) in &path {
                        self.set(*e, None);
                    }
                    for (e, now) in path {
                        let swapped = if now == a { b } else { a };
                        self.set(e, Some(swapped));
                    }
                    self.set(edge, Some(a));
                    return Some(a);
                }
            }
        }
        None
    }

    /// The path from right node `start` along colours `a, b, a, …`, if swapping `a` and `b` on
    /// it leaves every node's colours allowed. Returns its edges with their current colours.
    fn alternating_path(&self, start: usize, a: usize, b: usize) -> Option<Vec<(usize, usize)>> {
        let mut path = Vec::new();
        let mut on_right = true;
        let mut node = start;
        let mut want = a;
        loop {
            let next = if on_right {
                self.right[node][want]
            } else {
                self.left[node][want]
            };
            let Some(edge) = next else {
                // The path ends here: this node lacks `want`, and after the swap its last edge
                // holds `want`; the node must be allowed to use it.
                if path.is_empty() {
                    return None;
                }
                let blocked = if on_right {
                    self.right_blocked[node][want]
                } else {
                    self.left_blocked[node][want]
                };
                return if blocked { None } else { Some(path) };
            };
            path.push((edge, want));
            let (l, r) = self.ends[edge];
            node = if on_right { l } else { r };
            on_right = !on_right;
            want = if want == a { b } else { a };
        }
    }

    /// Each edge's colour, in the order the edges were added.
    pub fn colours(&self) -> &[Option<usize>] {
        &self.colour
    }
}
