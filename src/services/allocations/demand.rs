//! Demand per option: how many people chose it first and at all, against its free places.

use crate::entities::{preference, slot};
use std::collections::HashMap;
use uuid::Uuid;

/// One option's demand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Demand {
    /// The option.
    pub slot_id: Uuid,
    /// Its places.
    pub capacity: i32,
    /// Places already booked.
    pub booked: i32,
    /// People who ranked it first.
    pub first_choices: usize,
    /// People who ranked it at all.
    pub choices: usize,
}

impl Demand {
    /// Places still free.
    pub fn free(&self) -> i32 {
        (self.capacity - self.booked).max(0)
    }

    /// More first choices than free places: a lottery among equals decides.
    pub fn oversubscribed(&self) -> bool {
        i64::try_from(self.first_choices).unwrap_or(i64::MAX) > i64::from(self.free())
    }
}

/// The demand for each of `slots` (in their order) from `choices`.
pub fn demand(slots: &[slot::Model], choices: &[preference::Model]) -> Vec<Demand> {
    let mut counts: HashMap<Uuid, (usize, usize)> = HashMap::new();
    for choice in choices {
        let entry = counts.entry(choice.slot_id).or_default();
        entry.1 += 1;
        if choice.rank == 1 {
            entry.0 += 1;
        }
    }
    slots
        .iter()
        .map(|slot| {
            let (first_choices, choices) = counts.get(&slot.id).copied().unwrap_or_default();
            Demand {
                slot_id: slot.id,
                capacity: slot.capacity,
                booked: slot.booked,
                first_choices,
                choices,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(capacity: i32, booked: i32) -> slot::Model {
        slot::Model {
            id: Uuid::now_v7(),
            session_id: Uuid::nil(),
            volunteer_id: None,
            employer_id: None,
            label: String::new(),
            starts_at: 0,
            ends_at: 1,
            capacity,
            booked,
            created_at: 0,
            calendar_sequence: 0,
        }
    }

    fn choice(slot: &slot::Model, rank: i32) -> preference::Model {
        preference::Model {
            session_id: Uuid::nil(),
            participant_id: Uuid::now_v7(),
            rank,
            slot_id: slot.id,
            updated_at: 0,
        }
    }

    #[test]
    fn counts_first_and_all_choices_against_free_places() {
        let (a, b) = (slot(2, 1), slot(3, 0));
        let choices = vec![choice(&a, 1), choice(&a, 1), choice(&a, 2), choice(&b, 1)];
        let found = demand(&[a.clone(), b.clone()], &choices);
        assert_eq!((found[0].first_choices, found[0].choices), (2, 3));
        assert_eq!(found[0].free(), 1);
        assert!(
            found[0].oversubscribed(),
            "2 first choices for 1 free place"
        );
        assert_eq!((found[1].first_choices, found[1].choices), (1, 1));
        assert!(!found[1].oversubscribed());
    }

    #[test]
    fn an_overbooked_slot_has_no_free_place_and_nobody_wanting_it_is_not_oversubscribed() {
        let full = slot(1, 2);
        let found = demand(std::slice::from_ref(&full), &[]);
        assert_eq!(found[0].free(), 0);
        assert!(!found[0].oversubscribed());
    }
}
