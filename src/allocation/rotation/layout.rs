//! Lays the coloured meetings out as the plan people read: the meeting list, each participant's
//! itinerary, each table's card and the quality figures. Works on indices and visits each
//! meeting a fixed number of times, so thousands of people at a hundred tables stay quick.

use super::model::*;

/// A meeting by index: round number, table, participant.
pub(super) type Placed = (u32, usize, usize);

/// What the flow and the colouring achieved, for the quality figures.
pub(super) struct Outcome {
    /// The objective, level by level, as the flow priced it.
    pub objective: Vec<i64>,
    /// Wanted meetings that were possible at all.
    pub wanted: u64,
    /// Meetings the colouring could not place in a round.
    pub dropped: u64,
}

/// The plan for `planned` rounds from the `placed` meetings.
pub(super) fn layout(
    input: &RotationInput,
    planned: &[u32],
    mut placed: Vec<Placed>,
    outcome: Outcome,
) -> Rotation {
    let (tables, people) = (&input.tables, &input.participants);
    // The order readers expect: by round, then table id, then participant id.
    placed.sort_by(|a, b| {
        (a.0, &tables[a.1].id, &people[a.2].id).cmp(&(b.0, &tables[b.1].id, &people[b.2].id))
    });
    let time_of = |round: u32| input.round_times.get(round as usize - 1).copied();
    let round_index = |round: u32| planned.iter().position(|r| *r == round);

    let mut itineraries: Vec<Itinerary> = people
        .iter()
        .map(|p| Itinerary {
            participant: p.id.clone(),
            stops: Vec::new(),
        })
        .collect();
    let mut cards: Vec<TableCard> = tables
        .iter()
        .map(|t| TableCard {
            table: t.id.clone(),
            employer: t.employer.clone(),
            rounds: planned
                .iter()
                .map(|round| TableRound {
                    round: *round,
                    participants: Vec::new(),
                })
                .collect(),
        })
        .collect();
    let mut meetings = Vec::with_capacity(placed.len());
    // A wish is for an employer: meeting two of its tables fulfils it once.
    let mut wishes_met = std::collections::HashSet::new();
    for &(round, t, p) in &placed {
        let (table, person) = (&tables[t], &people[p]);
        if person.wants.contains(&table.employer) {
            wishes_met.insert((p, table.employer.as_str()));
        }
        itineraries[p].stops.push(Stop {
            round,
            time: time_of(round),
            table: table.id.clone(),
            employer: table.employer.clone(),
        });
        if let Some(r) = round_index(round) {
            cards[t].rounds[r].participants.push(person.id.clone());
        }
        meetings.push(Meeting {
            round,
            table: table.id.clone(),
            participant: person.id.clone(),
        });
    }

    let (n, m, r) = (
        people.len() as u64,
        tables.len() as u64,
        planned.len() as u64,
    );
    let seats: u64 = tables.iter().map(|t| u64::from(t.seats)).sum();
    let quality = RotationQuality {
        meetings: meetings.len() as u64,
        upper_bound: (n * r.min(m)).min(seats * r),
        wanted_met: wishes_met.len() as u64,
        wanted: outcome.wanted,
        dropped: outcome.dropped,
        without_meeting: itineraries.iter().filter(|i| i.stops.is_empty()).count(),
    };
    Rotation {
        seed: input.seed,
        meetings,
        itineraries,
        tables: cards,
        quality,
        objective: outcome.objective,
    }
}
