//! The day of the event: checking people in (coordinators for the whole event, volunteers for
//! their own slots through their personal link), no-shows that free places, walk-ins and the
//! standby list that fills those places.

mod absent;
mod fill;
mod free_places;
mod marks;
pub mod standby;
pub mod view;
#[cfg(test)]
mod view_tests;

pub use absent::{Absence, interviewer_absent};
pub use fill::{Filled, fill_session};
pub use marks::{Mark, Marked, Scope, mark};

use crate::db::event_report::{self, EventRecords};
use crate::db::standby as standby_rows;
use crate::domain::locale::Locale;
use crate::entities::slot;
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
    let (days, shown, tally) = booking_days(&records, filter, (zone, locale))?;
    let fits = fits_of_waiting(conn, &records, &entries, now_ms).await?;
    let allows = |participant_id: Uuid, slot: &slot::Model| {
        fits.get(&(participant_id, slot.session_id))
            .is_none_or(|fit| fit.allows(slot))
    };
    let free_places = free_places(&records, &entries, now_ms, (zone, locale), &allows)?;
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
    })
}

/// How each person on standby fits the interviewers of each session with free places (only
/// interview sessions have rules; the list is short, so a few queries per person are fine).
async fn fits_of_waiting(
    conn: &impl ConnectionTrait,
    records: &EventRecords,
    entries: &[crate::entities::standby::Model],
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
        for entry in entries {
            let fit = SessionFits::load(conn, entry.participant_id, session, &open).await?;
            fits.insert((entry.participant_id, session.id), fit);
        }
    }
    Ok(fits)
}
