//! Counterfactuals on a solved network: the cheapest residual cycle through an edge is how
//! much worse the best flow would be with one more unit along it (allocation reasons).

use super::{EdgeId, Network, Search};

/// The cheapest residual cycle through an edge, as [`Network::cheapest_cycles_through`] found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(in crate::allocation) enum Cycle {
    /// Its cost, level by level: how much worse the best flow with one more unit there is.
    Costs(Vec<i64>),
    /// No cycle can carry one more unit there.
    Impossible,
    /// Not looked for (the search budget was spent).
    Unsearched,
}

impl Network {
    /// For each of `edges`, how much worse the best flow would be with one more unit along it
    /// than the solved one: the cost, level by level, of the cheapest residual cycle through
    /// the edge (the edge, then a shortest path from its head back to its tail); `None` when
    /// no cycle can carry that unit. Optimality theory makes this the exact counterfactual:
    /// the best flow with that unit differs from the solved one by one such cycle. After a
    /// solve every edge with room has a non-negative reduced cost, so each is one Dijkstra.
    ///
    /// A search of its own per edge (the rest) is made while `budget` lasts; the edges beyond
    /// it are answered [`Cycle::Unsearched`], so a huge run stays about as fast as its solve.
    pub(in crate::allocation) fn cheapest_cycles_through(
        &self,
        edges: &[EdgeId],
        budget: usize,
    ) -> Vec<Cycle> {
        let mut answers = vec![Cycle::Impossible; edges.len()];
        if self.potential.is_empty() {
            return answers;
        }
        // Cycles that leave their edge at the same node share one search forwards to every
        // node (every participant's first place ends at the sink); cycles whose edge starts at
        // the same node share one search backwards from it (first choices of one option); a
        // lone cycle's search stops at its target.
        let mut by_head: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for (i, &edge) in edges.iter().enumerate() {
            // An edge already carrying flow would "cycle" through its own reverse.
            if self.room(edge) > 0 && self.flow(edge) == 0 {
                by_head.entry(self.head(edge)).or_default().push(i);
            }
        }
        let mut search = Search::new(self.nodes(), self.dims);
        let mut lone: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for (from, asked) in by_head {
            if let [one] = asked.as_slice() {
                lone.entry(self.tail(edges[*one])).or_default().push(*one);
                continue;
            }
            search.shortest_paths_from(self, &self.potential, from);
            for i in asked {
                if search.reached(self.tail(edges[i])) {
                    answers[i] = Cycle::Costs(self.cycle_cost(edges[i], &search, false));
                }
            }
            search.reset();
        }
        let mut searches_left = budget;
        let incoming = (lone.values().any(|asked| asked.len() > 1)).then(|| self.incoming());
        for (to, asked) in lone {
            match (&incoming, asked.as_slice()) {
                _ if searches_left == 0 => {
                    for i in asked {
                        answers[i] = Cycle::Unsearched;
                    }
                }
                (Some(incoming), [_, _, ..]) => {
                    searches_left -= 1;
                    search.shortest_paths_to(self, &self.potential, to, incoming);
                    for i in asked {
                        if search.reached(self.head(edges[i])) {
                            answers[i] = Cycle::Costs(self.cycle_cost(edges[i], &search, true));
                        }
                    }
                }
                _ => {
                    for i in asked {
                        if searches_left == 0 {
                            answers[i] = Cycle::Unsearched;
                            continue;
                        }
                        searches_left -= 1;
                        let from = self.head(edges[i]);
                        // A path of zero reduced cost, if a short search finds one, is a
                        // shortest one (no reduced cost is negative).
                        let found = search.zero_path(self, &self.potential, from, to)
                            || search.shortest_path(self, &self.potential, from, to);
                        if found {
                            answers[i] = Cycle::Costs(self.cycle_cost(edges[i], &search, false));
                        }
                        search.reset();
                    }
                }
            }
            search.reset();
        }
        answers
    }

    /// Each node's edges with room that end at it (for a search backwards).
    fn incoming(&self) -> Vec<Vec<EdgeId>> {
        let mut incoming = vec![Vec::new(); self.nodes()];
        for edge in 0..self.edges.len() {
            if self.room(edge) > 0 {
                incoming[self.head(edge)].push(edge);
            }
        }
        incoming
    }

    /// The cost of `edge` and the path `search` found from its head back to its tail: found
    /// forwards from the head (`via` leads back to it) or, `backwards`, from the tail (`via`
    /// leads on to it).
    fn cycle_cost(&self, edge: EdgeId, search: &Search, backwards: bool) -> Vec<i64> {
        let (from, to) = (self.head(edge), self.tail(edge));
        let mut cost = self.cost_of(edge).to_vec();
        let mut add = |step: EdgeId| {
            for (sum, c) in cost.iter_mut().zip(self.cost_of(step)) {
                *sum += c;
            }
        };
        if backwards {
            let mut v = from;
            while v != to {
                let step = search.via[v];
                add(step);
                v = self.head(step);
            }
        } else {
            let mut v = to;
            while v != from {
                let step = search.via[v];
                add(step);
                v = self.tail(step);
            }
        }
        cost
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One place (option node 1) held by a (node 2); b and c (nodes 3, 4) are left out. Each
    /// place is worth its holder's weight (a 2, b and c 1) at the one level.
    fn one_place_three_people() -> (Network, [EdgeId; 3]) {
        let mut network = Network::new(5, 1);
        network.add_edge(1, 0, 1, &[]);
        for person in 2..5 {
            network.add_edge(1, person, 1, &[]);
        }
        network.add_edge(2, 0, 1, &[-2]);
        let b = network.add_edge(3, 0, 1, &[-1]);
        let c = network.add_edge(4, 0, 1, &[-1]);
        let solved = network.min_cost_supply(&[(1, 1)], 0, |_| {});
        assert_eq!(solved.cost, vec![-2], "a holds the place");
        let b_choice = 2 * 2;
        (network, [b, c, b_choice])
    }

    #[test]
    fn a_cycle_costs_what_the_best_plan_with_that_unit_loses() {
        let (network, [b, c, b_choice]) = one_place_three_people();
        let answers = network.cheapest_cycles_through(&[b, c, b_choice], 10);
        // b in, a out: -1 + 2.
        assert_eq!(answers, vec![Cycle::Costs(vec![1]); 3]);
    }

    #[test]
    fn a_spent_budget_leaves_lone_searches_undone_but_shared_ones_answered() {
        let (network, [b, c, b_choice]) = one_place_three_people();
        let answers = network.cheapest_cycles_through(&[b, c, b_choice], 0);
        assert_eq!(
            answers,
            vec![
                Cycle::Costs(vec![1]),
                Cycle::Costs(vec![1]),
                Cycle::Unsearched
            ]
        );
    }
}
