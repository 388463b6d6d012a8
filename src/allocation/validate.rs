//! Input checks that would otherwise break a hard constraint or make the result ambiguous.

use super::model::{AllocationError, AllocationInput, LIMITS};
use std::collections::{HashMap, HashSet};

/// Refuses duplicate ids, backwards times (options' and busy times), a volunteer in two places
/// at once and a ranking that names an option twice.
pub fn validate(input: &AllocationInput) -> Result<(), AllocationError> {
    within(
        "rules.max_per_participant",
        input.rules.max_per_participant,
        LIMITS.max_per_participant,
    )?;
    for person in &input.participants {
        within(
            &format!("held of participant '{}'", person.id),
            person.held,
            LIMITS.held,
        )?;
    }
    for option in &input.options {
        within(
            &format!("capacity of option '{}'", option.id),
            option.capacity,
            LIMITS.capacity,
        )?;
    }
    let mut seen = HashSet::new();
    for id in input.options.iter().map(|o| &o.id) {
        if !seen.insert(id.as_str()) {
            return Err(AllocationError::DuplicateId(id.clone()));
        }
    }
    let mut people = HashSet::new();
    for person in &input.participants {
        if !people.insert(person.id.as_str()) {
            return Err(AllocationError::DuplicateId(person.id.clone()));
        }
        let mut ranked = HashSet::new();
        if !person.ranking.iter().all(|id| ranked.insert(id.as_str())) {
            return Err(AllocationError::DuplicateRank(person.id.clone()));
        }
    }
    if let Some(bad) = input.options.iter().find(|o| o.time.ends <= o.time.starts) {
        return Err(AllocationError::BadTime(bad.id.clone()));
    }
    // A busy time that ends before it starts would silently block nothing.
    if let Some(bad) = input
        .participants
        .iter()
        .find(|p| p.busy.iter().any(|b| b.ends <= b.starts))
    {
        return Err(AllocationError::BadBusyTime(bad.id.clone()));
    }
    let mut by_volunteer: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, option) in input.options.iter().enumerate() {
        if let Some(volunteer) = &option.volunteer {
            by_volunteer.entry(volunteer.as_str()).or_default().push(i);
        }
    }
    for (volunteer, mut list) in by_volunteer {
        list.sort_by_key(|i| input.options[*i].time.starts);
        for pair in list.windows(2) {
            let (a, b) = (&input.options[pair[0]], &input.options[pair[1]]);
            if a.time.overlaps(&b.time) {
                return Err(AllocationError::VolunteerOverlap {
                    volunteer: volunteer.to_owned(),
                    first: a.id.clone(),
                    second: b.id.clone(),
                });
            }
        }
    }
    Ok(())
}

/// Refuses `value` of `what` above `max`.
fn within(what: &str, value: u32, max: u32) -> Result<(), AllocationError> {
    if value > max {
        return Err(AllocationError::TooLarge {
            what: what.to_owned(),
            value: u64::from(value),
            max: u64::from(max),
        });
    }
    Ok(())
}
