//! [`EventDraft`]: an event's details as a coordinator enters them, parsed into values that can
//! be stored, with every problem named by its field.

use super::fields::{FieldError, FormErrors};
use super::local_time::parse_local;
use super::time::zone;
use crate::domain::text::TextRule;
use serde::Deserialize;

/// The event form as typed (every field text, so it can be shown again unchanged).
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EventInput {
    /// Title.
    pub title: String,
    /// What the event is about.
    pub description: String,
    /// Street address, for an event in person.
    pub venue_address: String,
    /// Video link, for an online event.
    pub online_url: String,
    /// IANA zone name.
    pub time_zone: String,
    /// Start, wall time (`2026-03-03T17:00`).
    pub starts: String,
    /// End, wall time.
    pub ends: String,
    /// Booking opens, wall time (empty: at once).
    pub booking_opens: String,
    /// Booking closes, wall time (empty: when the event starts).
    pub booking_closes: String,
    /// Languages the event runs in, comma separated (`en, de`).
    pub languages: String,
    /// When changing an event: a note for everyone the change reaches (a new venue or video
    /// link), sent with the mails it causes (optional, up to 1,000 characters; not kept).
    pub note: String,
}

/// A valid event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDraft {
    /// Title, 1-200 characters.
    pub title: String,
    /// Description (may be empty).
    pub description: String,
    /// Venue address, if in person.
    pub venue_address: Option<String>,
    /// Video link, if online.
    pub online_url: Option<String>,
    /// IANA zone name.
    pub time_zone: String,
    /// Start (ms, UTC).
    pub starts_at: i64,
    /// End (ms, UTC), after the start.
    pub ends_at: i64,
    /// Booking opens.
    pub booking_opens_at: Option<i64>,
    /// Booking closes, after it opens and no later than the end.
    pub booking_closes_at: Option<i64>,
    /// Language codes, lower case, at least one.
    pub languages: Vec<String>,
}

/// Reads a comma-separated list of language codes (`en, de, ar`); a problem is reported for the
/// field `languages`.
pub fn parse_language_list(text: &str) -> Result<Vec<String>, FieldError> {
    let mut codes = Vec::new();
    for part in text.split([',', ' ']).filter(|p| !p.trim().is_empty()) {
        let code = part.trim().to_ascii_lowercase();
        if !(2..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(FieldError::with_args(
                "languages",
                "problem-event-language-code",
                vec![("language", part.trim().to_owned())],
            ));
        }
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    if codes.is_empty() {
        return Err(FieldError::new("languages", "problem-event-languages"));
    }
    Ok(codes)
}

/// A readable URL part from a title (`Career Evening!` becomes `career-evening`), at most 60
/// characters, followed by `suffix` so that two events with one title differ.
pub fn slug(title: &str, suffix: &str) -> String {
    let mut words = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            words.push(c);
        } else if !words.is_empty() && !words.ends_with('-') {
            words.push('-');
        }
        if words.len() >= 60 {
            break;
        }
    }
    let words = words.trim_end_matches('-');
    if words.is_empty() {
        format!("event-{suffix}")
    } else {
        format!("{words}-{suffix}")
    }
}

/// The longest venue address, online link and description.
const ADDRESS: TextRule = TextRule::optional_line(300);
const LINK: TextRule = TextRule::optional_line(2000);
const DESCRIPTION: TextRule = TextRule::lines(5000);

fn optional(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

impl EventDraft {
    /// Checks every field; the error lists each problem by field.
    pub fn parse(input: &EventInput) -> Result<Self, Vec<FieldError>> {
        let mut errors = FormErrors::none();
        let title = errors.text(
            "title",
            &input.title,
            TextRule::line(200),
            "problem-event-title",
        );
        let venue_address = errors.limited("venue_address", &input.venue_address, ADDRESS);
        let venue_address = optional(&venue_address);
        let online_url = errors.limited("online_url", &input.online_url, LINK);
        let online_url = optional(&online_url);
        let description = errors.limited("description", &input.description, DESCRIPTION);
        if venue_address.is_none() && online_url.is_none() {
            errors.push("venue_address", "problem-event-place");
        }
        if let Some(url) = &online_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            errors.push("online_url", "problem-event-link");
        }
        let time_zone = input.time_zone.trim().to_owned();
        let zone_ok = zone(&time_zone).is_ok();
        if !zone_ok {
            errors.push("time_zone", "problem-event-zone");
        }
        let languages = parse_language_list(&input.languages).unwrap_or_else(|problem| {
            errors.push_error(problem);
            Vec::new()
        });
        let mut instant = |field: &str, text: &str, required: bool| -> Option<i64> {
            if text.trim().is_empty() {
                if required {
                    errors.push(field, "problem-event-date-missing");
                }
                return None;
            }
            if !zone_ok {
                return None;
            }
            parse_local(text, &time_zone)
                .map_err(|e| errors.push_error(e.problem(field)))
                .ok()
        };
        let starts_at = instant("starts", &input.starts, true);
        let ends_at = instant("ends", &input.ends, true);
        let booking_opens_at = instant("booking_opens", &input.booking_opens, false);
        let booking_closes_at = instant("booking_closes", &input.booking_closes, false);
        if let (Some(start), Some(end)) = (starts_at, ends_at)
            && end <= start
        {
            errors.push("ends", "problem-event-end-before-start");
        }
        if let (Some(opens), Some(closes)) = (booking_opens_at, booking_closes_at)
            && closes <= opens
        {
            errors.push("booking_closes", "problem-event-closes-before-opens");
        }
        if let (Some(closes), Some(end)) = (booking_closes_at, ends_at)
            && closes > end
        {
            errors.push("booking_closes", "problem-event-closes-after-end");
        }
        errors.into_result(|| Self {
            title,
            description,
            venue_address,
            online_url,
            time_zone,
            starts_at: starts_at.unwrap_or_default(),
            ends_at: ends_at.unwrap_or_default(),
            booking_opens_at,
            booking_closes_at,
            languages,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> EventInput {
        EventInput {
            title: "Mock interview evening".to_owned(),
            venue_address: "Main St 1".to_owned(),
            time_zone: "America/New_York".to_owned(),
            starts: "2026-03-03T17:00".to_owned(),
            ends: "2026-03-03T21:00".to_owned(),
            languages: "en, es".to_owned(),
            ..EventInput::default()
        }
    }

    fn fields(result: Result<EventDraft, Vec<FieldError>>) -> Vec<String> {
        result.unwrap_err().into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_complete_form_becomes_a_draft_in_the_events_zone() {
        let draft = EventDraft::parse(&input()).unwrap();
        assert_eq!(draft.ends_at - draft.starts_at, 4 * 3_600_000);
        assert_eq!(draft.languages, ["en", "es"]);
        assert_eq!(draft.online_url, None);
    }

    #[test]
    fn slugs_keep_readable_words_only() {
        assert_eq!(
            slug("Career Evening: Mock interviews!", "a1b2"),
            "career-evening-mock-interviews-a1b2"
        );
        assert_eq!(slug("Тиждень кар'єри", "a1b2"), "event-a1b2");
    }

    #[test]
    fn an_end_before_the_start_is_named_on_the_end_field() {
        let mut bad = input();
        bad.ends = "2026-03-03T16:00".to_owned();
        assert_eq!(fields(EventDraft::parse(&bad)), ["ends"]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = EventInput {
            time_zone: "Moon/Base".to_owned(),
            online_url: "zoom".to_owned(),
            languages: "english!".to_owned(),
            ..EventInput::default()
        };
        assert_eq!(
            fields(EventDraft::parse(&bad)),
            [
                "title",
                "online_url",
                "time_zone",
                "languages",
                "starts",
                "ends"
            ]
        );
    }

    #[test]
    fn booking_must_close_after_it_opens_and_before_the_end() {
        let mut bad = input();
        bad.booking_opens = "2026-03-02T10:00".to_owned();
        bad.booking_closes = "2026-03-01T10:00".to_owned();
        assert_eq!(fields(EventDraft::parse(&bad)), ["booking_closes"]);
        bad.booking_closes = "2026-03-04T10:00".to_owned();
        assert_eq!(fields(EventDraft::parse(&bad)), ["booking_closes"]);
    }
}
