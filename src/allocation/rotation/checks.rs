//! What a rotation refuses before planning: counts beyond their documented bounds, rounds that
//! do not exist, tables without seats, ids given twice and round times that end before they
//! start, each as one [`RotationError`].

use super::model::*;
use std::collections::HashSet;

/// The most rounds a rotation plans.
const MAX_ROUNDS: u32 = 100;
/// The most seats at one table.
const MAX_SEATS: u32 = 1_000;

/// Refuses `input` if it cannot be planned, naming why.
pub(super) fn check(input: &RotationInput) -> Result<(), RotationError> {
    let too_large = |what: String, value: u32, max: u32| RotationError::TooLarge {
        what,
        value: u64::from(value),
        max: u64::from(max),
    };
    if input.rounds > MAX_ROUNDS {
        return Err(too_large("rounds".to_owned(), input.rounds, MAX_ROUNDS));
    }
    if let Some(table) = input.tables.iter().find(|t| t.seats > MAX_SEATS) {
        let what = format!("seats of table '{}'", table.id);
        return Err(too_large(what, table.seats, MAX_SEATS));
    }
    if input.rounds == 0 || input.first_round == 0 || input.first_round > input.rounds {
        return Err(RotationError::BadRounds);
    }
    let mut ids = HashSet::new();
    for id in input.tables.iter().map(|t| &t.id) {
        if !ids.insert(id.as_str()) {
            return Err(RotationError::DuplicateId(id.clone()));
        }
    }
    let mut people = HashSet::new();
    for id in input.participants.iter().map(|p| &p.id) {
        if !people.insert(id.as_str()) {
            return Err(RotationError::DuplicateId(id.clone()));
        }
    }
    if let Some(table) = input.tables.iter().find(|t| t.seats == 0) {
        return Err(RotationError::NoSeats(table.id.clone()));
    }
    if let Some(round) = input.round_times.iter().position(|t| t.ends <= t.starts) {
        return Err(RotationError::BadRoundTime(round + 1));
    }
    Ok(())
}
