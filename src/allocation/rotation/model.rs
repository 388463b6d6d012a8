//! What a speed-networking rotation takes and gives (the JSON format of `fairplan rotate`).

use crate::allocation::model::{Language, Span};
use crate::domain::cefr::CefrLevel;
use serde::{Deserialize, Serialize};

/// An employer's table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableSpec {
    /// Stable id.
    pub id: String,
    /// The employer at it.
    pub employer: String,
    /// Seats for participants per round.
    pub seats: u32,
    /// Languages spoken at the table (empty: any).
    #[serde(default)]
    pub languages: Vec<Language>,
    /// Rounds (1-based) the table is away.
    #[serde(default)]
    pub unavailable: Vec<u32>,
}

/// A participant who rotates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rotator {
    /// Stable id.
    pub id: String,
    /// Languages with levels.
    #[serde(default)]
    pub languages: Vec<Language>,
    /// Employers they want to meet, most wanted first.
    #[serde(default)]
    pub wants: Vec<String>,
    /// Rounds (1-based) they cannot take part in (arriving late, leaving early).
    #[serde(default)]
    pub unavailable: Vec<u32>,
    /// Tables already met (when re-planning the remaining rounds).
    #[serde(default)]
    pub met: Vec<String>,
}

/// A rotation problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RotationInput {
    /// The lottery's seed.
    pub seed: u64,
    /// Rounds in the session.
    pub rounds: u32,
    /// The first round to plan (1 unless re-planning after some rounds took place).
    #[serde(default = "first")]
    pub first_round: u32,
    /// Each round's time, in order (optional; copied into itineraries).
    #[serde(default)]
    pub round_times: Vec<Span>,
    /// The language conversations are held in, if one is required.
    #[serde(default)]
    pub language: Option<String>,
    /// The least level in it.
    #[serde(default)]
    pub min_level: Option<CefrLevel>,
    /// The tables.
    pub tables: Vec<TableSpec>,
    /// The participants present.
    pub participants: Vec<Rotator>,
}

fn first() -> u32 {
    1
}

impl Default for RotationInput {
    fn default() -> Self {
        Self {
            seed: 0,
            rounds: 1,
            first_round: first(),
            round_times: Vec::new(),
            language: None,
            min_level: None,
            tables: Vec::new(),
            participants: Vec::new(),
        }
    }
}

/// One conversation.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Meeting {
    /// Round (1-based).
    pub round: u32,
    /// The table.
    pub table: String,
    /// The participant.
    pub participant: String,
}

/// One stop on a participant's itinerary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stop {
    /// Round.
    pub round: u32,
    /// When, if the input gave round times.
    pub time: Option<Span>,
    /// Table.
    pub table: String,
    /// Employer.
    pub employer: String,
}

/// Where a participant goes, round by round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Itinerary {
    /// The participant.
    pub participant: String,
    /// Their stops in round order (rounds without a stop are breaks).
    pub stops: Vec<Stop>,
}

/// Who sits at a table in one round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRound {
    /// Round.
    pub round: u32,
    /// Participants, by id.
    pub participants: Vec<String>,
}

/// A table's card: who comes when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableCard {
    /// The table.
    pub table: String,
    /// Its employer.
    pub employer: String,
    /// Every planned round.
    pub rounds: Vec<TableRound>,
}

/// How good a rotation is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RotationQuality {
    /// Distinct participant-employer meetings planned.
    pub meetings: u64,
    /// The most there could be: min(N × min(R, M), M × seats × R) over the planned rounds.
    pub upper_bound: u64,
    /// Meetings a participant asked for, planned.
    pub wanted_met: u64,
    /// Meetings participants asked for (and could have: language, not met before).
    pub wanted: u64,
    /// Meetings the flow chose but no round could hold (only with unavailable rounds).
    pub dropped: u64,
    /// Participants with no meeting at all.
    pub without_meeting: usize,
}

/// A planned rotation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rotation {
    /// The seed used.
    pub seed: u64,
    /// Every meeting, by round, table, participant.
    pub meetings: Vec<Meeting>,
    /// Per participant.
    pub itineraries: Vec<Itinerary>,
    /// Per table.
    pub tables: Vec<TableCard>,
    /// The figures.
    pub quality: RotationQuality,
    /// The flow objective, level by level (lower is better).
    pub objective: Vec<i64>,
}

/// A rotation that cannot be planned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RotationError {
    /// Two tables or two participants share an id.
    #[error("the id '{0}' is used twice")]
    DuplicateId(String),
    /// Rounds are missing or out of order.
    #[error("rounds must be at least 1 and first_round between 1 and rounds")]
    BadRounds,
    /// A table without seats.
    #[error("table '{0}' has no seats")]
    NoSeats(String),
    /// A count is beyond what Fairplan accepts: at most 100 rounds and 1,000 seats a table.
    #[error("{what} is {value}, more than the {max} Fairplan accepts")]
    TooLarge {
        /// Which count.
        what: String,
        /// As given.
        value: u64,
        /// The most accepted.
        max: u64,
    },
    /// A round's time ends before it starts.
    #[error("round {0} ends before it starts")]
    BadRoundTime(usize),
}
