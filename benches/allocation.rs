//! The allocation engine on large inputs: preference allocation (time and the quality figures)
//! and speed-networking rotation (a full plan, and a re-plan between rounds). Writes each
//! allocation problem and result as JSON under `target/allocation-bench/`, where
//! `benches/ortools_check.py` solves the same problem with OR-Tools and compares objectives.
//!
//! Run: `cargo bench --bench allocation`, then `python3 benches/ortools_check.py`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use fairplan::allocation::rotation::rotate;
use fairplan::allocation::{
    AllocationInput, OptionSpec, ParticipantSpec, SessionRules, Span, allocate,
};
use std::time::Instant;
use support_rotation::wishing_crowd;

#[path = "support/rotation.rs"]
mod support_rotation;

const FIELDS: usize = 10;

/// A fixed stream for building inputs.
fn pick(state: &mut u64, below: usize) -> usize {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    ((*state >> 33) % below as u64) as usize
}

/// `people` participants, `options` placements of `capacity` places across ten occupation
/// fields (the field must match); everyone ranks three options of their field.
fn problem(people: usize, options: usize, capacity: u32, seed: u64) -> AllocationInput {
    let mut state = seed;
    let options: Vec<OptionSpec> = (0..options)
        .map(|o| OptionSpec {
            id: format!("o{o}"),
            label: String::new(),
            time: Span {
                starts: 0,
                ends: 60,
            },
            capacity,
            volunteer: None,
            languages: vec![],
            fields: vec![format!("field{}", o % FIELDS)],
        })
        .collect();
    let participants = (0..people)
        .map(|p| {
            let field = pick(&mut state, FIELDS);
            let mine: Vec<&OptionSpec> = options
                .iter()
                .filter(|o| o.fields[0] == format!("field{field}"))
                .collect();
            let mut ranking: Vec<String> = Vec::new();
            while ranking.len() < 3.min(mine.len()) {
                let id = mine[pick(&mut state, mine.len())].id.clone();
                if !ranking.contains(&id) {
                    ranking.push(id);
                }
            }
            ParticipantSpec {
                id: format!("p{p}"),
                fields: vec![format!("field{field}")],
                priority: p % 20 == 0,
                ranking,
                ..ParticipantSpec::default()
            }
        })
        .collect();
    AllocationInput {
        seed,
        rules: SessionRules {
            require_occupation_match: true,
            max_per_participant: 1,
            ..SessionRules::default()
        },
        options,
        participants,
    }
}

fn bench_allocation(out: &std::path::Path) {
    println!(
        "| participants | options x places | eligible pairs | seconds | placed | first choice | left out |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for (people, options, capacity) in [(1_000, 200, 4), (2_000, 400, 4), (5_000, 1_000, 4)] {
        let input = problem(people, options, capacity, 42);
        let pairs = people * options / FIELDS;
        let started = Instant::now();
        let result = allocate(&input, |_, _| {}).unwrap();
        let seconds = started.elapsed().as_secs_f64();
        let q = &result.quality;
        println!(
            "| {people} | {options} x {capacity} | {pairs} | {seconds:.2} | {} | {} | {} |",
            q.placed, q.first_choice, q.left_out
        );
        let name = format!("{people}x{options}");
        std::fs::write(
            out.join(format!("{name}-input.json")),
            serde_json::to_string(&input).unwrap(),
        )
        .unwrap();
        std::fs::write(
            out.join(format!("{name}-result.json")),
            serde_json::to_string(&result).unwrap(),
        )
        .unwrap();
    }
}

fn bench_rotation() {
    println!();
    println!(
        "| participants | tables x seats | rounds | plan s | meetings / bound | re-plan second half s |"
    );
    println!("| --- | --- | --- | --- | --- | --- |");
    for (people, tables, seats, rounds) in [(37, 3, 5, 4), (300, 30, 4, 8), (1_000, 60, 5, 10)] {
        let mut state = 7;
        let input = wishing_crowd(people, tables, seats, rounds, |bound| {
            pick(&mut state, bound)
        });
        let started = Instant::now();
        let plan = rotate(&input).unwrap();
        let plan_seconds = started.elapsed().as_secs_f64();
        // Half-way: a tenth of the people left, the rest re-plan the remaining rounds.
        let half = rounds / 2;
        let mut later = input.clone();
        later.first_round = half + 1;
        later.participants.retain(|p| !p.id.ends_with('0'));
        for p in &mut later.participants {
            p.met = plan
                .meetings
                .iter()
                .filter(|m| m.round <= half && m.participant == p.id)
                .map(|m| m.table.clone())
                .collect();
        }
        let started = Instant::now();
        rotate(&later).unwrap();
        let replan_seconds = started.elapsed().as_secs_f64();
        println!(
            "| {people} | {tables} x {seats} | {rounds} | {plan_seconds:.3} | {} / {} | {replan_seconds:.3} |",
            plan.quality.meetings, plan.quality.upper_bound
        );
    }
}

fn main() {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/allocation-bench");
    std::fs::create_dir_all(&out).unwrap();
    bench_allocation(&out);
    bench_rotation();
}
