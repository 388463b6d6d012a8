//! What a preference allocation takes and gives, as plain data (the JSON format of
//! `fairplan allocate`, documented in `docs/allocation-format.md`).
//!
//! One run allocates one session. Bookings a participant already holds elsewhere in the event
//! come in as `busy` times; places already taken in this session are left out of `capacity`
//! and listed in `held`, so a re-run after a cancellation fills only the freed places.

use crate::domain::cefr::CefrLevel;
use serde::{Deserialize, Serialize};

/// A language and the level in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    /// Language code (`de`, `ar`, `uk`).
    pub code: String,
    /// CEFR level.
    pub level: CefrLevel,
}

/// The session's rules.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRules {
    /// The language interviews or placements are held in, if one is required.
    #[serde(default)]
    pub language: Option<String>,
    /// The least level in it (both sides, for interviews).
    #[serde(default)]
    pub min_level: Option<CefrLevel>,
    /// Whether the participant and the option must share an occupation field.
    #[serde(default)]
    pub require_occupation_match: bool,
    /// Places one participant may hold in the session (usually 1).
    #[serde(default = "one")]
    pub max_per_participant: u32,
}

fn one() -> u32 {
    1
}

/// A time range (any consistent unit; Fairplan uses Unix milliseconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start.
    pub starts: i64,
    /// End (after the start).
    pub ends: i64,
}

impl Span {
    /// Whether the two share any time.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.starts < other.ends && other.starts < self.ends
    }
}

/// Something to allocate: an interview slot, a placement, a group's seats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionSpec {
    /// Stable id.
    pub id: String,
    /// What participants see ("Acme, nurse, 18:00").
    #[serde(default)]
    pub label: String,
    /// When.
    pub time: Span,
    /// Free places.
    pub capacity: u32,
    /// The volunteer, for interview slots (a volunteer is never in two places at once).
    #[serde(default)]
    pub volunteer: Option<String>,
    /// The interviewer's (or placement's) languages; empty: only the participant's level counts.
    #[serde(default)]
    pub languages: Vec<Language>,
    /// Occupation fields; empty: open to every field.
    #[serde(default)]
    pub fields: Vec<String>,
}

/// Someone to place.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantSpec {
    /// Stable id.
    pub id: String,
    /// Languages with levels.
    #[serde(default)]
    pub languages: Vec<Language>,
    /// Occupation fields.
    #[serde(default)]
    pub fields: Vec<String>,
    /// Left out at an earlier event: placed first among equals.
    #[serde(default)]
    pub priority: bool,
    /// Option ids, most wanted first (may be empty).
    #[serde(default)]
    pub ranking: Vec<String>,
    /// Times already taken by other bookings of the event.
    #[serde(default)]
    pub busy: Vec<Span>,
    /// Places already held in this session (kept; they count towards the maximum).
    #[serde(default)]
    pub held: u32,
}

/// A whole allocation problem.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllocationInput {
    /// The lottery's seed: the same input and seed always give the same result.
    pub seed: u64,
    /// The session's rules.
    #[serde(default)]
    pub rules: SessionRules,
    /// What there is.
    pub options: Vec<OptionSpec>,
    /// Who wants it.
    pub participants: Vec<ParticipantSpec>,
}

/// One place given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    /// The participant.
    pub participant: String,
    /// The option.
    pub option: String,
    /// Its rank in their list (1 = first choice), if they ranked it.
    pub rank: Option<u32>,
}

/// How good an allocation is, in the figures a coordinator compares.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quality {
    /// Participants in the run.
    pub participants: usize,
    /// Participants who now hold at least one place (including places held before).
    pub placed: usize,
    /// Participants with no place.
    pub left_out: usize,
    /// Priority participants, and how many of them are placed.
    pub priority: usize,
    /// Priority participants placed.
    pub priority_placed: usize,
    /// Participants who ranked options.
    pub ranked: usize,
    /// Of those, how many got their first choice.
    pub first_choice: usize,
    /// Of those, how many got one of their top three.
    pub top_three: usize,
    /// Places offered and places given in this run.
    pub places: u64,
    /// Places given in this run.
    pub given: u64,
}

/// Why a participant got less than they asked for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    /// The participant.
    pub participant: String,
    /// What they got: `nothing` or `not_first_choice`.
    pub outcome: String,
    /// The reason, in plain English words.
    pub reason: String,
    /// The reason, to be said in any language.
    #[serde(skip)]
    pub because: super::reason::Reason,
}

/// The result of a run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allocation {
    /// The seed used.
    pub seed: u64,
    /// Places given, by participant then option.
    pub assignments: Vec<Assignment>,
    /// The figures.
    pub quality: Quality,
    /// The objective, level by level (lower is better; see `objective_levels`).
    pub objective: Vec<i64>,
    /// What each objective level counts.
    pub objective_levels: Vec<String>,
    /// A reason for everyone who got nothing or less than their first choice.
    pub explanations: Vec<Explanation>,
}

/// The largest counts an allocation accepts: places per participant, places already held by
/// one participant, and free places of one option (documented in `docs/allocation-format.md`).
pub const LIMITS: Limits = Limits {
    max_per_participant: 1_000,
    held: 1_000,
    capacity: 1_000_000,
};

/// See [`LIMITS`].
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// `rules.max_per_participant`.
    pub max_per_participant: u32,
    /// A participant's `held`.
    pub held: u32,
    /// An option's `capacity`.
    pub capacity: u32,
}

/// Input that cannot be allocated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AllocationError {
    /// Two options or two participants share an id.
    #[error("the id '{0}' is used twice")]
    DuplicateId(String),
    /// An option ends before it starts.
    #[error("option '{0}' ends before it starts")]
    BadTime(String),
    /// A count is beyond what Fairplan accepts (see [`LIMITS`]).
    #[error("{what} is {value}, more than the {max} Fairplan accepts")]
    TooLarge {
        /// Which count.
        what: String,
        /// As given.
        value: u64,
        /// The most accepted.
        max: u64,
    },
    /// A participant's busy time ends before it starts.
    #[error("participant '{0}' has a busy time that ends before it starts")]
    BadBusyTime(String),
    /// A volunteer would be in two places at once.
    #[error("volunteer '{volunteer}' has two options at the same time: '{first}' and '{second}'")]
    VolunteerOverlap {
        /// The volunteer.
        volunteer: String,
        /// One option.
        first: String,
        /// The other.
        second: String,
    },
    /// A ranking names the same option twice.
    #[error("participant '{0}' ranks an option twice")]
    DuplicateRank(String),
}
