//! Weighted assignment at scale: the min-cost-flow solver that `allocate` and `rotate` run on,
//! on instances that peers (OR-Tools, scipy) solve in the same run from the same files, plus the
//! speed-networking rotation at scale.
//!
//! `cargo bench --bench assignment` writes the instances to `target/assignment-bench/`, solves
//! each in a child process of its own (so that its peak memory is its own), prints a table and
//! writes `fairplan.json` there for `benches/assignment_peers.py`. `bash benches/assignment.sh`
//! runs both and prints the peers side by side.
//!
//! Instance file (little-endian): `u32` rows, `u32` columns, `u64` arcs, then per arc `u32` row,
//! `u32` column, `i32` weight. Objective: as many pairs as possible, then the greatest weight.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use fairplan::allocation::flow::Network;
use fairplan::allocation::rotation::rotate;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use support_rotation::wishing_crowd;

#[path = "support/rotation.rs"]
mod support_rotation;

/// A fixed stream for building instances (64-bit LCG, high bits).
struct Stream(u64);

impl Stream {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % bound
    }
}

/// A bipartite instance: `rows` x `cols` with weighted eligible pairs.
struct Instance {
    rows: u32,
    cols: u32,
    arcs: Vec<(u32, u32, i32)>,
}

/// `per_row` distinct random columns per row with weights `1..=weights`, or every column when
/// `per_row == cols`.
fn generate(rows: u32, cols: u32, per_row: u32, weights: u64, seed: u64) -> Instance {
    let mut stream = Stream(seed);
    let mut arcs = Vec::with_capacity(rows as usize * per_row as usize);
    let mut taken = vec![u32::MAX; cols as usize];
    for row in 0..rows {
        if per_row == cols {
            for col in 0..cols {
                arcs.push((row, col, 1 + stream.below(weights) as i32));
            }
            continue;
        }
        let mut chosen = 0;
        while chosen < per_row {
            let col = stream.below(u64::from(cols)) as u32;
            if taken[col as usize] != row {
                taken[col as usize] = row;
                arcs.push((row, col, 1 + stream.below(weights) as i32));
                chosen += 1;
            }
        }
    }
    Instance { rows, cols, arcs }
}

fn write(instance: &Instance, path: &Path) {
    let mut out = BufWriter::new(std::fs::File::create(path).unwrap());
    out.write_all(&instance.rows.to_le_bytes()).unwrap();
    out.write_all(&instance.cols.to_le_bytes()).unwrap();
    out.write_all(&(instance.arcs.len() as u64).to_le_bytes())
        .unwrap();
    for (row, col, weight) in &instance.arcs {
        out.write_all(&row.to_le_bytes()).unwrap();
        out.write_all(&col.to_le_bytes()).unwrap();
        out.write_all(&weight.to_le_bytes()).unwrap();
    }
    out.flush().unwrap();
}

fn read(path: &Path) -> Instance {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .unwrap()
        .read_to_end(&mut bytes)
        .unwrap();
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
    let count = u64::from_le_bytes(bytes[8..16].try_into().unwrap()) as usize;
    let arcs = (0..count)
        .map(|k| {
            let at = 16 + 12 * k;
            (u32_at(at), u32_at(at + 4), u32_at(at + 8) as i32)
        })
        .collect();
    Instance {
        rows: u32_at(0),
        cols: u32_at(4),
        arcs,
    }
}

/// Peak resident memory of this process so far, in MB (Linux).
fn peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<f64>()
                .ok()
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Solves one instance file the way `allocate` does: each column supplies one unit, which
/// takes a row (cost: one pair, then the weight, both as levels) or stays unused.
fn solve(path: &Path) {
    let instance = read(path);
    let started = Instant::now();
    let (rows, cols) = (instance.rows as usize, instance.cols as usize);
    let mut network = Network::new(1 + cols + rows, 2);
    let sink = 0;
    let mut supplies = Vec::with_capacity(cols);
    for col in 0..cols {
        network.add_edge(1 + col, sink, 1, &[]);
        supplies.push((1 + col, 1));
    }
    for row in 0..rows {
        network.add_edge(1 + cols + row, sink, 1, &[]);
    }
    for &(row, col, weight) in &instance.arcs {
        network.add_edge(
            1 + col as usize,
            1 + cols + row as usize,
            1,
            &[-1, -i64::from(weight)],
        );
    }
    let built = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let solved = network.min_cost_supply(&supplies, sink, |_| {});
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{{\"pairs\": {}, \"weight\": {}, \"seconds\": {seconds:.3}, \"build_seconds\": {built:.3}, \"peak_mb\": {:.0}}}",
        -solved.cost[0],
        -solved.cost[1],
        peak_mb()
    );
}

/// The instances of the benchmark: name, rows, columns, pairs per row, distinct weights.
const INSTANCES: [(&str, u32, u32, u32, u64); 3] = [
    ("A1", 10_000, 5_000, 50, 1_000),
    ("A2", 10_000, 5_000, 250, 1_000),
    ("A3", 5_000, 5_000, 5_000, 6),
];

fn bench_assignment(dir: &Path) {
    println!("| instance | rows x columns | arcs | pairs | weight | solve s | build s | peak MB |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut results = Vec::new();
    for (name, rows, cols, per_row, weights) in INSTANCES {
        let path = dir.join(format!("{name}.bin"));
        if !path.exists() {
            write(&generate(rows, cols, per_row, weights, 2026), &path);
        }
        let output = Command::new(std::env::current_exe().unwrap())
            .arg("solve")
            .arg(&path)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        let line = String::from_utf8(output.stdout).unwrap();
        let result: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
        println!(
            "| {name} | {rows} x {cols} | {} | {} | {} | {} | {} | {} |",
            u64::from(rows) * u64::from(per_row),
            result["pairs"],
            result["weight"],
            result["seconds"],
            result["build_seconds"],
            result["peak_mb"]
        );
        results.push(serde_json::json!({ "instance": name, "fairplan": result }));
    }
    std::fs::write(
        dir.join("fairplan.json"),
        serde_json::to_string_pretty(&results).unwrap(),
    )
    .unwrap();
}

/// B1: 2,000 participants, 100 tables of 20 seats, 12 rounds; everyone wishes for three
/// employers.
fn bench_rotation() {
    let (people, tables, seats, rounds) = (2_000, 100, 20, 12);
    let mut stream = Stream(7);
    let input = wishing_crowd(people, tables, seats, rounds, |bound| {
        stream.below(bound as u64) as usize
    });
    let started = Instant::now();
    let plan = rotate(&input).unwrap();
    let seconds = started.elapsed().as_secs_f64();
    println!();
    println!("| instance | participants | tables x seats | rounds | plan s | meetings / bound |");
    println!("| --- | --- | --- | --- | --- | --- |");
    println!(
        "| B1 | {people} | {tables} x {seats} | {rounds} | {seconds:.3} | {} / {} |",
        plan.quality.meetings, plan.quality.upper_bound
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [verb, file] = args.as_slice()
        && verb == "solve"
    {
        solve(&PathBuf::from(file));
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/assignment-bench");
    std::fs::create_dir_all(&dir).unwrap();
    bench_assignment(&dir);
    bench_rotation();
}
