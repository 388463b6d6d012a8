//! Report figures against a known fixture: two employers, three volunteers, two events.

use super::figures::*;
use crate::db::bookings::new_row;
use crate::db::event_report::EventRecords;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::outcome::OutcomeKind;
use crate::domain::survey::Usefulness;
use crate::entities::{booking, employer, slot, volunteer};
use std::collections::HashSet;
use uuid::Uuid;

/// A volunteer's figures as the test compares them.
type VolunteerLine<'a> = (&'a str, &'a str, usize, usize, i64, Vec<String>);

const T0: i64 = 1_772_555_400_000;
const MINUTE: i64 = 60 * 1000;

fn employer(name: &str) -> employer::Model {
    employer::Model {
        id: Uuid::now_v7(),
        name: name.to_owned(),
        website: None,
        offer: None,
        created_at: 0,
    }
}

fn volunteer(name: &str, employer: &employer::Model) -> volunteer::Model {
    volunteer::Model {
        id: Uuid::now_v7(),
        employer_id: employer.id,
        name: name.to_owned(),
        email: format!("{name}@example.org"),
        job_title: String::new(),
        locale: "en".to_owned(),
        withdrawn_at: None,
        created_at: 0,
    }
}

fn slot(
    volunteer: Option<&volunteer::Model>,
    employer: Option<&employer::Model>,
    start: i64,
    minutes: i64,
    capacity: i32,
) -> slot::Model {
    slot::Model {
        id: Uuid::now_v7(),
        session_id: Uuid::nil(),
        volunteer_id: volunteer.map(|v| v.id),
        employer_id: employer.map(|e| e.id),
        label: String::new(),
        starts_at: start,
        ends_at: start + minutes * MINUTE,
        capacity,
        booked: 0,
        created_at: 0,
        calendar_sequence: 0,
    }
}

fn booking(slot: &slot::Model, state: BookingStatus, arrived: bool) -> booking::Model {
    let mut row = new_row(
        SessionId(slot.session_id),
        Some(slot.id),
        ParticipantId(Uuid::now_v7()),
        (state, None),
        "t",
        0,
    );
    row.arrived_at = arrived.then_some(T0);
    row
}

fn records(
    employers: &[&employer::Model],
    volunteers: &[&volunteer::Model],
    slots: Vec<slot::Model>,
    bookings: Vec<booking::Model>,
) -> EventRecords {
    EventRecords {
        slots,
        bookings,
        volunteers: volunteers.iter().map(|v| (v.id, (*v).clone())).collect(),
        employers: employers.iter().map(|e| (e.id, (*e).clone())).collect(),
        ..EventRecords::default()
    }
}

#[test]
fn the_figures_match_a_known_fixture() {
    let acme = employer("Acme");
    let havel = employer("Havel Health");
    let dana = volunteer("Dana", &acme);
    let omar = volunteer("Omar", &havel);
    let lee = volunteer("Lee", &havel);
    // Event 1: Dana two 30-minute interviews (one arrived, one no-show), Omar one 45-minute
    // interview (not checked), a cancelled booking that counts for nothing; Acme's table
    // (no volunteer) with three seats taken, two arrived.
    let d1 = slot(Some(&dana), None, T0, 30, 1);
    let d2 = slot(Some(&dana), None, T0 + 30 * MINUTE, 30, 1);
    let o1 = slot(Some(&omar), None, T0, 45, 1);
    let table = slot(None, Some(&acme), T0, 60, 10);
    let arrived = booking(&d1, BookingStatus::Confirmed, true);
    let bookings = vec![
        arrived.clone(),
        booking(&d2, BookingStatus::NoShow, false),
        booking(&o1, BookingStatus::Confirmed, false),
        booking(&o1, BookingStatus::Cancelled, false),
        booking(&table, BookingStatus::Confirmed, true),
        booking(&table, BookingStatus::Confirmed, true),
        booking(&table, BookingStatus::Confirmed, false),
    ];
    let first = records(
        &[&acme, &havel],
        &[&dana, &omar],
        vec![d1, d2, o1, table],
        bookings,
    );
    // Event 2: Lee one free 60-minute slot (nobody booked: the hours still count), Dana one
    // 30-minute interview, arrived.
    let l1 = slot(Some(&lee), None, T0 + 86_400_000, 60, 1);
    let d3 = slot(Some(&dana), None, T0 + 86_400_000, 30, 1);
    let second_booking = booking(&d3, BookingStatus::Confirmed, true);
    let second = records(
        &[&acme, &havel],
        &[&dana, &lee],
        vec![l1, d3],
        vec![second_booking],
    );

    let with_feedback: HashSet<Uuid> = [arrived.id].into();
    let report = figures(
        &[
            ("Evening 1".to_owned(), first),
            ("Evening 2".to_owned(), second),
        ],
        &with_feedback,
    );
    assert_eq!(report.events, 2);
    assert_eq!(report.participants, 7);
    assert_eq!(
        report.attendance,
        Attendance {
            booked: 7,
            arrived: 4,
            no_show: 1
        }
    );
    assert_eq!(report.attendance.unmarked(), 2);
    assert_eq!(report.attendance.no_show_percent(), Some(20));
    assert_eq!((report.feedback_received, report.interviews), (1, 3));

    let employers: Vec<(&str, usize, usize, usize, i64)> = report
        .employers
        .iter()
        .map(|e| {
            (
                e.name.as_str(),
                e.bookings,
                e.arrived,
                e.volunteers,
                e.volunteer_minutes,
            )
        })
        .collect();
    assert_eq!(
        employers,
        vec![("Acme", 6, 4, 1, 90), ("Havel Health", 1, 0, 2, 105)],
        "most bookings first; Dana's 90 minutes, Omar's 45 and Lee's 60"
    );
    let volunteers: Vec<VolunteerLine> = report
        .volunteers
        .iter()
        .map(|v| {
            (
                v.name.as_str(),
                v.employer.as_str(),
                v.slots,
                v.people,
                v.minutes,
                v.events.clone(),
            )
        })
        .collect();
    assert_eq!(
        volunteers,
        vec![
            (
                "Dana",
                "Acme",
                3,
                2,
                90,
                vec!["Evening 1".to_owned(), "Evening 2".to_owned()]
            ),
            (
                "Lee",
                "Havel Health",
                1,
                0,
                60,
                vec!["Evening 2".to_owned()]
            ),
            (
                "Omar",
                "Havel Health",
                1,
                1,
                45,
                vec!["Evening 1".to_owned()]
            ),
        ]
    );
}

#[test]
fn hours_read_like_people_write_them() {
    assert_eq!(hours_text(45), "45 min");
    assert_eq!(hours_text(120), "2 h");
    assert_eq!(hours_text(150), "2 h 30 min");
}

#[test]
fn nobody_checked_means_no_rate() {
    let attendance = Attendance {
        booked: 5,
        arrived: 0,
        no_show: 0,
    };
    assert_eq!(attendance.no_show_percent(), None);
    assert_eq!(attendance.unmarked(), 5);
}

#[test]
fn outcomes_and_survey_answers_are_counted_by_kind() {
    assert_eq!(
        outcome_counts(&[
            OutcomeKind::JobOffer,
            OutcomeKind::InterviewInvitation,
            OutcomeKind::JobOffer
        ]),
        vec![
            (OutcomeKind::InterviewInvitation, 1),
            (OutcomeKind::JobOffer, 2)
        ]
    );
    assert_eq!(
        survey_counts(&[Usefulness::Very, Usefulness::Very, Usefulness::Not]),
        SurveyFigures {
            answers: 3,
            very: 2,
            somewhat: 0,
            not: 1
        }
    );
}
