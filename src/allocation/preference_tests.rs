//! Preference allocation: hard constraints, determinism and optimality against brute force.

use super::brute_force::brute_force;
use super::model::*;
use super::*;
use crate::domain::cefr::CefrLevel;
use proptest::prelude::*;
use std::collections::HashMap;

fn lang(code: &str, level: CefrLevel) -> Language {
    Language {
        code: code.to_owned(),
        level,
    }
}

fn slot(id: &str, hour: i64, capacity: u32, volunteer: &str, fields: &[&str]) -> OptionSpec {
    OptionSpec {
        id: id.to_owned(),
        label: id.to_owned(),
        time: Span {
            starts: hour * 60,
            ends: hour * 60 + 45,
        },
        capacity,
        volunteer: Some(volunteer.to_owned()),
        languages: vec![lang("de", CefrLevel::C2), lang("en", CefrLevel::C1)],
        fields: fields.iter().map(|f| (*f).to_owned()).collect(),
    }
}

fn person(id: &str, level: CefrLevel, fields: &[&str], ranking: &[&str]) -> ParticipantSpec {
    ParticipantSpec {
        id: id.to_owned(),
        languages: vec![lang("de", level)],
        fields: fields.iter().map(|f| (*f).to_owned()).collect(),
        ranking: ranking.iter().map(|r| (*r).to_owned()).collect(),
        ..ParticipantSpec::default()
    }
}

fn german_b1() -> SessionRules {
    SessionRules {
        language: Some("de".to_owned()),
        min_level: Some(CefrLevel::B1),
        require_occupation_match: false,
        max_per_participant: 1,
    }
}

#[test]
fn everyone_placed_before_anyone_gets_a_first_choice() {
    // Both want x first, but Ana cannot take y (another booking then): Ana gets x and Bo y, so
    // nobody is left out, and Bo is told why.
    let input = AllocationInput {
        seed: 1,
        rules: german_b1(),
        options: vec![
            slot("x", 9, 1, "v1", &["care"]),
            slot("y", 10, 1, "v2", &["care"]),
        ],
        participants: vec![
            ParticipantSpec {
                busy: vec![Span {
                    starts: 10 * 60,
                    ends: 11 * 60,
                }],
                ..person("ana", CefrLevel::B2, &["care"], &["x"])
            },
            person("bo", CefrLevel::B2, &["care"], &["x", "y"]),
        ],
    };
    let result = allocate(&input, |_, _| {}).unwrap();
    let given: Vec<(&str, &str)> = result
        .assignments
        .iter()
        .map(|a| (a.participant.as_str(), a.option.as_str()))
        .collect();
    assert_eq!(given, vec![("ana", "x"), ("bo", "y")]);
    assert_eq!(result.quality.left_out, 0);
    let bo = &result.explanations[0];
    assert_eq!(bo.participant, "bo");
    assert!(
        bo.reason
            .contains("would have left someone with fewer places"),
        "{}",
        bo.reason
    );
}

#[test]
fn someone_below_the_language_level_is_told_why() {
    let input = AllocationInput {
        seed: 1,
        rules: german_b1(),
        options: vec![slot("x", 9, 3, "v1", &["care"])],
        participants: vec![person("cem", CefrLevel::A2, &["care"], &["x"])],
    };
    let result = allocate(&input, |_, _| {}).unwrap();
    assert!(result.assignments.is_empty());
    assert_eq!(
        result.explanations[0].reason,
        "No place in this session was open to you: it needs de at level B1 or above."
    );
}

#[test]
fn a_volunteer_in_two_places_at_once_is_refused() {
    let input = AllocationInput {
        seed: 1,
        rules: german_b1(),
        options: vec![slot("x", 9, 1, "v1", &[]), slot("y", 9, 1, "v1", &[])],
        participants: vec![],
    };
    assert!(matches!(
        allocate(&input, |_, _| {}),
        Err(AllocationError::VolunteerOverlap { .. })
    ));
}

#[test]
fn a_busy_time_that_ends_before_it_starts_is_refused() {
    let mut late = person("p1", CefrLevel::C1, &[], &["x"]);
    late.busy = vec![Span {
        starts: 10 * 3_600_000,
        ends: 9 * 3_600_000,
    }];
    let input = AllocationInput {
        seed: 1,
        rules: german_b1(),
        options: vec![slot("x", 9, 1, "v1", &[])],
        participants: vec![late],
    };
    assert_eq!(
        allocate(&input, |_, _| {}).map(|_| ()),
        Err(AllocationError::BadBusyTime("p1".to_owned()))
    );
}

#[test]
fn counts_beyond_the_documented_limits_are_refused_in_one_line() {
    let mut rules = german_b1();
    rules.max_per_participant = 1_000_000;
    let input = AllocationInput {
        seed: 1,
        rules,
        options: vec![slot("x", 9, 1, "v1", &[])],
        participants: vec![person("p1", CefrLevel::C1, &[], &["x"])],
    };
    let refused = allocate(&input, |_, _| {}).map(|_| ()).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "rules.max_per_participant is 1000000, more than the 1000 Fairplan accepts"
    );
    let mut hoarder = person("p1", CefrLevel::C1, &[], &["x"]);
    hoarder.held = 5_000;
    let input = AllocationInput {
        participants: vec![hoarder],
        rules: german_b1(),
        ..input
    };
    assert!(matches!(
        allocate(&input, |_, _| {}),
        Err(AllocationError::TooLarge { .. })
    ));
}

#[test]
fn a_generous_maximum_costs_no_more_than_the_options_allow() {
    // 1,000 places allowed but only two options open: the objective has a level per place
    // someone can actually take, not one per place allowed.
    let mut rules = german_b1();
    rules.max_per_participant = 1_000;
    let input = AllocationInput {
        seed: 1,
        rules,
        options: vec![slot("x", 9, 1, "v1", &[]), slot("y", 10, 1, "v1", &[])],
        participants: vec![person("p1", CefrLevel::C1, &[], &["x", "y"])],
    };
    let result = allocate(&input, |_, _| {}).unwrap();
    assert_eq!(result.assignments.len(), 2, "both open options taken");
    assert!(result.objective.len() < 20, "{:?}", result.objective);
}

// ---- random small instances -------------------------------------------------------------

fn level() -> impl Strategy<Value = CefrLevel> {
    prop::sample::select(vec![CefrLevel::A2, CefrLevel::B1, CefrLevel::C1])
}

pub(super) fn instance() -> impl Strategy<Value = AllocationInput> {
    let option = (0i64..3, 1u32..3, 0usize..3, prop::bool::ANY).prop_map(
        |(hour, capacity, volunteer, field)| {
            (
                hour,
                capacity,
                volunteer,
                if field { vec!["care"] } else { vec!["it"] },
            )
        },
    );
    let participant = (
        level(),
        prop::bool::ANY,
        prop::bool::ANY,
        prop::collection::vec(0usize..4, 0..4),
        prop::option::of(0i64..3),
        0u32..2,
    );
    (
        prop::collection::vec(option, 1..5),
        prop::collection::vec(participant, 1..5),
        1u32..3,
        prop::bool::ANY,
        any::<u64>(),
    )
        .prop_map(|(options, people, max, require, seed)| {
            let mut used: HashMap<(usize, i64), bool> = HashMap::new();
            let options: Vec<OptionSpec> = options
                .into_iter()
                .enumerate()
                .map(|(i, (hour, capacity, volunteer, fields))| {
                    // One volunteer per time: give clashing ones their own volunteer.
                    let volunteer = if used.insert((volunteer, hour), true).is_some() {
                        format!("w{i}")
                    } else {
                        format!("v{volunteer}")
                    };
                    slot(&format!("o{i}"), hour, capacity, &volunteer, &fields)
                })
                .collect();
            let participants = people
                .into_iter()
                .enumerate()
                .map(|(i, (level, care, priority, ranking, busy, held))| {
                    let mut ranking: Vec<String> = ranking
                        .into_iter()
                        .filter(|r| *r < options.len())
                        .map(|r| format!("o{r}"))
                        .collect();
                    ranking.dedup();
                    let mut seen = std::collections::HashSet::new();
                    ranking.retain(|r| seen.insert(r.clone()));
                    ParticipantSpec {
                        id: format!("p{i}"),
                        languages: vec![lang("de", level)],
                        fields: vec![if care { "care" } else { "it" }.to_owned()],
                        priority,
                        ranking,
                        busy: busy
                            .map(|h| Span {
                                starts: h * 60,
                                ends: h * 60 + 30,
                            })
                            .into_iter()
                            .collect(),
                        held: held.min(max),
                    }
                })
                .collect();
            AllocationInput {
                seed,
                rules: SessionRules {
                    require_occupation_match: require,
                    max_per_participant: max,
                    ..german_b1()
                },
                options,
                participants,
            }
        })
}

/// Every hard constraint, checked from the input alone.
fn assert_feasible(input: &AllocationInput, result: &Allocation) -> Result<(), TestCaseError> {
    let option = |id: &str| input.options.iter().find(|o| o.id == id).unwrap();
    for o in &input.options {
        let taken = result
            .assignments
            .iter()
            .filter(|a| a.option == o.id)
            .count();
        prop_assert!(taken <= o.capacity as usize, "{} over capacity", o.id);
    }
    for p in &input.participants {
        let mine: Vec<&OptionSpec> = result
            .assignments
            .iter()
            .filter(|a| a.participant == p.id)
            .map(|a| option(&a.option))
            .collect();
        prop_assert!(mine.len() as u32 + p.held <= input.rules.max_per_participant);
        for (i, a) in mine.iter().enumerate() {
            prop_assert!(eligibility::check(p, a, &input.rules).is_ok());
            for b in &mine[i + 1..] {
                prop_assert!(!a.time.overlaps(&b.time), "{} in two places", p.id);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn hard_constraints_hold_and_the_result_is_optimal(input in instance()) {
        let result = allocate(&input, |_, _| {}).unwrap();
        assert_feasible(&input, &result)?;
        prop_assert_eq!(&result.objective, &brute_force(&input));
        prop_assert_eq!(result.objective.len(), result.objective_levels.len());
    }

    #[test]
    fn the_same_seed_gives_the_same_result(input in instance()) {
        let first = allocate(&input, |_, _| {}).unwrap();
        let second = allocate(&input, |_, _| {}).unwrap();
        prop_assert_eq!(first, second);
    }

    #[test]
    fn everyone_left_out_or_below_first_choice_gets_a_reason(input in instance()) {
        let result = allocate(&input, |_, _| {}).unwrap();
        for p in &input.participants {
            let given: Vec<&Assignment> =
                result.assignments.iter().filter(|a| a.participant == p.id).collect();
            let allowed = input.rules.max_per_participant > p.held;
            let nothing = given.is_empty() && p.held == 0;
            let ranked_first = !p.ranking.is_empty();
            let missed_first = ranked_first && !nothing && !given.iter().any(|a| a.rank == Some(1));
            let explained = result.explanations.iter().any(|e| e.participant == p.id);
            if allowed && (nothing || (missed_first && !given.is_empty())) {
                prop_assert!(explained, "{} has no reason", p.id);
            }
        }
    }
}
