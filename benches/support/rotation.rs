//! The speed-networking input both allocation benchmarks plan: `people` participants who each
//! wish for three employers (drawn by `pick(bound)`), `tables` tables of `seats` seats.

use fairplan::allocation::rotation::{RotationInput, Rotator, TableSpec};

/// The benchmark's rotation input, seed 7.
pub fn wishing_crowd(
    people: usize,
    tables: usize,
    seats: u32,
    rounds: u32,
    mut pick: impl FnMut(usize) -> usize,
) -> RotationInput {
    RotationInput {
        seed: 7,
        rounds,
        tables: (0..tables)
            .map(|t| TableSpec {
                id: format!("t{t}"),
                employer: format!("Employer {t}"),
                seats,
                ..TableSpec::default()
            })
            .collect(),
        participants: (0..people)
            .map(|p| Rotator {
                id: format!("p{p}"),
                wants: (0..3)
                    .map(|_| format!("Employer {}", pick(tables)))
                    .collect(),
                ..Rotator::default()
            })
            .collect(),
        ..RotationInput::default()
    }
}
