"""Checks `cargo bench --bench allocation`'s results against OR-Tools.

For each problem written to target/allocation-bench/, builds the same network independently
(source -> participant -> option of their field -> sink) with one scalar cost that weights the
objective levels so that an earlier level always wins (placed, priority, rank 1..5, field fit),
solves it with OR-Tools' max-flow-with-min-cost, and compares the optimum with the same weighted
sum of Fairplan's objective levels. OR-Tools maximises the flow first (everyone placed who can
be: Fairplan's first level), so the weights cover priority and ranks 1-3; field fit is the same
for every edge here, and the lottery levels only break ties, so both are left out.

Run: python3 benches/ortools_check.py   (pip install ortools)
"""

import json
import pathlib
import sys
import time

from ortools.graph.python import min_cost_flow

OUT = pathlib.Path(__file__).resolve().parent.parent / "target" / "allocation-bench"


def check(name):
    problem = json.loads((OUT / f"{name}-input.json").read_text())
    result = json.loads((OUT / f"{name}-result.json").read_text())
    people, options = problem["participants"], problem["options"]
    n = len(people)
    base = n + 1
    ranks = 3
    # Weights: rank r base^(ranks - r), priority base^ranks: each level outweighs all later ones.
    w_rank = {r: base ** (ranks - r) for r in range(1, ranks + 1)}
    w_priority = base**ranks
    option_index = {o["id"]: i for i, o in enumerate(options)}
    solver = min_cost_flow.SimpleMinCostFlow()
    source, sink = 0, 1
    p_node = lambda p: 2 + p
    o_node = lambda o: 2 + n + o
    for o, option in enumerate(options):
        solver.add_arc_with_capacity_and_unit_cost(o_node(o), sink, option["capacity"], 0)
    for p, person in enumerate(people):
        cost = -w_priority if person.get("priority") else 0
        solver.add_arc_with_capacity_and_unit_cost(source, p_node(p), 1, cost)
        rank_of = {oid: r + 1 for r, oid in enumerate(person.get("ranking", []))}
        for o, option in enumerate(options):
            if not set(option["fields"]) & set(person.get("fields", [])):
                continue
            rank = rank_of.get(option["id"])
            arc_cost = -w_rank[rank] if rank else 0
            solver.add_arc_with_capacity_and_unit_cost(p_node(p), o_node(o), 1, arc_cost)
    # Offer every participant at the source; the solver sends as much as fits.
    solver.set_node_supply(source, n)
    solver.set_node_supply(sink, -n)
    started = time.perf_counter()
    status = solver.solve_max_flow_with_min_cost()
    seconds = time.perf_counter() - started
    assert status == solver.OPTIMAL, status
    ortools_cost = solver.optimal_cost()
    # Fairplan's levels: [placed, priority, rank1..rankK, fit, lottery, lottery].
    levels = result["objective"]
    k = len(levels) - 5
    ours = levels[1] * w_priority
    ours += sum(levels[1 + r] * w_rank[r] for r in range(1, k + 1))
    placed_same = -levels[0] == solver.maximum_flow()
    same = ours == ortools_cost and placed_same
    print(
        f"| {name} | {seconds:.2f} | {solver.maximum_flow()} | {-levels[0]} "
        f"| {ortools_cost} | {ours} | {'yes' if same else 'NO'} |"
    )
    return same


def main():
    names = sorted(p.name[: -len("-input.json")] for p in OUT.glob("*-input.json"))
    if not names:
        print("run `cargo bench --bench allocation` first", file=sys.stderr)
        return 1
    print(
        "| problem | OR-Tools s | OR-Tools placed | Fairplan placed "
        "| OR-Tools optimum | Fairplan (same weights) | equal |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    return 0 if all([check(name) for name in names]) else 1


if __name__ == "__main__":
    sys.exit(main())
