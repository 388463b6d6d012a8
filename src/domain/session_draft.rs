//! [`SessionDraft`]: a session's settings as a coordinator enters them, checked against its
//! format and its event, with every problem named by its field.

use super::cefr::CefrLevel;
use super::fields::{FieldError, FormErrors};
use super::local_time::parse_local;
use serde::Deserialize;

/// The four session formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// 1:1 interviews in slots cut from each volunteer's availability.
    MockInterview,
    /// Employer tables stay, participants rotate through rounds.
    SpeedNetworking,
    /// Taster days at employers, each with a capacity.
    Placement,
    /// A workshop or info session with one capacity.
    Group,
}

impl Format {
    /// Every format, in the order forms list them.
    pub const ALL: [Format; 4] = [
        Self::MockInterview,
        Self::SpeedNetworking,
        Self::Placement,
        Self::Group,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MockInterview => "mock_interview",
            Self::SpeedNetworking => "speed_networking",
            Self::Placement => "placement",
            Self::Group => "group",
        }
    }

    /// The name people read.
    pub fn label(self) -> &'static str {
        match self {
            Self::MockInterview => "Mock interviews",
            Self::SpeedNetworking => "Speed networking",
            Self::Placement => "Taster-day placements",
            Self::Group => "Group session (workshop, info session)",
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == text)
    }
}

/// The session form as typed.
#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct SessionInput {
    /// Title.
    pub title: String,
    /// Room or area.
    pub room: String,
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
    pub capacity: String,
    /// Interview length in minutes.
    pub slot_minutes: String,
    /// Break after each interview, minutes.
    pub break_minutes: String,
    /// Number of rounds.
    pub rounds: String,
    /// Round length, minutes.
    pub round_minutes: String,
    /// Time to change tables, minutes.
    pub changeover_minutes: String,
    /// Seats at each table.
    pub seats_per_table: String,
    /// The interview language (code), if one is required.
    pub interview_language: String,
    /// The least level in it.
    pub min_language_level: String,
    /// `on` when the volunteer's occupation field must match.
    pub require_occupation_match: String,
    /// Bookings one participant may hold in the session.
    pub max_bookings_per_participant: String,
}

impl Default for SessionInput {
    fn default() -> Self {
        Self {
            title: String::new(),
            room: String::new(),
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
        let title = input.title.trim().to_owned();
        if title.is_empty() || title.chars().count() > 200 {
            errors.push("title", "enter a title of up to 200 characters");
        }
        let format = Format::parse(&input.format);
        if format.is_none() {
            errors.push("format", "choose one of the formats");
        }
        let mut instant = |field: &str, text: &str| -> Option<i64> {
            if text.trim().is_empty() {
                errors.push(field, "enter a date and time");
                return None;
            }
            parse_local(text, zone)
                .map_err(|e| errors.push(field, e.to_string()))
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
                        errors.push("preferences_close", "ranking must close after it opens");
                        None
                    }
                    _ => None,
                }
            }
            _ => {
                errors.push("booking_mode", "choose first come or ranked choices");
                None
            }
        };
        if let (Some(start), Some(end)) = (starts_at, ends_at) {
            if end <= start {
                errors.push("ends", "the end must be after the start");
            } else if start < event.0 || end > event.1 {
                errors.push("starts", "the session must lie within the event's times");
            }
            if let Some((_, close)) = preferences
                && close > start
            {
                errors.push(
                    "preferences_close",
                    "ranking must close before the session starts",
                );
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
                    errors.push(field, format!("enter a whole number from {min} to {max}"));
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
                errors.push(
                    "rounds",
                    format!(
                        "{rounds} rounds need {needed} minutes, but the session lasts {length}"
                    ),
                );
            }
        }
        if let (FormatSettings::MockInterview { slot_minutes, .. }, Some(length)) =
            (&settings, length_minutes)
            && i64::from(*slot_minutes) > length
        {
            errors.push(
                "slot_minutes",
                "an interview cannot be longer than the session",
            );
        }
        let language = input.interview_language.trim().to_ascii_lowercase();
        let language_rule = if language.is_empty() {
            None
        } else if !(2..=3).contains(&language.len())
            || !language.chars().all(|c| c.is_ascii_lowercase())
        {
            errors.push("interview_language", "enter a language code like en or de");
            None
        } else {
            match input.min_language_level.trim().parse::<CefrLevel>() {
                Ok(level) => Some((language, level)),
                Err(e) => {
                    errors.push("min_language_level", e.to_string());
                    None
                }
            }
        };
        errors.into_result(|| Self {
            title,
            room: input.room.trim().to_owned(),
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
mod tests {
    use super::*;
    use crate::domain::local_time::parse_local;

    const ZONE: &str = "Europe/Berlin";

    fn event() -> (i64, i64) {
        (
            parse_local("2026-03-03T17:00", ZONE).unwrap(),
            parse_local("2026-03-03T21:00", ZONE).unwrap(),
        )
    }

    fn input(format: Format) -> SessionInput {
        SessionInput {
            title: "Evening".to_owned(),
            format: format.as_str().to_owned(),
            starts: "2026-03-03T18:00".to_owned(),
            ends: "2026-03-03T19:00".to_owned(),
            capacity: "12".to_owned(),
            ..SessionInput::default()
        }
    }

    fn fields(result: Result<SessionDraft, Vec<FieldError>>) -> Vec<String> {
        result.unwrap_err().into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn each_format_keeps_only_its_own_settings() {
        let group = SessionDraft::parse(&input(Format::Group), ZONE, event()).unwrap();
        assert_eq!(group.settings, FormatSettings::Group { capacity: 12 });
        let mock = SessionDraft::parse(&input(Format::MockInterview), ZONE, event()).unwrap();
        assert_eq!(
            mock.settings,
            FormatSettings::MockInterview {
                slot_minutes: 30,
                break_minutes: 10
            }
        );
    }

    #[test]
    fn rounds_follow_each_other_with_changeovers() {
        let draft = SessionDraft::parse(&input(Format::SpeedNetworking), ZONE, event()).unwrap();
        let rounds = draft.round_times();
        assert_eq!(rounds.len(), 4);
        assert_eq!(rounds[1].0 - rounds[0].0, 12 * 60_000);
        assert!(rounds[3].1 <= draft.ends_at);
    }

    #[test]
    fn impossible_values_are_named() {
        let mut bad = input(Format::Group);
        bad.capacity = "0".to_owned();
        assert_eq!(
            fields(SessionDraft::parse(&bad, ZONE, event())),
            ["capacity"]
        );
        let mut bad = input(Format::SpeedNetworking);
        bad.rounds = "9".to_owned();
        assert_eq!(fields(SessionDraft::parse(&bad, ZONE, event())), ["rounds"]);
        let mut bad = input(Format::MockInterview);
        bad.starts = "2026-03-03T16:00".to_owned();
        assert_eq!(fields(SessionDraft::parse(&bad, ZONE, event())), ["starts"]);
        let mut bad = input(Format::MockInterview);
        bad.interview_language = "de".to_owned();
        bad.min_language_level = "fluent".to_owned();
        assert_eq!(
            fields(SessionDraft::parse(&bad, ZONE, event())),
            ["min_language_level"]
        );
    }

    #[test]
    fn ranked_choices_need_a_window_that_closes_before_the_session() {
        let mut bad = input(Format::Placement);
        bad.booking_mode = "preferences".to_owned();
        assert_eq!(
            fields(SessionDraft::parse(&bad, ZONE, event())),
            ["preferences_open", "preferences_close"]
        );
        bad.preferences_open = "2026-03-01T09:00".to_owned();
        bad.preferences_close = "2026-03-03T18:30".to_owned();
        assert_eq!(
            fields(SessionDraft::parse(&bad, ZONE, event())),
            ["preferences_close"]
        );
        bad.preferences_close = "2026-03-02T18:00".to_owned();
        assert!(SessionDraft::parse(&bad, ZONE, event()).is_ok());
    }
}
