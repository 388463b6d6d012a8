//! Every reason about who took the places holds by counterfactual, checked against brute force:
//! the best plan that gives the person what the reason is about (a place, or their first
//! choice) is worse than the chosen plan first on the level the reason names; a reason saying
//! no place was free means no plan could give one.

use super::brute_force::brute_force_forcing;
use super::model::*;
use super::preference::prepare;
use super::preference_tests::instance;
use super::reason::{Reason, ReasonArg};
use super::*;
use proptest::prelude::*;

/// The text id of the cause inside a reason, if it names one.
fn cause_of(reason: &Reason) -> Option<&str> {
    reason.args.iter().find_map(|(name, value)| match value {
        ReasonArg::Reason(inner) if name == "cause" => Some(inner.id.as_str()),
        _ => None,
    })
}

/// The cause a level stands for, by the objective's layout (docs/allocation-format.md).
fn cause_of_level(input: &AllocationInput, level: Option<usize>) -> &'static str {
    let levels = prepare(input).1;
    let (units, ranks) = (levels.units, levels.ranks);
    match level {
        Some(k) if k < units => "alloc-cause-needed",
        Some(k) if k == units => "alloc-cause-priority",
        Some(k) if k <= units + ranks => "alloc-cause-ranked",
        Some(k) if k == units + ranks + 1 => "alloc-cause-field",
        Some(_) => "alloc-cause-lottery",
        None => "alloc-cause-tie",
    }
}

fn check(input: &AllocationInput) -> Result<(), TestCaseError> {
    let result = allocate(input, |_, _| {}).unwrap();
    for explanation in &result.explanations {
        let p = input
            .participants
            .iter()
            .position(|person| person.id == explanation.participant)
            .unwrap();
        let first_choice = || {
            input.participants[p]
                .ranking
                .iter()
                .find_map(|id| input.options.iter().position(|o| &o.id == id))
        };
        let forced = match explanation.because.id.as_str() {
            "alloc-places-taken" | "alloc-no-free-places" => (p, None),
            "alloc-first-choice-taken" | "alloc-first-choice-full" => (p, first_choice()),
            _ => continue,
        };
        let best = brute_force_forcing(input, Some(forced));
        match cause_of(&explanation.because) {
            Some(stated) => {
                let best = best.expect("a plan can give what the reason is about");
                prop_assert!(best >= result.objective, "the run was not optimal");
                let level = best.iter().zip(&result.objective).position(|(a, b)| a != b);
                prop_assert_eq!(
                    stated,
                    cause_of_level(input, level),
                    "{}: {}",
                    &explanation.participant,
                    &explanation.reason
                );
            }
            None => prop_assert!(
                best.is_none(),
                "{}: said to have no free place, yet a plan gives one",
                &explanation.participant
            ),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_reason_about_who_took_the_places_holds_by_counterfactual(input in instance()) {
        check(&input)?;
    }
}

#[test]
fn of_two_people_with_the_same_claim_the_lottery_decides_and_says_so() {
    let option = |id: &str| OptionSpec {
        id: id.to_owned(),
        label: String::new(),
        time: Span {
            starts: 0,
            ends: 30,
        },
        capacity: 1,
        volunteer: None,
        languages: Vec::new(),
        fields: Vec::new(),
    };
    let person = |id: &str| ParticipantSpec {
        id: id.to_owned(),
        languages: Vec::new(),
        fields: Vec::new(),
        priority: false,
        ranking: vec!["a".to_owned()],
        busy: Vec::new(),
        held: 0,
    };
    let mut losers = std::collections::HashSet::new();
    for seed in 0..40 {
        let input = AllocationInput {
            seed,
            rules: SessionRules {
                max_per_participant: 1,
                ..SessionRules::default()
            },
            options: vec![option("a")],
            participants: vec![person("ana"), person("bo")],
        };
        check(&input).unwrap();
        let result = allocate(&input, |_, _| {}).unwrap();
        let lost = &result.explanations[0];
        assert_eq!(cause_of(&lost.because), Some("alloc-cause-lottery"));
        losers.insert(lost.participant.clone());
    }
    assert_eq!(
        losers.len(),
        2,
        "another seed gives the place to the other person"
    );
}
