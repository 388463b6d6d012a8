//! Rotation: no repeated meeting, no table over its seats, nobody in two places, nobody in a
//! round they are away, and the bound reached whenever nobody is away.

use super::*;
use crate::allocation::Span;
use proptest::prelude::*;
use std::collections::{HashMap, HashSet};

fn tables(count: usize, seats: u32) -> Vec<TableSpec> {
    (0..count)
        .map(|t| TableSpec {
            id: format!("t{t}"),
            employer: format!("Employer {t}"),
            seats,
            ..TableSpec::default()
        })
        .collect()
}

fn people(count: usize) -> Vec<Rotator> {
    (0..count)
        .map(|p| Rotator {
            id: format!("p{p:02}"),
            ..Rotator::default()
        })
        .collect()
}

/// Every hard rule of a rotation, checked from the input alone.
fn assert_valid(input: &RotationInput, plan: &Rotation) -> Result<(), TestCaseError> {
    let mut pairs = HashSet::new();
    let mut per_round_person = HashSet::new();
    let mut per_round_table: HashMap<(u32, &str), u32> = HashMap::new();
    for m in &plan.meetings {
        prop_assert!(
            pairs.insert((&m.participant, &m.table)),
            "met twice: {:?}",
            m
        );
        prop_assert!(
            per_round_person.insert((m.round, &m.participant)),
            "two places: {:?}",
            m
        );
        *per_round_table
            .entry((m.round, m.table.as_str()))
            .or_default() += 1;
        prop_assert!((input.first_round..=input.rounds).contains(&m.round));
        let person = input
            .participants
            .iter()
            .find(|p| p.id == m.participant)
            .unwrap();
        prop_assert!(!person.unavailable.contains(&m.round), "away: {:?}", m);
        prop_assert!(!person.met.contains(&m.table), "met before: {:?}", m);
        let table = input.tables.iter().find(|t| t.id == m.table).unwrap();
        prop_assert!(!table.unavailable.contains(&m.round));
    }
    for ((_, table), count) in per_round_table {
        let seats = input.tables.iter().find(|t| t.id == table).unwrap().seats;
        prop_assert!(count <= seats, "{table} over its seats");
    }
    Ok(())
}

#[test]
fn a_round_that_ends_before_it_starts_is_refused() {
    let input = RotationInput {
        rounds: 2,
        tables: tables(2, 2),
        participants: people(3),
        round_times: vec![
            Span {
                starts: 0,
                ends: 10,
            },
            Span {
                starts: 20,
                ends: 15,
            },
        ],
        ..RotationInput::default()
    };
    assert_eq!(
        rotate(&input).map(|_| ()),
        Err(RotationError::BadRoundTime(2))
    );
}

#[test]
fn rounds_and_seats_beyond_the_limits_are_refused_in_one_line() {
    let input = RotationInput {
        rounds: 4_000_000,
        tables: tables(1, 2),
        participants: people(2),
        ..RotationInput::default()
    };
    let refused = rotate(&input).map(|_| ()).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "rounds is 4000000, more than the 100 Fairplan accepts"
    );
    let input = RotationInput {
        rounds: 2,
        tables: tables(1, 5_000),
        ..input
    };
    assert!(matches!(
        rotate(&input),
        Err(RotationError::TooLarge { .. })
    ));
}

#[test]
fn every_table_that_can_be_used_is_used_in_every_round() {
    // Three people, three employers with four seats each, three rounds: nine meetings. Each
    // round must use all three tables, never crowd one while two sit idle.
    let input = RotationInput {
        seed: 3,
        rounds: 3,
        tables: tables(3, 4),
        participants: people(3),
        ..RotationInput::default()
    };
    let plan = rotate(&input).unwrap();
    assert_valid(&input, &plan).unwrap();
    assert_eq!(plan.quality.meetings, 9);
    for card in &plan.tables {
        for round in &card.rounds {
            assert_eq!(
                round.participants.len(),
                1,
                "{} in round {}: {:?}",
                card.table,
                round.round,
                round.participants
            );
        }
    }
}

#[test]
fn an_employer_with_two_tables_is_met_once_unless_nothing_else_fills_a_round() {
    let mut tables = tables(3, 2);
    tables[1].employer = "Employer 0".to_owned();
    let mut participants = people(2);
    for p in &mut participants {
        p.wants = vec!["Employer 0".to_owned()];
    }
    // Two rounds, two employers: each person meets Employer 0 once and Employer 2 once.
    let input = RotationInput {
        seed: 5,
        rounds: 2,
        tables: tables.clone(),
        participants: participants.clone(),
        ..RotationInput::default()
    };
    let plan = rotate(&input).unwrap();
    assert_valid(&input, &plan).unwrap();
    for itinerary in &plan.itineraries {
        let employers: HashSet<&str> = itinerary
            .stops
            .iter()
            .map(|s| s.employer.as_str())
            .collect();
        assert_eq!(employers.len(), itinerary.stops.len(), "{itinerary:?}");
    }
    assert_eq!(plan.quality.wanted, 2, "one wish per person and employer");
    assert_eq!(plan.quality.wanted_met, 2);
    // Three rounds and only two employers: the third round is filled by the second table of
    // Employer 0 rather than left empty, and the wish still counts once.
    let longer = RotationInput { rounds: 3, ..input };
    let plan = rotate(&longer).unwrap();
    assert_valid(&longer, &plan).unwrap();
    assert_eq!(plan.quality.meetings, 6);
    assert_eq!(plan.quality.wanted_met, 2);
}

#[test]
fn people_present_in_one_round_all_get_a_seat_at_a_table_with_room() {
    // One table of 3 seats, 3 rounds, 3 people here only in round 1: all three sit together
    // in round 1 (the even spread must not leave seats unused when absences force it).
    let mut participants = people(3);
    for p in &mut participants {
        p.unavailable = vec![2, 3];
    }
    let input = RotationInput {
        rounds: 3,
        tables: tables(1, 3),
        participants,
        ..RotationInput::default()
    };
    let plan = rotate(&input).unwrap();
    assert_valid(&input, &plan).unwrap();
    assert_eq!((plan.quality.meetings, plan.quality.dropped), (3, 0));
}

#[test]
fn a_replan_treats_an_employer_met_at_another_table_as_met() {
    // Employer 0 has two tables; p00 met t0 in round 1 and wants Employer 0. Re-planning
    // rounds 2-3 must give them Employer 2 before Employer 0's other table, and count no wish.
    let mut tables = tables(3, 2);
    tables[1].employer = "Employer 0".to_owned();
    let mut participants = people(1);
    participants[0].wants = vec!["Employer 0".to_owned()];
    participants[0].met = vec!["t0".to_owned()];
    let input = RotationInput {
        rounds: 2,
        first_round: 2,
        tables,
        participants,
        ..RotationInput::default()
    };
    let plan = rotate(&input).unwrap();
    assert_valid(&input, &plan).unwrap();
    let employers: Vec<&str> = plan.itineraries[0]
        .stops
        .iter()
        .map(|s| s.employer.as_str())
        .collect();
    assert_eq!(
        employers,
        ["Employer 2"],
        "one round left, and a new employer in it"
    );
    assert_eq!(plan.quality.wanted, 0, "the wish was fulfilled before");
}

#[test]
fn thirty_seven_job_seekers_meet_three_employers_without_repeats() {
    let input = RotationInput {
        seed: 37,
        rounds: 4,
        tables: tables(3, 5),
        participants: people(37),
        ..RotationInput::default()
    };
    let plan = rotate(&input).unwrap();
    assert_valid(&input, &plan).unwrap();
    // 3 tables x 5 seats x 4 rounds = 60 conversations, all used.
    assert_eq!(plan.quality.upper_bound, 60);
    assert_eq!(plan.quality.meetings, 60);
    // Spread: nobody meets all three while someone meets none.
    let most = plan
        .itineraries
        .iter()
        .map(|i| i.stops.len())
        .max()
        .unwrap();
    let least = plan
        .itineraries
        .iter()
        .map(|i| i.stops.len())
        .min()
        .unwrap();
    assert!(most - least <= 1, "{least}..{most}");
}

#[test]
fn wanted_employers_come_first_and_replanning_never_repeats() {
    let mut participants = people(6);
    for p in &mut participants {
        p.wants = vec!["Employer 2".to_owned()];
    }
    let input = RotationInput {
        seed: 1,
        rounds: 3,
        tables: tables(3, 2),
        participants,
        ..RotationInput::default()
    };
    let plan = rotate(&input).unwrap();
    assert_valid(&input, &plan).unwrap();
    assert_eq!(plan.quality.wanted_met, 6, "table 2 has 2 seats x 3 rounds");
    // After round 1, p00 leaves and the rest re-plan rounds 2 and 3.
    let mut later = input.clone();
    later.first_round = 2;
    later.participants.retain(|p| p.id != "p00");
    for p in &mut later.participants {
        p.met = plan
            .meetings
            .iter()
            .filter(|m| m.round == 1 && m.participant == p.id)
            .map(|m| m.table.clone())
            .collect();
    }
    let replanned = rotate(&later).unwrap();
    assert_valid(&later, &replanned).unwrap();
    assert!(replanned.meetings.iter().all(|m| m.round >= 2));
}

proptest! {
    #[test]
    fn the_bound_is_reached_when_nobody_is_away(
        n in 1usize..30, m in 1usize..6, seats in 1u32..5, rounds in 1u32..7, seed in any::<u64>()
    ) {
        let input = RotationInput {
            seed,
            rounds,
            tables: tables(m, seats),
            participants: people(n),
            ..RotationInput::default()
        };
        let plan = rotate(&input).unwrap();
        assert_valid(&input, &plan)?;
        prop_assert_eq!(plan.quality.meetings, plan.quality.upper_bound);
        prop_assert_eq!(plan.quality.dropped, 0);
        prop_assert_eq!(&plan, &rotate(&input).unwrap());
    }

    #[test]
    fn absences_are_respected(
        n in 1usize..20, m in 1usize..5, seats in 1u32..4, rounds in 1u32..6,
        away in prop::collection::vec((0usize..20, 1u32..6), 0..15),
        table_away in prop::collection::vec((0usize..5, 1u32..6), 0..4),
        seed in any::<u64>()
    ) {
        let mut participants = people(n);
        for (p, r) in away {
            if p < n && r <= rounds {
                participants[p].unavailable.push(r);
            }
        }
        let mut all_tables = tables(m, seats);
        for (t, r) in table_away {
            if t < m && r <= rounds {
                all_tables[t].unavailable.push(r);
            }
        }
        let input = RotationInput {
            seed,
            rounds,
            tables: all_tables,
            participants,
            ..RotationInput::default()
        };
        let plan = rotate(&input).unwrap();
        assert_valid(&input, &plan)?;
    }
}

proptest! {
    /// When every round and seat is filled, the quicker ways (the flow without spread levels,
    /// and the wanted meetings fixed first with the rest filled by a max-flow) reach the same
    /// objective, level by level, as the full flow: the shortcuts never change a plan's value.
    /// Tables some people have already met make filling fail at times, which the shortcuts
    /// must then report instead of returning a worse plan.
    #[test]
    fn the_quicker_ways_match_the_full_flow_when_everything_fills(
        tables_count in 2usize..6,
        seats in 1u32..4,
        rounds in 1u32..5,
        seed in 0u64..1000,
        wants in prop::collection::vec(0usize..6, 0..40),
        met in prop::collection::vec(0usize..6, 0..6),
    ) {
        let people_count = tables_count * seats as usize;
        let mut participants = people(people_count);
        for (p, want) in wants.iter().enumerate() {
            if let Some(person) = participants.get_mut(p % people_count) {
                person.wants.push(format!("Employer {}", want % tables_count));
            }
        }
        for (p, table) in met.iter().enumerate() {
            participants[p % people_count].met.push(format!("t{}", table % tables_count));
        }
        let rounds = rounds.min(tables_count as u32);
        let input = RotationInput {
            seed,
            rounds,
            tables: tables(tables_count, seats),
            participants,
            ..RotationInput::default()
        };
        let planned: Vec<u32> = (1..=rounds).collect();
        let luck = crate::allocation::lottery::luck(seed, input.participants.iter().map(|p| p.id.as_str()));
        let capacities = plan::Capacities::of(&input, &planned);
        let pairs = plan::allowed_pairs(&input);
        let full = plan::meeting_flow(&pairs, &capacities, &luck, true);
        let quick = plan::meeting_flow(&pairs, &capacities, &luck, false);
        if met.is_empty() {
            prop_assert!(capacities.filled_by(&quick));
        }
        if capacities.filled_by(&quick) {
            prop_assert_eq!(capacities.with_spread_levels(quick).cost, full.cost.clone());
        }
        let fast = fill::wanted_then_filled(&pairs, &capacities, &luck);
        if let Some(fast) = fast {
            prop_assert!(capacities.filled_by(&fast));
            prop_assert_eq!(capacities.with_spread_levels(fast).cost, full.cost);
        }
    }
}
