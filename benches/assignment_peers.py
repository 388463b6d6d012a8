"""Solves `cargo bench --bench assignment`'s instances with OR-Tools and scipy, side by side.

Reads the instance files and Fairplan's results (`fairplan.json`) from the folder given, solves
each instance with OR-Tools' `SimpleMinCostFlow` (max flow with min cost: as many pairs as
possible, then the greatest weight) and with scipy's `linear_sum_assignment` (dense; pairs that
are not eligible cost more than any weight can win back, so it too places as many as possible
first), each peer in a process of its own so that its peak memory is its own, and prints one
table. Exits non-zero if any objective differs from Fairplan's.

Run: bash benches/assignment.sh   (sets up the virtualenv and runs the Rust side first)
"""

import json
import pathlib
import resource
import subprocess
import sys
import time

import numpy as np

ARC = np.dtype([("row", "<u4"), ("col", "<u4"), ("weight", "<i4")])


def load(path):
    rows, cols = np.fromfile(path, dtype="<u4", count=2)
    arcs = np.fromfile(path, dtype=ARC, offset=16)
    return int(rows), int(cols), arcs


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ortools(path):
    from ortools.graph.python import min_cost_flow

    rows, cols, arcs = load(path)
    started = time.perf_counter()
    solver = min_cost_flow.SimpleMinCostFlow()
    source, sink = rows + cols, rows + cols + 1
    row_nodes = np.arange(rows, dtype=np.int32)
    col_nodes = rows + np.arange(cols, dtype=np.int32)
    solver.add_arcs_with_capacity_and_unit_cost(
        np.full(rows, source, dtype=np.int32), row_nodes, np.ones(rows, np.int64), np.zeros(rows, np.int64)
    )
    solver.add_arcs_with_capacity_and_unit_cost(
        arcs["row"].astype(np.int32),
        rows + arcs["col"].astype(np.int32),
        np.ones(len(arcs), np.int64),
        -arcs["weight"].astype(np.int64),
    )
    solver.add_arcs_with_capacity_and_unit_cost(
        col_nodes, np.full(cols, sink, dtype=np.int32), np.ones(cols, np.int64), np.zeros(cols, np.int64)
    )
    solver.set_node_supply(source, rows)
    solver.set_node_supply(sink, -rows)
    built = time.perf_counter() - started
    started = time.perf_counter()
    status = solver.solve_max_flow_with_min_cost()
    seconds = time.perf_counter() - started
    assert status == solver.OPTIMAL, status
    return {
        "pairs": solver.maximum_flow(),
        "weight": -solver.optimal_cost(),
        "seconds": round(seconds, 3),
        "build_seconds": round(built, 3),
        "peak_mb": round(peak_mb()),
    }


def scipy(path):
    from scipy.optimize import linear_sum_assignment

    rows, cols, arcs = load(path)
    started = time.perf_counter()
    # Not eligible: worse than any set of eligible pairs, so the fewest such pairs are used.
    big = float(int(arcs["weight"].max()) + 1) * min(rows, cols) + 1
    cost = np.full((rows, cols), big)
    cost[arcs["row"], arcs["col"]] = -arcs["weight"].astype(np.float64)
    built = time.perf_counter() - started
    started = time.perf_counter()
    chosen_rows, chosen_cols = linear_sum_assignment(cost)
    seconds = time.perf_counter() - started
    values = cost[chosen_rows, chosen_cols]
    eligible = values < big
    return {
        "pairs": int(eligible.sum()),
        "weight": int(-values[eligible].sum()),
        "seconds": round(seconds, 3),
        "build_seconds": round(built, 3),
        "peak_mb": round(peak_mb()),
    }


def in_own_process(peer, path):
    done = subprocess.run(
        [sys.executable, __file__, "--peer", peer, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--peer":
        print(json.dumps({"ortools": ortools, "scipy": scipy}[sys.argv[2]](sys.argv[3])))
        return 0
    folder = pathlib.Path(sys.argv[1])
    ours = json.loads((folder / "fairplan.json").read_text())
    print("| instance | solver | pairs | weight | solve s | build s | peak MB | same optimum |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    all_same = True
    for entry in ours:
        name, mine = entry["instance"], entry["fairplan"]
        path = folder / f"{name}.bin"
        results = [("Fairplan", mine)]
        results += [(label, in_own_process(peer, path)) for label, peer in (("OR-Tools", "ortools"), ("scipy", "scipy"))]
        for label, r in results:
            same = (r["pairs"], r["weight"]) == (mine["pairs"], mine["weight"])
            all_same &= same
            print(
                f"| {name} | {label} | {r['pairs']} | {r['weight']} | {r['seconds']} "
                f"| {r['build_seconds']} | {r['peak_mb']} | {'yes' if same else 'NO'} |"
            )
        print(f"{name}: Fairplan / OR-Tools time = {mine['seconds'] / max(results[1][1]['seconds'], 1e-9):.2f}", file=sys.stderr)
    return 0 if all_same else 1


if __name__ == "__main__":
    sys.exit(main())
