#!/usr/bin/env bash
# One command for the assignment benchmark with its peers side by side: sets up a virtualenv
# with OR-Tools and scipy (from PyPI), runs `cargo bench --bench assignment` (which writes the
# instances and Fairplan's results), then solves the same instances with both peers.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${FAIRPLAN_BENCH_VENV:-target/bench-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check ortools scipy numpy
cargo bench --bench assignment
"$venv/bin/python" benches/assignment_peers.py target/assignment-bench
