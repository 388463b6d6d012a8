//! The allocation objective's optimum by enumeration, straight from its definition, for tests
//! on small instances: the best over every feasible assignment, or over those that give one
//! participant a place or a chosen option.

use super::model::AllocationInput;
use super::preference::prepare;

/// The best objective over every feasible assignment, computed from the definition.
pub(super) fn brute_force(input: &AllocationInput) -> Vec<i64> {
    let dims = prepare(input).1.dims();
    brute_force_forcing(input, None).unwrap_or_else(|| vec![0; dims])
}

/// The best objective over every feasible assignment in which participant `forced.0` gets a
/// place (`forced.1` None) or the option `forced.1`; `None` when no assignment does.
pub(super) fn brute_force_forcing(
    input: &AllocationInput,
    forced: Option<(usize, Option<usize>)>,
) -> Option<Vec<i64>> {
    let (seekers, levels) = prepare(input);
    let (units, ranks) = (levels.units, levels.ranks);
    let dims = units + ranks + 4;
    // Each participant's feasible option sets.
    let choices: Vec<Vec<Vec<usize>>> = seekers
        .iter()
        .map(|s| {
            let open: Vec<usize> = s.open.iter().map(|o| o.0).collect();
            (0u32..1 << open.len())
                .map(|mask| {
                    open.iter()
                        .enumerate()
                        .filter(|(b, _)| mask & (1 << b) != 0)
                        .map(|(_, o)| *o)
                        .collect::<Vec<usize>>()
                })
                .filter(|set| set.len() as u32 <= s.allowed)
                .filter(|set| {
                    set.iter().enumerate().all(|(i, a)| {
                        set[i + 1..]
                            .iter()
                            .all(|b| !input.options[*a].time.overlaps(&input.options[*b].time))
                    })
                })
                .collect()
        })
        .collect();
    let mut best: Option<Vec<i64>> = None;
    let mut used = vec![0u32; input.options.len()];
    let mut picked: Vec<usize> = vec![0; seekers.len()];
    let keep = |picked: &[usize]| match forced {
        None => true,
        Some((p, None)) => !choices[p][picked[p]].is_empty(),
        Some((p, Some(option))) => choices[p][picked[p]].contains(&option),
    };
    #[allow(clippy::too_many_arguments)]
    fn walk(
        p: usize,
        choices: &[Vec<Vec<usize>>],
        used: &mut Vec<u32>,
        picked: &mut Vec<usize>,
        score: &dyn Fn(&[usize]) -> Vec<i64>,
        keep: &dyn Fn(&[usize]) -> bool,
        input: &AllocationInput,
        best: &mut Option<Vec<i64>>,
    ) {
        if p == choices.len() {
            if !keep(picked) {
                return;
            }
            let value = score(picked);
            if best.as_ref().is_none_or(|b| value < *b) {
                *best = Some(value);
            }
            return;
        }
        for (c, set) in choices[p].iter().enumerate() {
            if set.iter().all(|o| used[*o] < input.options[*o].capacity) {
                set.iter().for_each(|o| used[*o] += 1);
                picked[p] = c;
                walk(p + 1, choices, used, picked, score, keep, input, best);
                set.iter().for_each(|o| used[*o] -= 1);
            }
        }
    }
    let score = |picked: &[usize]| -> Vec<i64> {
        let mut v = vec![0i64; dims];
        for (p, c) in picked.iter().enumerate() {
            let set = &choices[p][*c];
            let person = &input.participants[p];
            let seeker = &seekers[p];
            for k in 0..set.len() {
                v[person.held as usize + k] -= 1;
            }
            if person.held == 0 && !set.is_empty() {
                if person.priority {
                    v[units] -= 1;
                }
                v[units + ranks + 2] -= seeker.luck;
            }
            for o in set {
                let (_, rank, fit) = seeker.open.iter().find(|e| e.0 == *o).unwrap();
                if let Some(r) = rank {
                    v[units + *r as usize] -= 1;
                    v[units + ranks + 3] -= seeker.luck * (ranks as i64 + 1 - i64::from(*r));
                }
                if *fit {
                    v[units + ranks + 1] -= 1;
                }
            }
        }
        v
    };
    walk(
        0,
        &choices,
        &mut used,
        &mut picked,
        &score,
        &keep,
        input,
        &mut best,
    );
    best
}
