//! `fairplan allocate` and `fairplan rotate`: the allocation engine on JSON files, for offline
//! use and scripting (format: `docs/allocation-format.md`). A progress bar on stderr shows large
//! runs; the summary printed at the end names the objective and the quality figures, so a
//! coordinator can compare scenarios.

use crate::allocation::rotation::{RotationInput, rotate};
use crate::allocation::{AllocationInput, allocate};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::Path;

/// Inputs with more places than this get a progress bar.
const LARGE: u64 = 2_000;

fn read<T: serde::de::DeserializeOwned>(path: &Path) -> anyhow::Result<T> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is not valid input", path.display()))
}

fn write<T: serde::Serialize>(path: &Path, value: &T) -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    std::fs::write(path, text + "\n").with_context(|| format!("writing {}", path.display()))
}

/// Allocates the problem in `input` and writes the result to `output`; returns a summary line.
pub fn allocate_file(input: &Path, output: &Path) -> anyhow::Result<String> {
    let problem: AllocationInput = read(input)?;
    let places: u64 = problem.options.iter().map(|o| u64::from(o.capacity)).sum();
    let bar = (places > LARGE).then(|| {
        let bar = ProgressBar::new(places);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} places given ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    let result = allocate(&problem, |done, _| {
        if let Some(bar) = &bar {
            bar.set_position(done);
        }
    })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    write(output, &result)?;
    let q = &result.quality;
    Ok(format!(
        "placed {} of {} participants ({} left out); first choice {} of {} who ranked; \
         priority placed {} of {}; {} of {} places given; seed {}; objective {:?}",
        q.placed,
        q.participants,
        q.left_out,
        q.first_choice,
        q.ranked,
        q.priority_placed,
        q.priority,
        q.given,
        q.places,
        result.seed,
        result.objective
    ))
}

/// Plans the rotation in `input` and writes it to `output`; returns a summary line.
pub fn rotate_file(input: &Path, output: &Path) -> anyhow::Result<String> {
    let problem: RotationInput = read(input)?;
    let spinner = (problem.participants.len() * problem.tables.len() > LARGE as usize).then(|| {
        let spinner = ProgressBar::new_spinner();
        spinner.set_message("planning rounds");
        spinner.enable_steady_tick(std::time::Duration::from_millis(120));
        spinner
    });
    let plan = rotate(&problem)?;
    if let Some(spinner) = spinner {
        spinner.finish_and_clear();
    }
    write(output, &plan)?;
    let q = &plan.quality;
    Ok(format!(
        "{} meetings of at most {}; {} of {} wished-for meetings; {} without a meeting; \
         {} dropped for absences; seed {}",
        q.meetings, q.upper_bound, q.wanted_met, q.wanted, q.without_meeting, q.dropped, plan.seed
    ))
}
