//! Named scenarios from the programmes Fairplan serves, as snapshots of the whole result: a
//! change in who gets what shows up in review.

use super::model::*;
use super::rotation::{RotationInput, Rotator, TableSpec, rotate};
use super::*;
use crate::domain::cefr::CefrLevel;

/// A small fixed stream for building scenarios (not the lottery).
fn pick(state: &mut u64, below: usize) -> usize {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    ((*state >> 33) % below as u64) as usize
}

fn de(level: CefrLevel) -> Language {
    Language {
        code: "de".to_owned(),
        level,
    }
}

const LEVELS: [CefrLevel; 5] = [
    CefrLevel::A1,
    CefrLevel::A2,
    CefrLevel::B1,
    CefrLevel::B2,
    CefrLevel::C1,
];

#[test]
fn speed_dating_37_seekers_for_3_employers() {
    // A job centre: 3 employers with 4 ten-minute talks each, 37 people ranking all three.
    let mut state = 37;
    let employers = ["Logistik Nord", "Pflegeheim Am See", "Stadtwerke"];
    let options: Vec<OptionSpec> = (0..12)
        .map(|i| OptionSpec {
            id: format!("{}-{}", employers[i % 3], i / 3 + 1),
            label: format!("{}, talk {}", employers[i % 3], i / 3 + 1),
            time: Span {
                starts: (i / 3) as i64 * 10,
                ends: (i / 3) as i64 * 10 + 10,
            },
            capacity: 1,
            volunteer: Some(employers[i % 3].to_owned()),
            languages: vec![],
            fields: vec![],
        })
        .collect();
    let participants: Vec<ParticipantSpec> = (0..37)
        .map(|p| {
            let first = pick(&mut state, 3);
            let mut ranking: Vec<String> = options
                .iter()
                .filter(|o| o.id.starts_with(employers[first]))
                .map(|o| o.id.clone())
                .collect();
            ranking.truncate(3);
            ParticipantSpec {
                id: format!("seeker-{p:02}"),
                priority: p % 9 == 0,
                ranking,
                ..ParticipantSpec::default()
            }
        })
        .collect();
    let input = AllocationInput {
        seed: 2026,
        rules: SessionRules {
            max_per_participant: 1,
            ..SessionRules::default()
        },
        options,
        participants,
    };
    let result = allocate(&input, |_, _| {}).unwrap();
    assert_eq!(result.quality.placed, 12, "every talk is used");
    assert_eq!(
        result.quality.priority_placed, result.quality.priority,
        "all 5 priority seekers placed"
    );
    insta::assert_snapshot!(serde_json::to_string_pretty(&result).unwrap());
}

#[test]
fn refugees_day_40_seekers_15_firms() {
    // One-day taster placements, German at A2 or above, the firm's trade must match.
    let mut state = 40;
    let trades = ["care", "logistics", "kitchen", "electrics", "retail"];
    let options: Vec<OptionSpec> = (0..15)
        .map(|f| OptionSpec {
            id: format!("firm-{f:02}"),
            label: format!("Firm {f} ({})", trades[f % 5]),
            time: Span { starts: 0, ends: 8 },
            capacity: 1 + (f % 3) as u32,
            volunteer: None,
            languages: vec![],
            fields: vec![trades[f % 5].to_owned()],
        })
        .collect();
    let participants: Vec<ParticipantSpec> = (0..40)
        .map(|p| {
            let trade = trades[pick(&mut state, 5)];
            let level = LEVELS[pick(&mut state, 5)];
            let ranking = options
                .iter()
                .filter(|o| o.fields[0] == trade)
                .map(|o| o.id.clone())
                .collect();
            ParticipantSpec {
                id: format!("person-{p:02}"),
                languages: vec![de(level)],
                fields: vec![trade.to_owned()],
                ranking,
                ..ParticipantSpec::default()
            }
        })
        .collect();
    let input = AllocationInput {
        seed: 7,
        rules: SessionRules {
            language: Some("de".to_owned()),
            min_level: Some(CefrLevel::A2),
            require_occupation_match: true,
            max_per_participant: 1,
        },
        options,
        participants,
    };
    let result = allocate(&input, |_, _| {}).unwrap();
    insta::assert_snapshot!(serde_json::to_string_pretty(&result).unwrap());
}

#[test]
fn mock_interview_evening_with_one_partner_company() {
    // An NGO evening: 6 volunteers of one company, 3 slots each, 25 job seekers; interviews in
    // English at B2, interviewers in the seeker's field first.
    let mut state = 99;
    let fields = ["software", "finance", "marketing"];
    let mut options = Vec::new();
    for v in 0..6 {
        for s in 0..3 {
            options.push(OptionSpec {
                id: format!("v{v}-s{s}"),
                label: format!("Volunteer {v} ({}) at {}", fields[v % 3], 18 + s),
                time: Span {
                    starts: (18 + s) as i64 * 60,
                    ends: (18 + s) as i64 * 60 + 45,
                },
                capacity: 1,
                volunteer: Some(format!("v{v}")),
                languages: vec![Language {
                    code: "en".to_owned(),
                    level: CefrLevel::C2,
                }],
                fields: vec![fields[v % 3].to_owned()],
            });
        }
    }
    let participants: Vec<ParticipantSpec> = (0..25)
        .map(|p| {
            let field = fields[pick(&mut state, 3)];
            let level = [CefrLevel::B1, CefrLevel::B2, CefrLevel::C1][pick(&mut state, 3)];
            let mut ranking: Vec<String> = (0..3)
                .map(|_| options[pick(&mut state, options.len())].id.clone())
                .collect();
            let mut seen = std::collections::HashSet::new();
            ranking.retain(|r| seen.insert(r.clone()));
            ParticipantSpec {
                id: format!("seeker-{p:02}"),
                languages: vec![Language {
                    code: "en".to_owned(),
                    level,
                }],
                fields: vec![field.to_owned()],
                ranking,
                ..ParticipantSpec::default()
            }
        })
        .collect();
    let input = AllocationInput {
        seed: 11,
        rules: SessionRules {
            language: Some("en".to_owned()),
            min_level: Some(CefrLevel::B2),
            require_occupation_match: false,
            max_per_participant: 1,
        },
        options,
        participants,
    };
    let result = allocate(&input, |_, _| {}).unwrap();
    insta::assert_snapshot!(serde_json::to_string_pretty(&result).unwrap());
}

#[test]
fn speed_networking_37_seekers_3_employer_tables_in_4_rounds() {
    let input = RotationInput {
        seed: 37,
        rounds: 4,
        tables: ["Logistik Nord", "Pflegeheim Am See", "Stadtwerke"]
            .iter()
            .enumerate()
            .map(|(t, name)| TableSpec {
                id: format!("table-{}", t + 1),
                employer: (*name).to_owned(),
                seats: 5,
                ..TableSpec::default()
            })
            .collect(),
        participants: (0..37)
            .map(|p| Rotator {
                id: format!("seeker-{p:02}"),
                wants: vec![["Logistik Nord", "Stadtwerke"][p % 2].to_owned()],
                unavailable: if p == 0 { vec![1] } else { vec![] },
                ..Rotator::default()
            })
            .collect(),
        ..RotationInput::default()
    };
    let plan = rotate(&input).unwrap();
    insta::assert_snapshot!(serde_json::to_string_pretty(&plan.tables).unwrap());
    insta::assert_snapshot!(serde_json::to_string_pretty(&plan.quality).unwrap());
}
