//! Invitations checked by an independent parser (the `icalendar` crate), by snapshot, and by
//! property tests over arbitrary text.

use super::*;
use icalendar::{Component, EventLike};
use proptest::prelude::*;

fn appointment() -> Appointment {
    Appointment {
        uid: "booking-0192f3c4@fairplan.example".to_owned(),
        sequence: 0,
        // 3 March 2026, 18:30-19:00 in Berlin.
        starts_at: 1_772_559_000_000,
        ends_at: 1_772_560_800_000,
        summary: "Mock interview with Havel Health Kliniken".to_owned(),
        location: "Stadtbibliothek, Saal 2; Breite Straße 30, 10178 Berlin".to_owned(),
        description: "Bring your CV.\nChange or cancel: https://events.example.org/p/abc"
            .to_owned(),
        url: Some("https://events.example.org/p/abc".to_owned()),
    }
}

fn organizer() -> Party {
    Party {
        name: "Career Bridge, Berlin".to_owned(),
        email: "events@example.org".to_owned(),
    }
}

fn attendee() -> Party {
    Party {
        name: "أميرة حداد (Amira) 🌱".to_owned(),
        email: "amira@example.org".to_owned(),
    }
}

const STAMP: i64 = 1_772_000_000_000;

fn parse(ics: &str) -> icalendar::Calendar {
    let unfolded = icalendar::parser::unfold(ics);
    icalendar::parser::read_calendar(&unfolded)
        .expect("parses")
        .into()
}

fn event(calendar: &icalendar::Calendar) -> &icalendar::Event {
    calendar
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("one VEVENT")
}

#[test]
fn a_request_carries_uid_sequence_times_and_only_the_recipient() {
    let ics = invitation(
        Method::Request,
        &appointment(),
        &organizer(),
        &attendee(),
        STAMP,
    )
    .unwrap();
    let calendar = parse(&ics);
    assert_eq!(calendar.property_value("METHOD"), Some("REQUEST"));
    let event = event(&calendar);
    assert_eq!(event.get_uid(), Some("booking-0192f3c4@fairplan.example"));
    assert_eq!(event.get_sequence(), Some(0));
    assert_eq!(event.property_value("DTSTART"), Some("20260303T173000Z"));
    assert_eq!(event.property_value("DTEND"), Some("20260303T180000Z"));
    assert_eq!(event.property_value("STATUS"), Some("CONFIRMED"));
    assert_eq!(
        event.get_location(),
        Some("Stadtbibliothek, Saal 2; Breite Straße 30, 10178 Berlin")
    );
    assert_eq!(
        event.get_description(),
        Some("Bring your CV.\nChange or cancel: https://events.example.org/p/abc")
    );
    assert_eq!(
        ics.matches("\r\nATTENDEE").count(),
        1,
        "only the recipient is listed"
    );
    assert!(ics.contains("CN=\"Career Bridge, Berlin\":mailto:events@example.org"));
    assert!(ics.contains("PARTSTAT=ACCEPTED") && ics.contains("RSVP=FALSE"));
}

#[test]
fn a_cancellation_keeps_the_uid_and_says_cancelled() {
    let mut cancelled = appointment();
    cancelled.sequence = 2;
    let ics = invitation(Method::Cancel, &cancelled, &organizer(), &attendee(), STAMP).unwrap();
    let calendar = parse(&ics);
    assert_eq!(calendar.property_value("METHOD"), Some("CANCEL"));
    let event = event(&calendar);
    assert_eq!(event.get_uid(), Some("booking-0192f3c4@fairplan.example"));
    assert_eq!(event.get_sequence(), Some(2));
    assert_eq!(event.property_value("STATUS"), Some("CANCELLED"));
}

#[test]
fn times_on_the_day_clocks_change_are_exact_in_utc() {
    let at = |zone: &str, y, mo, d, h| {
        jiff::civil::date(y, mo, d)
            .at(h, 0, 0, 0)
            .to_zoned(jiff::tz::TimeZone::get(zone).unwrap())
            .unwrap()
            .timestamp()
            .as_millisecond()
    };
    for (zone, (y, mo, d), utc_start) in [
        ("Europe/Berlin", (2026, 3, 29), "20260329T080000Z"),
        ("America/New_York", (2026, 3, 8), "20260308T140000Z"),
        ("Europe/Berlin", (2026, 10, 25), "20261025T090000Z"),
    ] {
        let mut entry = appointment();
        entry.starts_at = at(zone, y, mo, d, 10);
        entry.ends_at = entry.starts_at + 3_600_000;
        let ics = invitation(Method::Request, &entry, &organizer(), &attendee(), STAMP).unwrap();
        let calendar = parse(&ics);
        assert_eq!(
            event(&calendar).property_value("DTSTART"),
            Some(utc_start),
            "10:00 in {zone}"
        );
    }
}

#[test]
fn an_appointment_that_ends_before_it_starts_is_refused() {
    let mut backwards = appointment();
    backwards.ends_at = backwards.starts_at - 1;
    assert_eq!(
        invitation(
            Method::Request,
            &backwards,
            &organizer(),
            &attendee(),
            STAMP
        ),
        Err(CalendarError::EndsBeforeStart)
    );
}

#[test]
fn the_request_matches_its_snapshot() {
    let ics = invitation(
        Method::Request,
        &appointment(),
        &organizer(),
        &attendee(),
        STAMP,
    )
    .unwrap();
    insta::assert_snapshot!(ics.replace("\r\n", "⏎\n"));
}

#[test]
fn a_feed_publishes_every_appointment_without_attendees() {
    let mut second = appointment();
    second.uid = "booking-second@fairplan.example".to_owned();
    let ics = publish(
        "Career Bridge: my bookings",
        &[appointment(), second],
        &organizer(),
        STAMP,
    )
    .unwrap();
    let calendar = parse(&ics);
    assert_eq!(calendar.property_value("METHOD"), Some("PUBLISH"));
    let uids: Vec<&str> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter_map(|e| e.get_uid())
        .collect();
    assert_eq!(
        uids,
        [
            "booking-0192f3c4@fairplan.example",
            "booking-second@fairplan.example"
        ]
    );
    assert!(!ics.contains("ATTENDEE"));
    assert!(ics.contains("X-WR-CALNAME:Career Bridge: my bookings"));
}

proptest! {
    #[test]
    fn any_text_survives_escaping_and_folding(
        summary in "\\PC{0,200}",
        description in "[\\PC\n,;\\\\]{0,400}",
        name in "\\PC{0,80}",
    ) {
        let mut entry = appointment();
        entry.summary = summary.clone();
        entry.description = description.clone();
        let person = Party { name, email: "someone@example.org".to_owned() };
        let ics = invitation(Method::Request, &entry, &organizer(), &person, STAMP).unwrap();

        for line in ics.split("\r\n") {
            prop_assert!(line.len() <= 75, "line of {} octets", line.len());
        }
        let calendar = parse(&ics);
        let event = event(&calendar);
        prop_assert_eq!(event.get_summary().unwrap_or_default(), summary.as_str());
        prop_assert_eq!(event.get_description().unwrap_or_default(), description.as_str());
        prop_assert_eq!(ics.matches("\r\nATTENDEE").count(), 1);
    }
}

#[test]
fn a_name_is_redacted_even_where_a_line_was_folded() {
    let long = format!(
        "BEGIN:VCALENDAR\r\nDESCRIPTION:{}Doe\\, Jane (nursing)\r\nEND:VCALENDAR\r\n",
        "x".repeat(60)
    );
    let folded = super::text::refold(&long);
    assert!(
        !folded.contains("Doe\\, Jane"),
        "the name spans a fold: {folded}"
    );
    let redacted = super::redact(&folded, "Doe, Jane", "(erased)");
    assert!(!redacted.replace("\r\n ", "").contains("Jane"));
    assert!(redacted.replace("\r\n ", "").contains("(erased) (nursing)"));
    assert!(redacted.lines().all(|l| l.len() <= 75));
}
