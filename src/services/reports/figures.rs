//! The figures of a report, computed from the records of one or more events (pure: no database,
//! no clock), so the same code serves an event's report, a period's, the CSV and the
//! certificates, and tests can check them against a known fixture.

use crate::db::event_report::EventRecords;
use crate::domain::booking_status::BookingStatus;
use crate::domain::outcome::OutcomeKind;
use crate::domain::survey::Usefulness;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

const MINUTE_MS: i64 = 60 * 1000;

/// Who came.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Attendance {
    /// Bookings that held a place (confirmed, checked in or not, and no-shows).
    pub booked: usize,
    /// Checked in.
    pub arrived: usize,
    /// Marked as not come.
    pub no_show: usize,
}

impl Attendance {
    /// Booked but neither checked in nor marked as not come.
    pub fn unmarked(&self) -> usize {
        self.booked - self.arrived - self.no_show
    }

    /// No-shows as a whole percentage of the bookings that were checked (arrived or not come);
    /// `None` when nobody was checked.
    pub fn no_show_percent(&self) -> Option<usize> {
        let checked = self.arrived + self.no_show;
        (checked > 0).then(|| (self.no_show * 100 + checked / 2) / checked)
    }
}

/// One employer's line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmployerFigures {
    /// The employer.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Bookings with it (interviews, tables, placements).
    pub bookings: usize,
    /// Of those, checked in.
    pub arrived: usize,
    /// Its volunteers with at least one slot.
    pub volunteers: usize,
    /// Their hours, in minutes.
    pub volunteer_minutes: i64,
}

/// One volunteer's line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VolunteerFigures {
    /// The volunteer.
    pub id: Uuid,
    /// Their name.
    pub name: String,
    /// Their employer.
    pub employer_id: Option<Uuid>,
    /// Their employer's name.
    pub employer: String,
    /// Their slots.
    pub slots: usize,
    /// People booked with them.
    pub people: usize,
    /// Time given, in minutes (the length of their slots).
    pub minutes: i64,
    /// The events they gave time at, by title.
    pub events: Vec<String>,
}

/// Everything a report shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportFigures {
    /// Events counted.
    pub events: usize,
    /// Distinct participants with a booking.
    pub participants: usize,
    /// Who came.
    pub attendance: Attendance,
    /// Per employer, most bookings first.
    pub employers: Vec<EmployerFigures>,
    /// Per volunteer, most time first.
    pub volunteers: Vec<VolunteerFigures>,
    /// Interviews with written feedback.
    pub feedback_received: usize,
    /// Interviews held (checked in, or not marked) that could have feedback.
    pub interviews: usize,
}

/// Hours and minutes as people write them: `2 h 30 min`, `45 min`.
pub fn hours_text(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// The figures over `events` (each event's title with its records); `with_feedback` holds the
/// bookings that have feedback.
pub fn figures(events: &[(String, EventRecords)], with_feedback: &HashSet<Uuid>) -> ReportFigures {
    let mut report = ReportFigures {
        events: events.len(),
        ..ReportFigures::default()
    };
    let mut people: HashSet<Uuid> = HashSet::new();
    let mut employers: HashMap<Uuid, EmployerFigures> = HashMap::new();
    let mut volunteers: HashMap<Uuid, VolunteerFigures> = HashMap::new();
    for (title, records) in events {
        for slot in &records.slots {
            let employer = records.employer_of(slot);
            let bookings: Vec<_> = records
                .bookings
                .iter()
                .filter(|b| b.slot_id == Some(slot.id))
                .filter(|b| {
                    b.status == BookingStatus::Confirmed || b.status == BookingStatus::NoShow
                })
                .collect();
            let arrived = bookings.iter().filter(|b| b.arrived_at.is_some()).count();
            let no_show = bookings
                .iter()
                .filter(|b| b.status == BookingStatus::NoShow)
                .count();
            report.attendance.booked += bookings.len();
            report.attendance.arrived += arrived;
            report.attendance.no_show += no_show;
            people.extend(bookings.iter().map(|b| b.participant_id));
            if let Some(employer) = employer {
                let line = employers
                    .entry(employer.id)
                    .or_insert_with(|| EmployerFigures {
                        id: employer.id,
                        name: employer.name.clone(),
                        ..EmployerFigures::default()
                    });
                line.bookings += bookings.len();
                line.arrived += arrived;
            }
            let Some(volunteer) = records.volunteer_of(slot) else {
                continue;
            };
            let held: Vec<_> = bookings
                .iter()
                .filter(|b| b.status == BookingStatus::Confirmed)
                .collect();
            report.interviews += held.len();
            report.feedback_received += held
                .iter()
                .filter(|b| with_feedback.contains(&b.id))
                .count();
            let minutes = (slot.ends_at - slot.starts_at) / MINUTE_MS;
            let line = volunteers
                .entry(volunteer.id)
                .or_insert_with(|| VolunteerFigures {
                    id: volunteer.id,
                    name: volunteer.name.clone(),
                    employer_id: employer.map(|e| e.id),
                    employer: employer.map(|e| e.name.clone()).unwrap_or_default(),
                    ..VolunteerFigures::default()
                });
            line.slots += 1;
            line.people += held.len();
            line.minutes += minutes;
            if !line.events.contains(title) {
                line.events.push(title.clone());
            }
            if let Some(employer) = employer {
                employers
                    .entry(employer.id)
                    .and_modify(|e| e.volunteer_minutes += minutes);
            }
        }
    }
    for volunteer in volunteers.values() {
        if let Some(employer) = volunteer.employer_id.and_then(|id| employers.get_mut(&id)) {
            employer.volunteers += 1;
        }
    }
    report.participants = people.len();
    report.employers = employers.into_values().collect();
    report
        .employers
        .sort_by(|a, b| b.bookings.cmp(&a.bookings).then(a.name.cmp(&b.name)));
    report.volunteers = volunteers.into_values().collect();
    report
        .volunteers
        .sort_by(|a, b| b.minutes.cmp(&a.minutes).then(a.name.cmp(&b.name)));
    report
}

/// Outcomes by kind, in [`OutcomeKind`]'s order: (kind, how many); kinds nobody reached are
/// left out.
pub fn outcome_counts(kinds: &[OutcomeKind]) -> Vec<(OutcomeKind, usize)> {
    OutcomeKind::ALL
        .iter()
        .map(|kind| (*kind, kinds.iter().filter(|k| *k == kind).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// What the follow-up surveys said.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SurveyFigures {
    /// Answers.
    pub answers: usize,
    /// "Very useful".
    pub very: usize,
    /// "Somewhat useful".
    pub somewhat: usize,
    /// "Not useful".
    pub not: usize,
}

/// Counts the survey answers by how useful people found the event.
pub fn survey_counts(useful: &[Usefulness]) -> SurveyFigures {
    let count = |answer: Usefulness| useful.iter().filter(|u| **u == answer).count();
    SurveyFigures {
        answers: useful.len(),
        very: count(Usefulness::Very),
        somewhat: count(Usefulness::Somewhat),
        not: count(Usefulness::Not),
    }
}
