//! A coordinator's message to a group of an event's people: who it goes to, its subject and
//! its text, checked like every other form.

use crate::domain::fields::{FieldError, FormErrors};
use crate::domain::text::TextRule;
use serde::Deserialize;
use uuid::Uuid;

/// The longest subject, in characters.
pub const SUBJECT: TextRule = TextRule::line(150);
/// The longest message, in characters.
pub const TEXT: TextRule = TextRule::required_lines(5_000);

/// Who a message goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Everyone holding a place in a session.
    BookedIn(Uuid),
    /// Everyone waiting for a place in a session (or offered a freed one).
    WaitingFor(Uuid),
    /// Everyone on the event's list holding no place at the event.
    NotBooked,
    /// Everyone holding a place anywhere at the event.
    BookedAtEvent,
    /// Everyone on the event's list.
    Everyone,
}

impl Audience {
    /// Its value in the form (`booked:<session>`, `waiting:<session>`, `not-booked`,
    /// `booked`, `everyone`).
    pub fn as_value(self) -> String {
        match self {
            Audience::BookedIn(session) => format!("booked:{session}"),
            Audience::WaitingFor(session) => format!("waiting:{session}"),
            Audience::NotBooked => "not-booked".to_owned(),
            Audience::BookedAtEvent => "booked".to_owned(),
            Audience::Everyone => "everyone".to_owned(),
        }
    }

    /// The audience a form value names, if it names one.
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "not-booked" => return Some(Audience::NotBooked),
            "booked" => return Some(Audience::BookedAtEvent),
            "everyone" => return Some(Audience::Everyone),
            _ => {}
        }
        let (kind, session) = value.split_once(':')?;
        let session = Uuid::parse_str(session).ok()?;
        match kind {
            "booked" => Some(Audience::BookedIn(session)),
            "waiting" => Some(Audience::WaitingFor(session)),
            _ => None,
        }
    }
}

/// The message form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct MessageInput {
    /// `booked:<session>`, `waiting:<session>`, `not-booked`, `booked` or `everyone`.
    pub audience: String,
    /// The subject line.
    pub subject: String,
    /// The message.
    pub text: String,
}

/// A checked message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageDraft {
    /// Who it goes to.
    pub audience: Audience,
    /// Subject, one line.
    pub subject: String,
    /// Text, lines kept.
    pub text: String,
}

impl MessageDraft {
    /// Checks the form; each problem is named by its field.
    pub fn parse(input: &MessageInput) -> Result<Self, Vec<FieldError>> {
        let mut errors = FormErrors::none();
        let audience = Audience::parse(&input.audience);
        if audience.is_none() {
            errors.push("audience", "problem-message-audience");
        }
        let subject = errors.limited("subject", &input.subject, SUBJECT);
        let text = errors.limited("text", &input.text, TEXT);
        match audience {
            Some(audience) if !errors.any() => Ok(Self {
                audience,
                subject,
                text,
            }),
            _ => Err(errors.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(audience: &str, subject: &str, text: &str) -> MessageInput {
        MessageInput {
            audience: audience.into(),
            subject: subject.into(),
            text: text.into(),
        }
    }

    #[test]
    fn every_audience_reads_back_from_its_value() {
        let session = Uuid::from_u128(42);
        for audience in [
            Audience::BookedIn(session),
            Audience::WaitingFor(session),
            Audience::NotBooked,
            Audience::BookedAtEvent,
            Audience::Everyone,
        ] {
            assert_eq!(Audience::parse(&audience.as_value()), Some(audience));
        }
        for bad in [
            "",
            "booked:",
            "booked:x",
            "Everyone",
            "all",
            "waiting:42",
            "left:00000000-0000-0000-0000-00000000002a",
        ] {
            assert_eq!(Audience::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_message_keeps_its_lines_and_refuses_what_a_mail_cannot_carry() {
        let ok = MessageDraft::parse(&input("not-booked", " Room change ", "Line one\nLine two"))
            .unwrap();
        assert_eq!(
            (ok.subject.as_str(), ok.text.as_str()),
            ("Room change", "Line one\nLine two")
        );
        for (audience, subject, text, fields) in [
            ("", "Hi", "Text", vec!["audience"]),
            (
                "not-booked",
                "Hi\r\nBcc: x@evil.example",
                "Text",
                vec!["subject"],
            ),
            ("not-booked", "", "Text", vec!["subject"]),
            ("not-booked", "Hi", "", vec!["text"]),
            ("not-booked", "Hi", "a\u{0}b", vec!["text"]),
            (
                "not-booked",
                &"s".repeat(151),
                &"t".repeat(5_001),
                vec!["subject", "text"],
            ),
        ] {
            let problems = MessageDraft::parse(&input(audience, subject, text)).unwrap_err();
            let named: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
            assert_eq!(named, fields, "{subject:?} {text:?}");
        }
    }
}
