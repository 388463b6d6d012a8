//! The day of the event: checking people in (coordinators for the whole event, volunteers for
//! their own slots through their personal link), no-shows that free places, walk-ins and the
//! standby list that fills those places.

mod absent;
mod by_code;
mod fill;
mod free_places;
mod late;
mod marks;
pub mod standby;
pub mod view;
#[cfg(test)]
mod view_tests;

pub use absent::{Absence, interviewer_absent};
pub use by_code::{CodeCheckIn, check_in_by_code, code_of_link};
pub use fill::{Filled, fill_session};
pub use late::{LateOffer, seat_late};
pub use marks::{Mark, Marked, Scope, mark};

use crate::db::event_report::{self, EventRecords};
use crate::db::standby as standby_rows;
use crate::domain::locale::Locale;
use crate::entities::slot;
use crate::i18n::dates::EventClock;
use crate::services::error::ServiceError;
use crate::services::events::EventSummary;
use crate::services::option_fits::SessionFits;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use uuid::Uuid;
use view::{
    CheckInFilter, CheckInView, booking_days, fill_sessions, find_listed, free_places,
    interviewers_due, standby_rows as rows_of,
};

/// Loads the check-in page of `event`, its dates in `locale`'s words.
pub async fn load(
    conn: &impl ConnectionTrait,
    (event, locale): (&EventSummary, &Locale),
    filter: &CheckInFilter,
    now_ms: i64,
) -> Result<CheckInView, ServiceError> {
    let records = event_report::load(conn, event.id).await?;
    let entries = standby_rows::open(conn, event.id).await?;
    let zone = &event.time_zone;
    let (days, shown, tally) = booking_days(&records, filter, (zone, locale), now_ms)?;
    let late_comer = filter
        .late
        .and_then(|id| records.bookings.iter().find(|b| b.id == id))
        .map(|b| b.participant_id);
    let people: Vec<Uuid> = entries
        .iter()
        .map(|e| e.participant_id)
        .chain(late_comer)
        .collect();
    let fits = fits_of_waiting(conn, &records, &people, now_ms).await?;
    let allows = |participant_id: Uuid, slot: &slot::Model| {
        fits.get(&(participant_id, slot.session_id))
            .is_none_or(|fit| fit.allows(slot))
    };
    let clock = EventClock::new(locale, zone, (event.starts_at, event.ends_at))?;
    let free_places = free_places(&records, &entries, now_ms, &clock, &allows)?;
    let late = filter.late.and_then(|booking_id| {
        let mut offer = late::late_offer(&records, &entries, &free_places, booking_id)?;
        offer.places.retain(|place| {
            records
                .slots
                .iter()
                .find(|s| s.id == place.slot_id)
                .is_some_and(|slot| allows(offer.participant_id, slot))
        });
        Some(offer)
    });
    Ok(CheckInView {
        days,
        shown,
        tally,
        sessions: records
            .sessions
            .iter()
            .map(|s| (s.id, s.title.clone()))
            .collect(),
        standby: rows_of(&records, &entries, (zone, locale))?,
        fill_sessions: fill_sessions(&free_places, !entries.is_empty()),
        free_places,
        found: find_listed(&records, &entries, &filter.find),
        interviewers: interviewers_due(&records, now_ms),
        late,
    })
}

/// How each of `people` (those on standby, and a late-comer looking for another place) fits the
/// interviewers of each session with free places (only interview sessions have rules; the list
/// is short, so a few queries per person are fine).
async fn fits_of_waiting(
    conn: &impl ConnectionTrait,
    records: &EventRecords,
    people: &[Uuid],
    now_ms: i64,
) -> Result<HashMap<(Uuid, Uuid), SessionFits>, ServiceError> {
    let mut fits = HashMap::new();
    for session in &records.sessions {
        let open: Vec<slot::Model> = records
            .slots
            .iter()
            .filter(|s| s.session_id == session.id && s.capacity > s.booked && s.ends_at > now_ms)
            .cloned()
            .collect();
        if open.is_empty() {
            continue;
        }
        for &person in people {
            let fit = SessionFits::load(conn, person, session, &open).await?;
            fits.insert((person, session.id), fit);
        }
    }
    Ok(fits)
}
