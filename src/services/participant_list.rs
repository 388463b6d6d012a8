//! An event's participant list as coordinators page through it: found by name, address or
//! phone, narrowed to who is booked, not booked, waiting or did not come, 50 to a page, each
//! person shown with their bookings. Everything is loaded in a few queries
//! ([`crate::db::event_report`]); the choosing is a pure function.

use crate::db::event_report;
use crate::domain::booking_status::BookingStatus;
use crate::domain::locale::Locale;
use crate::entities::event;
use crate::i18n::dates::EventClock;
use crate::services::error::ServiceError;
use crate::services::participants::ListedPerson;
use sea_orm::DatabaseConnection;
use std::collections::HashMap;

/// People shown on one page of the list.
pub const PAGE_SIZE: usize = 50;

/// Which people the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// Everyone on the list.
    #[default]
    All,
    /// People holding at least one place.
    Booked,
    /// People holding no place (some of them may be waiting).
    NotBooked,
    /// People on a waiting list, or offered a freed place.
    Waiting,
    /// People marked as not come at least once.
    NoShow,
}

impl Filter {
    /// Every filter, in the order the form offers them.
    pub const ALL: [Filter; 5] = [
        Filter::All,
        Filter::Booked,
        Filter::NotBooked,
        Filter::Waiting,
        Filter::NoShow,
    ];

    /// Its value in the address (`?show=`).
    pub fn as_str(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Booked => "booked",
            Filter::NotBooked => "not-booked",
            Filter::Waiting => "waiting",
            Filter::NoShow => "no-show",
        }
    }

    /// The filter an address names; anything else shows everyone.
    pub fn parse(text: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|filter| filter.as_str() == text)
            .unwrap_or_default()
    }

    /// The text id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            Filter::All => "coord-show-all",
            Filter::Booked => "coord-show-booked",
            Filter::NotBooked => "coord-show-not-booked",
            Filter::Waiting => "coord-show-waiting",
            Filter::NoShow => "coord-show-no-show",
        }
    }

    fn keeps(self, statuses: &[BookingStatus]) -> bool {
        let any = |wanted: &[BookingStatus]| statuses.iter().any(|s| wanted.contains(s));
        match self {
            Filter::All => true,
            Filter::Booked => any(&[BookingStatus::Confirmed]),
            Filter::NotBooked => !any(&[BookingStatus::Confirmed]),
            Filter::Waiting => any(&[BookingStatus::Waitlisted, BookingStatus::Offered]),
            Filter::NoShow => any(&[BookingStatus::NoShow]),
        }
    }
}

/// What the coordinator asked the list for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListQuery {
    /// Part of a name, an address or a phone number (any case); empty finds everyone.
    pub find: String,
    /// Which people.
    pub filter: Filter,
    /// The page, from 1.
    pub page: usize,
}

/// One booking as a row of the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowBooking {
    /// The session's title.
    pub session: String,
    /// When, in the event's zone (empty while waiting for a place).
    pub when: String,
    /// Where it stands.
    pub status: BookingStatus,
}

/// One person on the list with their bookings (cancelled ones left out).
#[derive(Clone, Debug)]
pub struct Row {
    /// The person.
    pub person: ListedPerson,
    /// Their bookings at this event, in time order.
    pub bookings: Vec<RowBooking>,
    /// Their answers to the event's own sign-up questions: (question, answer).
    pub answers: Vec<(String, String)>,
}

/// One page of the list.
#[derive(Clone, Debug)]
pub struct ListPage {
    /// The people on this page.
    pub rows: Vec<Row>,
    /// How many people match the search and filter.
    pub matching: usize,
    /// How many people are on the list in all (erased people aside).
    pub total: usize,
    /// How many erased people the list leaves out: nobody can reach or book them any more.
    pub erased: usize,
    /// How many have not been sent their link yet.
    pub not_invited: usize,
    /// This page, from 1 (the last one when more was asked).
    pub page: usize,
    /// How many pages the matching people fill (at least 1).
    pub pages: usize,
    /// Whether the event asks questions of its own on its sign-up form.
    pub asks_questions: bool,
}

/// Loads the page `query` asks for of event `event`'s list, times written for `locale`.
pub async fn load(
    db: &DatabaseConnection,
    event: &event::Model,
    query: &ListQuery,
    locale: &Locale,
) -> Result<ListPage, ServiceError> {
    let records = event_report::load(db, event.id).await?;
    let answers = crate::services::sign_up_answers::of_event(db, event.id).await?;
    let clock = EventClock::new(locale, &event.time_zone, (event.starts_at, event.ends_at))?;
    let titles: HashMap<_, _> = records.sessions.iter().map(|s| (s.id, &s.title)).collect();
    let slots: HashMap<_, _> = records.slots.iter().map(|s| (s.id, s)).collect();
    let mut bookings: HashMap<_, Vec<(i64, RowBooking)>> = HashMap::new();
    for booking in &records.bookings {
        if booking.status == BookingStatus::Cancelled {
            continue;
        }
        let slot = booking.slot_id.and_then(|id| slots.get(&id));
        let when = match slot {
            Some(slot) => clock.range(slot.starts_at, slot.ends_at)?,
            None => String::new(),
        };
        let line = RowBooking {
            session: titles
                .get(&booking.session_id)
                .map(|t| t.to_string())
                .unwrap_or_default(),
            when,
            status: booking.status,
        };
        let starts = slot.map_or(i64::MAX, |s| s.starts_at);
        bookings
            .entry(booking.participant_id)
            .or_default()
            .push((starts, line));
    }
    let mut rows: Vec<Row> = records
        .listed
        .iter()
        .filter_map(|entry| {
            let person = records.participants.get(&entry.participant_id)?;
            let mut own = bookings.remove(&person.id).unwrap_or_default();
            own.sort_by_key(|(starts, _)| *starts);
            Some(Row {
                person: ListedPerson {
                    id: person.id,
                    name: person.name.clone(),
                    email: person.email.clone(),
                    phone: person.phone.clone(),
                    locale: person.locale.clone(),
                    invited_at: entry.invited_at,
                    anonymised_at: person.anonymised_at,
                },
                bookings: own.into_iter().map(|(_, line)| line).collect(),
                answers: answers.given_by(person.id),
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        let key = |row: &Row| (row.person.name.to_lowercase(), row.person.id);
        key(a).cmp(&key(b))
    });
    let mut page = choose(rows, query);
    page.asks_questions = !answers.questions.is_empty();
    Ok(page)
}

/// The page of `rows` (everyone on the list, in order) that `query` asks for.
pub fn choose(rows: Vec<Row>, query: &ListQuery) -> ListPage {
    let (erased, rows): (Vec<Row>, Vec<Row>) = rows
        .into_iter()
        .partition(|row| row.person.anonymised_at.is_some());
    let total = rows.len();
    let not_invited = rows
        .iter()
        .filter(|r| r.person.invited_at.is_none())
        .count();
    let matching_rows: Vec<Row> = rows
        .into_iter()
        .filter(|row| {
            let statuses: Vec<BookingStatus> = row.bookings.iter().map(|b| b.status).collect();
            query.filter.keeps(&statuses) && matches(&row.person, &query.find)
        })
        .collect();
    let matching = matching_rows.len();
    let pages = matching.div_ceil(PAGE_SIZE).max(1);
    let page = query.page.clamp(1, pages);
    let rows = matching_rows
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    ListPage {
        rows,
        matching,
        total,
        erased: erased.len(),
        not_invited,
        page,
        pages,
        asks_questions: false,
    }
}

/// Whether `person`'s name, address or phone number holds `find` (any case; an empty search
/// holds all).
fn matches(person: &ListedPerson, find: &str) -> bool {
    let needle = find.trim().to_lowercase();
    needle.is_empty()
        || person.name.to_lowercase().contains(&needle)
        || [&person.email, &person.phone]
            .into_iter()
            .flatten()
            .any(|contact| contact.to_lowercase().contains(&needle))
}

#[cfg(test)]
#[path = "participant_list_tests.rs"]
mod tests;
