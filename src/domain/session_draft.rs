//! [`SessionDraft`]: a session's settings as a coordinator enters them, checked against its
//! format and its event, with every problem named by its field.

use super::cefr::CefrLevel;
use super::fields::{FieldError, FormErrors, text_or_scalar};
use super::local_time::parse_local;
pub use super::session_format::Format;
use crate::domain::text::TextRule;
use serde::Deserialize;

/// The session form as typed.
#[derive(Clone, Debug, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SessionInput {
    /// Title.
    pub title: String,
    /// Room or area.
    pub room: String,
    /// What participants should bring (optional, up to 500 characters).
    pub what_to_bring: String,
    /// One of [`Format`]'s names.
    pub format: String,
    /// Start, wall time in the event's zone.
    pub starts: String,
    /// End, wall time.
    pub ends: String,
    /// `first_come` or `preferences`.
    pub booking_mode: String,
    /// Ranked choices open (wall time), for `preferences`.
    pub preferences_open: String,
    /// Ranked choices close (wall time), for `preferences`.
    pub preferences_close: String,
    /// Places, for a group.
    #[serde(deserialize_with = "text_or_scalar")]
    pub capacity: String,
    /// Interview length in minutes.
    #[serde(deserialize_with = "text_or_scalar")]
    pub slot_minutes: String,
    /// Break after each interview, minutes.
    #[serde(deserialize_with = "text_or_scalar")]
    pub break_minutes: String,
    /// Number of rounds.
    #[serde(deserialize_with = "text_or_scalar")]
    pub rounds: String,
    /// Round length, minutes.
    #[serde(deserialize_with = "text_or_scalar")]
    pub round_minutes: String,
    /// Time to change tables, minutes.
    #[serde(deserialize_with = "text_or_scalar")]
    pub changeover_minutes: String,
    /// Seats at each table.
    #[serde(deserialize_with = "text_or_scalar")]
    pub seats_per_table: String,
    /// The interview language (code), if one is required.
    pub interview_language: String,
    /// The least level in it.
    pub min_language_level: String,
    /// `on` when the volunteer's occupation field must match.
    #[serde(deserialize_with = "text_or_scalar")]
    pub require_occupation_match: String,
    /// Bookings one participant may hold in the session.
    #[serde(deserialize_with = "text_or_scalar")]
    pub max_bookings_per_participant: String,
    /// When changing a session: a note for everyone the change reaches, sent with the mails it
    /// causes (optional, up to 1,000 characters; not kept, and not used when creating).
    pub note: String,
}

impl Default for SessionInput {
    fn default() -> Self {
        Self {
            title: String::new(),
            room: String::new(),
            what_to_bring: String::new(),
            format: Format::MockInterview.as_str().to_owned(),
            starts: String::new(),
            ends: String::new(),
            booking_mode: "first_come".to_owned(),
            preferences_open: String::new(),
            preferences_close: String::new(),
            capacity: String::new(),
            slot_minutes: "30".to_owned(),
            break_minutes: "10".to_owned(),
            rounds: "4".to_owned(),
            round_minutes: "10".to_owned(),
            changeover_minutes: "2".to_owned(),
            seats_per_table: "4".to_owned(),
            interview_language: String::new(),
            min_language_level: String::new(),
            require_occupation_match: String::new(),
            max_bookings_per_participant: "1".to_owned(),
            note: String::new(),
        }
    }
}

/// What the session's format needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatSettings {
    /// Interview length and break.
    MockInterview {
        /// Minutes per interview.
        slot_minutes: i32,
        /// Minutes between interviews.
        break_minutes: i32,
    },
    /// Rounds and tables.
    SpeedNetworking {
        /// Number of rounds.
        rounds: i32,
        /// Minutes per round.
        round_minutes: i32,
        /// Minutes to change tables.
        changeover_minutes: i32,
        /// Seats per table.
        seats_per_table: i32,
    },
    /// Capacities are set per employer.
    Placement,
    /// One capacity.
    Group {
        /// Places.
        capacity: i32,
    },
}

/// A valid session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDraft {
    /// Title.
    pub title: String,
    /// Room or area (may be empty).
    pub room: String,
    /// What participants should bring (may be empty).
    pub what_to_bring: String,
    /// Start (ms, UTC).
    pub starts_at: i64,
    /// End (ms, UTC).
    pub ends_at: i64,
    /// Format and its settings.
    pub settings: FormatSettings,
    /// Ranked-choice window, when the booking mode is `preferences`.
    pub preferences: Option<(i64, i64)>,
    /// Interview language and least level.
    pub language_rule: Option<(String, CefrLevel)>,
    /// Whether the occupation field must match.
    pub require_occupation_match: bool,
    /// Bookings per participant.
    pub max_bookings_per_participant: i32,
}

impl SessionDraft {
    /// The format.
    pub fn format(&self) -> Format {
        match self.settings {
            FormatSettings::MockInterview { .. } => Format::MockInterview,
            FormatSettings::SpeedNetworking { .. } => Format::SpeedNetworking,
            FormatSettings::Placement => Format::Placement,
            FormatSettings::Group { .. } => Format::Group,
        }
    }

    /// The start of each round (ms), for speed networking.
    pub fn round_times(&self) -> Vec<(i64, i64)> {
        match self.settings {
            FormatSettings::SpeedNetworking {
                rounds,
                round_minutes,
                changeover_minutes,
                ..
            } => (0..i64::from(rounds))
                .map(|n| {
                    let start =
                        self.starts_at + n * i64::from(round_minutes + changeover_minutes) * 60_000;
                    (start, start + i64::from(round_minutes) * 60_000)
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Checks every field; times are wall times in `zone`, inside the event's `[start, end]`.
    pub fn parse(
        input: &SessionInput,
        zone: &str,
        event: (i64, i64),
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = FormErrors::none();
        let title = errors.text(
            "title",
            &input.title,
            TextRule::line(200),
            "problem-event-title",
        );
        let what_to_bring = errors.text(
            "what_to_bring",
            &input.what_to_bring,
            TextRule::lines(500),
            "problem-session-bring-long",
        );
        let format = Format::parse(&input.format);
        if format.is_none() {
            errors.push("format", "problem-session-format");
        }
        let mut instant = |field: &str, text: &str| -> Option<i64> {
            if text.trim().is_empty() {
                errors.push(field, "problem-event-date-missing");
                return None;
            }
            parse_local(text, zone)
                .map_err(|e| errors.push_error(e.problem(field)))
                .ok()
        };
        let starts_at = instant("starts", &input.starts);
        let ends_at = instant("ends", &input.ends);
        let preferences = match input.booking_mode.as_str() {
            "first_come" => None,
            "preferences" => {
                let open = instant("preferences_open", &input.preferences_open);
                let close = instant("preferences_close", &input.preferences_close);
                match (open, close) {
                    (Some(open), Some(close)) if close > open => Some((open, close)),
                    (Some(_), Some(_)) => {
                        errors.push("preferences_close", "problem-session-ranking-order");
                        None
                    }
                    _ => None,
                }
            }
            _ => {
                errors.push("booking_mode", "problem-session-mode");
                None
            }
        };
        if let (Some(start), Some(end)) = (starts_at, ends_at) {
            if end <= start {
                errors.push("ends", "problem-event-end-before-start");
            } else if start < event.0 || end > event.1 {
                errors.push("starts", "problem-session-outside-event");
            }
            if let Some((_, close)) = preferences
                && close > start
            {
                errors.push("preferences_close", "problem-session-ranking-late");
            }
        }
        let length_minutes = match (starts_at, ends_at) {
            (Some(s), Some(e)) if e > s => Some((e - s) / 60_000),
            _ => None,
        };
        let mut number = |field: &str, min: i32, max: i32| -> i32 {
            let text = field_text(input, field);
            match text.trim().parse::<i32>() {
                Ok(n) if (min..=max).contains(&n) => n,
                _ => {
                    errors.push_with(
                        field,
                        "problem-whole-number",
                        vec![("start", min.to_string()), ("end", max.to_string())],
                    );
                    min
                }
            }
        };
        let settings = match format {
            Some(Format::MockInterview) => FormatSettings::MockInterview {
                slot_minutes: number("slot_minutes", 5, 480),
                break_minutes: number("break_minutes", 0, 240),
            },
            Some(Format::SpeedNetworking) => FormatSettings::SpeedNetworking {
                rounds: number("rounds", 1, 100),
                round_minutes: number("round_minutes", 1, 240),
                changeover_minutes: number("changeover_minutes", 0, 60),
                seats_per_table: number("seats_per_table", 1, 100),
            },
            Some(Format::Group) => FormatSettings::Group {
                capacity: number("capacity", 1, 100_000),
            },
            Some(Format::Placement) | None => FormatSettings::Placement,
        };
        let max_bookings_per_participant = number("max_bookings_per_participant", 1, 20);
        if let (
            FormatSettings::SpeedNetworking {
                rounds,
                round_minutes,
                changeover_minutes,
                ..
            },
            Some(length),
        ) = (&settings, length_minutes)
        {
            let needed = i64::from(*rounds) * i64::from(round_minutes + changeover_minutes)
                - i64::from(*changeover_minutes);
            if needed > length {
                errors.push_with(
                    "rounds",
                    "problem-session-rounds-too-long",
                    vec![
                        ("count", rounds.to_string()),
                        ("needed", needed.to_string()),
                        ("length", length.to_string()),
                    ],
                );
            }
        }
        if let (FormatSettings::MockInterview { slot_minutes, .. }, Some(length)) =
            (&settings, length_minutes)
            && i64::from(*slot_minutes) > length
        {
            errors.push("slot_minutes", "problem-session-interview-too-long");
        }
        let language = input.interview_language.trim().to_ascii_lowercase();
        let language_rule = if language.is_empty() {
            None
        } else if !(2..=3).contains(&language.len())
            || !language.chars().all(|c| c.is_ascii_lowercase())
        {
            errors.push("interview_language", "problem-session-language-code");
            None
        } else {
            match input.min_language_level.trim().parse::<CefrLevel>() {
                Ok(level) => Some((language, level)),
                Err(e) => {
                    errors.push_error(e.problem("min_language_level"));
                    None
                }
            }
        };
        let room = errors.limited("room", &input.room, TextRule::optional_line(100));
        errors.into_result(|| Self {
            title,
            room,
            what_to_bring,
            starts_at: starts_at.unwrap_or_default(),
            ends_at: ends_at.unwrap_or_default(),
            settings,
            preferences,
            language_rule,
            require_occupation_match: input.require_occupation_match == "on",
            max_bookings_per_participant,
        })
    }
}

fn field_text<'a>(input: &'a SessionInput, field: &str) -> &'a str {
    match field {
        "capacity" => &input.capacity,
        "slot_minutes" => &input.slot_minutes,
        "break_minutes" => &input.break_minutes,
        "rounds" => &input.rounds,
        "round_minutes" => &input.round_minutes,
        "changeover_minutes" => &input.changeover_minutes,
        "seats_per_table" => &input.seats_per_table,
        "max_bookings_per_participant" => &input.max_bookings_per_participant,
        _ => "",
    }
}

#[cfg(test)]
#[path = "session_draft_tests.rs"]
mod tests;
