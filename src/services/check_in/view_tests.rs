//! The check-in page's content from hand-made records: grouping, counts, filters, and who is
//! offered a free place.

use super::view::*;
use crate::db::bookings::new_row;
use crate::db::event_report::EventRecords;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::locale::Locale;
use crate::entities::{event_participant, participant, session, slot, standby};
use uuid::Uuid;

const ZONE: &str = "Europe/Berlin";
/// Tue 3 March 2026, 17:30 in Berlin.
const T0: i64 = 1_772_555_400_000;
const HALF_HOUR: i64 = 30 * 60 * 1000;

fn clock() -> crate::i18n::dates::EventClock {
    crate::i18n::dates::EventClock::new(&Locale::default(), ZONE, (T0, T0 + 4 * HALF_HOUR)).unwrap()
}

fn session(title: &str, room: &str) -> session::Model {
    session::Model {
        id: Uuid::now_v7(),
        event_id: Uuid::nil(),
        title: title.to_owned(),
        format: crate::domain::session_format::Format::MockInterview,
        booking_mode: crate::domain::booking_mode::BookingMode::FirstCome,
        room: room.to_owned(),
        what_to_bring: String::new(),
        starts_at: T0,
        ends_at: T0 + 4 * HALF_HOUR,
        capacity: None,
        slot_minutes: Some(30),
        break_minutes: 0,
        rounds: None,
        round_minutes: None,
        changeover_minutes: 0,
        seats_per_table: None,
        interview_language: None,
        min_language_level: None,
        require_occupation_match: false,
        max_bookings_per_participant: 1,
        preferences_open_at: None,
        preferences_close_at: None,
        created_at: 0,
    }
}

fn slot(session: &session::Model, label: &str, start: i64, capacity: i32) -> slot::Model {
    slot::Model {
        id: Uuid::now_v7(),
        session_id: session.id,
        volunteer_id: None,
        employer_id: None,
        label: label.to_owned(),
        starts_at: start,
        ends_at: start + HALF_HOUR,
        capacity,
        booked: 0,
        created_at: 0,
        calendar_sequence: 0,
    }
}

fn person(name: &str) -> participant::Model {
    participant::Model {
        id: Uuid::now_v7(),
        email: Some(format!(
            "{}@example.org",
            name.to_lowercase().replace(' ', ".")
        )),
        phone: None,
        name: name.to_owned(),
        locale: "en".to_owned(),
        language_chosen: true,
        time_zone: None,
        needs: String::new(),
        keep_after_event: false,
        anonymised_at: None,
        created_at: 0,
    }
}

fn waiting(person: &participant::Model, joined_at: i64) -> standby::Model {
    standby::Model {
        id: Uuid::now_v7(),
        event_id: Uuid::nil(),
        participant_id: person.id,
        reason: crate::domain::standby_reason::StandbyReason::WalkIn,
        note: String::new(),
        joined_at,
        booking_id: None,
        left_at: None,
    }
}

/// Two sessions; Amira (arrived) and Bo (expected) in the first slot of the first, Chen a
/// no-show in its second slot, Dana cancelled; Eli and Fay on the list only.
struct Fixture {
    records: EventRecords,
    people: Vec<participant::Model>,
}

fn fixture() -> Fixture {
    let interviews = session("Mock interviews", "Room 2");
    let workshop = session("CV workshop", "");
    let first = slot(&interviews, "Table A", T0, 2);
    let second = slot(&interviews, "Table A", T0 + HALF_HOUR, 1);
    let group = slot(&workshop, "", T0 + 2 * HALF_HOUR, 10);
    let people: Vec<participant::Model> = [
        "Amira Haddad",
        "Bo Chen",
        "Chen Li",
        "Dana Levi",
        "Eli Gold",
        "Fay Ward",
    ]
    .iter()
    .map(|n| person(n))
    .collect();
    let book = |who: &participant::Model, at: &slot::Model, state: BookingStatus| {
        new_row(
            SessionId(at.session_id),
            Some(at.id),
            ParticipantId(who.id),
            (state, None),
            "test",
            0,
        )
    };
    let mut arrived = book(&people[0], &first, BookingStatus::Confirmed);
    arrived.arrived_at = Some(T0 - 5 * 60 * 1000);
    let bookings = vec![
        arrived,
        book(&people[1], &first, BookingStatus::Confirmed),
        book(&people[2], &second, BookingStatus::NoShow),
        book(&people[3], &second, BookingStatus::Cancelled),
        book(&people[1], &group, BookingStatus::Confirmed),
    ];
    let mut slots = vec![first, second, group];
    slots[0].booked = 2;
    Fixture {
        records: EventRecords {
            sessions: vec![interviews, workshop],
            slots,
            bookings,
            listed: people
                .iter()
                .map(|p| event_participant::Model {
                    event_id: Uuid::nil(),
                    participant_id: p.id,
                    added_at: 0,
                    invited_at: None,
                    check_in_code: None,
                })
                .collect(),
            participants: people.iter().map(|p| (p.id, p.clone())).collect(),
            ..EventRecords::default()
        },
        people,
    }
}

#[test]
fn bookings_are_listed_by_time_and_counted_by_state() {
    let f = fixture();
    let (days, shown, tally) = booking_days(
        &f.records,
        &CheckInFilter::default(),
        (ZONE, &Locale::default()),
        T0,
    )
    .unwrap();
    assert_eq!(
        tally,
        Tally {
            expected: 2,
            arrived: 1,
            no_show: 1
        }
    );
    assert_eq!(shown, 4, "cancelled bookings are not on the list");
    assert_eq!(days.len(), 1);
    assert_eq!(days[0].date, "Tue 3 March 2026");
    let rows: Vec<(&str, &str, &Attendance)> = days[0]
        .rows
        .iter()
        .map(|r| (r.time.as_str(), r.person.as_str(), &r.attendance))
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                "17:30–18:00",
                "Amira Haddad",
                &Attendance::Arrived("17:25".to_owned())
            ),
            ("17:30–18:00", "Bo Chen", &Attendance::Expected),
            ("18:00–18:30", "Chen Li", &Attendance::NoShow),
            ("18:30–19:00", "Bo Chen", &Attendance::Expected),
        ]
    );
    assert_eq!(days[0].rows[0].place, "Room 2 · Table A");
    assert_eq!(days[0].rows[3].place, "", "a group without room or host");
}

#[test]
fn not_come_is_offered_from_the_start_of_a_time_and_came_late_until_its_session_ends() {
    let f = fixture();
    let offers_at = |now: i64| -> Vec<(String, MarkOffers)> {
        let (days, _, _) = booking_days(
            &f.records,
            &CheckInFilter::default(),
            (ZONE, &Locale::default()),
            now,
        )
        .unwrap();
        days[0]
            .rows
            .iter()
            .map(|r| (r.time.clone(), r.offers))
            .collect()
    };
    let both = MarkOffers {
        no_show: true,
        came_late: true,
    };
    let before = MarkOffers {
        no_show: false,
        came_late: true,
    };
    // 17:45: the 17:30 times have begun, the 18:00 and 18:30 ones have not.
    let at_quarter_to = offers_at(T0 + HALF_HOUR / 2);
    assert_eq!(at_quarter_to[0].1, both);
    assert_eq!(at_quarter_to[1].1, both);
    assert_eq!(at_quarter_to[2].1, before, "18:00 has not begun");
    assert_eq!(at_quarter_to[3].1, before, "18:30 has not begun");
    // After the sessions' end, nobody can be brought back any more.
    let after = offers_at(T0 + 5 * HALF_HOUR);
    assert!(after.iter().all(|(_, o)| o.no_show && !o.came_late));
}

#[test]
fn the_filter_narrows_the_rows_but_not_the_counts() {
    let f = fixture();
    let by_name = CheckInFilter {
        name: "  CHEN ".to_owned(),
        ..CheckInFilter::default()
    };
    let (days, shown, tally) =
        booking_days(&f.records, &by_name, (ZONE, &Locale::default()), T0).unwrap();
    assert_eq!(shown, 3, "Bo Chen twice and Chen Li");
    assert_eq!(tally.expected + tally.arrived + tally.no_show, 4);
    assert!(days[0].rows.iter().all(|r| r.person.contains("Chen")));
    let by_session = CheckInFilter {
        session: Some(f.records.sessions[1].id),
        ..CheckInFilter::default()
    };
    let (days, shown, _) =
        booking_days(&f.records, &by_session, (ZONE, &Locale::default()), T0).unwrap();
    assert_eq!(shown, 1);
    assert_eq!(days[0].rows[0].session, "CV workshop");
}

#[test]
fn a_free_place_goes_to_the_first_in_line_who_can_take_it() {
    let f = fixture();
    // Bo (already in the interviews, and in the workshop) waits first, then Eli, then Fay.
    let line = vec![
        waiting(&f.people[1], 1),
        waiting(&f.people[4], 2),
        waiting(&f.people[5], 3),
    ];
    let everyone = |_: Uuid, _: &slot::Model| true;
    let places = free_places(&f.records, &line, T0, &clock(), &everyone).unwrap();
    let summary: Vec<(&str, i32, Option<&str>)> = places
        .iter()
        .map(|p| {
            (
                p.time.as_str(),
                p.free,
                p.next.as_ref().map(|(_, name)| name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("18:00–18:30", 1, Some("Eli Gold")),
            ("18:30–19:00", 10, Some("Eli Gold")),
        ],
        "the full first slot is not offered; Bo holds a place in both sessions"
    );
    // A session's rules can rule someone out: then the next in line is offered.
    let not_eli = |who: Uuid, _: &slot::Model| who != f.people[4].id;
    let places = free_places(&f.records, &line, T0, &clock(), &not_eli).unwrap();
    assert_eq!(places[0].next.as_ref().unwrap().1, "Fay Ward");
    // Places that have ended are not offered.
    let later = free_places(&f.records, &line, T0 + 2 * HALF_HOUR, &clock(), &everyone).unwrap();
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].time, "18:30–19:00");
}

#[test]
fn overlapping_places_are_not_offered_to_the_same_person() {
    let f = fixture();
    let holdings = Holdings::of(&f.records);
    let mut other = session("Speed networking", "");
    other.id = Uuid::now_v7();
    let overlapping = slot(&other, "", T0 + 10 * 60 * 1000, 5);
    let after = slot(&other, "", T0 + HALF_HOUR, 5);
    let amira = f.people[0].id;
    assert!(!holdings.free_to_take(amira, &overlapping));
    assert!(
        holdings.free_to_take(amira, &after),
        "touching ends do not overlap"
    );
    assert!(holdings.free_to_take(f.people[4].id, &overlapping));
}

#[test]
fn the_list_search_finds_people_not_waiting_already() {
    let f = fixture();
    let names = |line: &[standby::Model], text: &str| -> Vec<String> {
        find_listed(&f.records, line, text)
            .into_iter()
            .map(|(_, name, _)| name)
            .collect()
    };
    assert!(names(&[], "  ").is_empty());
    assert_eq!(
        names(&[], "CHEN"),
        vec!["Bo Chen", "Chen Li"],
        "by name, any case"
    );
    assert_eq!(
        names(&[waiting(&f.people[1], 1)], "chen"),
        vec!["Chen Li"],
        "Bo waits already"
    );
    assert_eq!(names(&[], "fay.ward@"), vec!["Fay Ward"], "by address");
}

#[test]
fn the_standby_list_keeps_its_order_and_says_why() {
    let f = fixture();
    let mut second = waiting(&f.people[5], T0 + 60_000);
    second.reason = crate::domain::standby_reason::StandbyReason::NoBooking;
    second.note = "IT".to_owned();
    let rows = standby_rows(
        &f.records,
        &[waiting(&f.people[4], T0), second],
        (ZONE, &Locale::default()),
    )
    .unwrap();
    assert_eq!(
        rows.iter()
            .map(|r| (r.position, r.person.as_str(), r.reason, r.since.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (1, "Eli Gold", "coord-standby-walk-in", "17:30"),
            (2, "Fay Ward", "coord-standby-no-booking", "17:31"),
        ]
    );
    assert_eq!(rows[1].note, "IT");
}
