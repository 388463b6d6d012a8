//! What the check-in page shows: the day's bookings by time and room or table, who has
//! arrived, the standby list, and the places still free with the next person in line for each.
//!
//! Built from the records of [`crate::db::event_report`] (a handful of queries whatever the
//! size of the event), by pure functions tested without a database.

pub use super::free_places::{FREE_PLACES_SHOWN, FreePlace, Holdings, free_places};
use crate::db::event_report::EventRecords;
use crate::domain::booking_status::BookingStatus;
use crate::domain::locale::Locale;
use crate::domain::standby_reason::StandbyReason;
use crate::domain::time::TimeError;
use crate::entities::{booking, slot, standby};
use crate::i18n::dates;
use crate::services::run_sheet::host_of;
use std::collections::HashMap;
use uuid::Uuid;

/// How far a booking is on the day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attendance {
    /// Booked, not checked in yet.
    Expected,
    /// Checked in at this wall-clock time.
    Arrived(String),
    /// Did not come; the place was freed.
    NoShow,
}

impl Attendance {
    /// Whether the person was marked as not come.
    pub fn is_no_show(&self) -> bool {
        *self == Self::NoShow
    }

    /// Where a booking stands (an arrival's time written for `locale`); `None` for bookings
    /// that are not on a check-in list.
    pub fn of(
        booking: &booking::Model,
        (zone, locale): (&str, &Locale),
    ) -> Result<Option<Self>, TimeError> {
        Ok(match (booking.status, booking.arrived_at) {
            (BookingStatus::Confirmed, Some(at)) => {
                Some(Self::Arrived(dates::clock_time(locale, at, zone)?))
            }
            (BookingStatus::Confirmed, None) => Some(Self::Expected),
            (BookingStatus::NoShow, _) => Some(Self::NoShow),
            _ => None,
        })
    }
}

/// One booking on the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckInRow {
    /// The booking, for the buttons.
    pub booking_id: Uuid,
    /// `17:30–18:00`.
    pub time: String,
    /// Room and host: `Room 2 · Dana Levi (Acme)`.
    pub place: String,
    /// The session's title.
    pub session: String,
    /// The participant's name.
    pub person: String,
    /// Where they stand.
    pub attendance: Attendance,
    /// Which taps the clock allows now: "not come" once the time has begun, "came after all"
    /// until the session ends.
    pub offers: MarkOffers,
}

/// Which check-in taps the clock allows for one booking now (see [`super::Mark::permitted`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MarkOffers {
    /// "Not come": the person's time has begun.
    pub no_show: bool,
    /// "Came after all": the session has not ended.
    pub came_late: bool,
}

impl MarkOffers {
    /// The taps allowed at `now_ms` for a time starting at `slot_starts_at` in a session ending
    /// at `session_ends_at`.
    pub fn at(slot_starts_at: i64, session_ends_at: i64, now_ms: i64) -> Self {
        use super::Mark;
        let allows = |mark: Mark| {
            mark.permitted(slot_starts_at, session_ends_at, now_ms)
                .is_ok()
        };
        Self {
            no_show: allows(Mark::NoShow),
            came_late: allows(Mark::CameLate),
        }
    }
}

/// The rows of one calendar day (events rarely span two, but may).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckInDay {
    /// `Tue 3 March 2026`.
    pub date: String,
    /// Rows by start time, then place, then name.
    pub rows: Vec<CheckInRow>,
}

/// Counts over all of the event's bookings (not only those a filter shows).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Booked, not checked in yet.
    pub expected: usize,
    /// Checked in.
    pub arrived: usize,
    /// Marked as not come.
    pub no_show: usize,
}

/// A person waiting for a freed place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StandbyRow {
    /// The list entry.
    pub id: Uuid,
    /// Their place in line, from 1.
    pub position: usize,
    /// Their name.
    pub person: String,
    /// Why they wait: the id of its text.
    pub reason: &'static str,
    /// What they hope for.
    pub note: String,
    /// `17:42`: since when.
    pub since: String,
}

/// What the coordinator narrows the list to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckInFilter {
    /// Part of a name, any case.
    pub name: String,
    /// One session only.
    pub session: Option<Uuid>,
    /// A search of the event's list, to put someone who came without a booking on standby.
    pub find: String,
    /// A no-show who came after all but whose place was given away: offer them another.
    pub late: Option<Uuid>,
}

/// The whole page's content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckInView {
    /// Bookings by day.
    pub days: Vec<CheckInDay>,
    /// How many rows the filter let through.
    pub shown: usize,
    /// Counts over the whole event.
    pub tally: Tally,
    /// The event's sessions, for the filter: (id, title).
    pub sessions: Vec<(Uuid, String)>,
    /// The standby list, first in line first.
    pub standby: Vec<StandbyRow>,
    /// Places still free that have not ended, soonest first.
    pub free_places: Vec<FreePlace>,
    /// People on the list matching the search: (id, name, e-mail).
    pub found: Vec<(Uuid, String, String)>,
    /// Interviewers with slots that have not ended, for "did not come": (id, name (employer)).
    pub interviewers: Vec<(Uuid, String)>,
    /// Sessions whose free places can be filled from standby at once: (id, title).
    pub fill_sessions: Vec<(Uuid, String)>,
    /// Another place for a no-show who came after all, when theirs was given away.
    pub late: Option<super::LateOffer>,
}

/// Room and host of a slot, as the list and the free places show it.
pub fn place_label(records: &EventRecords, slot: &slot::Model) -> String {
    let host = host_of(records, slot);
    let room = records
        .sessions
        .iter()
        .find(|s| s.id == slot.session_id)
        .map(|s| s.room.as_str())
        .unwrap_or_default();
    if room.is_empty() {
        host
    } else {
        format!("{room} · {host}")
    }
}

/// The text id that says why someone is on standby.
fn reason_text_id(reason: StandbyReason) -> &'static str {
    match reason {
        StandbyReason::WalkIn => "coord-standby-walk-in",
        StandbyReason::InterviewerAbsent => "coord-standby-interviewer-absent",
        StandbyReason::NoBooking => "coord-standby-no-booking",
    }
}

/// When the session of `slot` ends (the slot's own end if the session is not among the records).
pub fn session_end(records: &EventRecords, slot: &slot::Model) -> i64 {
    records
        .sessions
        .iter()
        .find(|s| s.id == slot.session_id)
        .map_or(slot.ends_at, |s| s.ends_at)
}

pub(super) fn session_title(records: &EventRecords, session_id: Uuid) -> String {
    records
        .sessions
        .iter()
        .find(|s| s.id == session_id)
        .map(|s| s.title.clone())
        .unwrap_or_default()
}

/// The bookings on the list (confirmed and no-shows), grouped by day (named in `locale`'s
/// words), with the tally and the taps allowed at `now_ms`.
pub fn booking_days(
    records: &EventRecords,
    filter: &CheckInFilter,
    (zone, locale): (&str, &Locale),
    now_ms: i64,
) -> Result<(Vec<CheckInDay>, usize, Tally), TimeError> {
    let slots: HashMap<Uuid, &slot::Model> = records.slots.iter().map(|s| (s.id, s)).collect();
    let needle = filter.name.trim().to_lowercase();
    let mut tally = Tally::default();
    let mut rows: Vec<(i64, CheckInRow)> = Vec::new();
    for booking in &records.bookings {
        let Some(attendance) = Attendance::of(booking, (zone, locale))? else {
            continue;
        };
        match attendance {
            Attendance::Expected => tally.expected += 1,
            Attendance::Arrived(_) => tally.arrived += 1,
            Attendance::NoShow => tally.no_show += 1,
        }
        let (Some(slot), Some(person)) = (
            booking.slot_id.and_then(|id| slots.get(&id)),
            records.participants.get(&booking.participant_id),
        ) else {
            continue;
        };
        if filter.session.is_some_and(|s| s != booking.session_id)
            || (!needle.is_empty() && !person.name.to_lowercase().contains(&needle))
        {
            continue;
        }
        rows.push((
            slot.starts_at,
            CheckInRow {
                booking_id: booking.id,
                time: dates::clock_range(locale, slot.starts_at, slot.ends_at, zone)?,
                place: place_label(records, slot),
                session: session_title(records, booking.session_id),
                person: person.name.clone(),
                attendance,
                offers: MarkOffers::at(slot.starts_at, session_end(records, slot), now_ms),
            },
        ));
    }
    rows.sort_by_cached_key(|(starts_at, row)| {
        (
            *starts_at,
            row.place.to_lowercase(),
            row.person.to_lowercase(),
        )
    });
    let shown = rows.len();
    let mut days: Vec<CheckInDay> = Vec::new();
    for (starts_at, row) in rows {
        let date = dates::date(locale, starts_at, zone)?;
        match days.last_mut() {
            Some(day) if day.date == date => day.rows.push(row),
            _ => days.push(CheckInDay {
                date,
                rows: vec![row],
            }),
        }
    }
    Ok((days, shown, tally))
}

/// The standby list as shown.
pub fn standby_rows(
    records: &EventRecords,
    entries: &[standby::Model],
    (zone, locale): (&str, &Locale),
) -> Result<Vec<StandbyRow>, TimeError> {
    entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            Ok(StandbyRow {
                id: entry.id,
                position: i + 1,
                person: records
                    .participants
                    .get(&entry.participant_id)
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
                reason: reason_text_id(entry.reason),
                note: entry.note.clone(),
                since: dates::clock_time(locale, entry.joined_at, zone)?,
            })
        })
        .collect()
}

/// How many people a search of the event's list shows.
pub const FOUND_SHOWN: usize = 10;

/// People on the event's list whose name or address holds `text` (any case) and who are not
/// on standby already: (id, name, e-mail), by name.
pub fn find_listed(
    records: &EventRecords,
    entries: &[standby::Model],
    text: &str,
) -> Vec<(Uuid, String, String)> {
    let needle = text.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(Uuid, String, String)> = records
        .listed
        .iter()
        .filter(|l| entries.iter().all(|e| e.participant_id != l.participant_id))
        .filter_map(|l| records.participants.get(&l.participant_id))
        .filter(|p| {
            p.name.to_lowercase().contains(&needle) || p.contact().to_lowercase().contains(&needle)
        })
        .map(|p| (p.id, p.name.clone(), p.contact().to_owned()))
        .collect();
    found.sort_by_cached_key(|(_, name, _)| name.to_lowercase());
    found.truncate(FOUND_SHOWN);
    found
}

/// Interviewers with slots that have not ended by `now_ms`: (id, `Name (Employer)`), by name.
pub fn interviewers_due(records: &EventRecords, now_ms: i64) -> Vec<(Uuid, String)> {
    let mut due: Vec<(Uuid, String)> = Vec::new();
    for slot in records.slots.iter().filter(|s| s.ends_at > now_ms) {
        let Some(volunteer) = records.volunteer_of(slot) else {
            continue;
        };
        if due.iter().any(|(id, _)| *id == volunteer.id) {
            continue;
        }
        let label = match records.employer_of(slot) {
            Some(employer) => format!("{} ({})", volunteer.name, employer.name),
            None => volunteer.name.clone(),
        };
        due.push((volunteer.id, label));
    }
    due.sort_by_cached_key(|(_, label)| label.to_lowercase());
    due
}

/// The sessions of the free places shown, once each in order, when someone is waiting.
pub fn fill_sessions(places: &[FreePlace], anyone_waiting: bool) -> Vec<(Uuid, String)> {
    let mut sessions: Vec<(Uuid, String)> = Vec::new();
    for place in places.iter().filter(|_| anyone_waiting) {
        if sessions.iter().all(|(id, _)| *id != place.session_id) {
            sessions.push((place.session_id, place.session.clone()));
        }
    }
    sessions
}
