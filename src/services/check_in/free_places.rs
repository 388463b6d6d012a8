//! The places that can still be given on the day, each with the first person on standby who
//! can take it: no place in that session yet, nothing at an overlapping time, and the
//! session's rules (checked by the caller's `allows`).

use super::view::{place_label, session_title};
use crate::db::event_report::EventRecords;
use crate::domain::booking_status::BookingStatus;
use crate::domain::time::TimeError;
use crate::entities::{slot, standby};
use crate::i18n::dates::EventClock;
use std::collections::HashMap;
use uuid::Uuid;

/// A place that can still be given on the day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FreePlace {
    /// The slot, seat pool, placement or group.
    pub slot_id: Uuid,
    /// Its session.
    pub session_id: Uuid,
    /// `17:30–18:00`.
    pub time: String,
    /// Room and host.
    pub place: String,
    /// The session's title.
    pub session: String,
    /// Places free.
    pub free: i32,
    /// The first person in line who can take it: (standby entry, name).
    pub next: Option<(Uuid, String)>,
}

/// How many free places the page offers at a time: the next ones matter on the day.
pub const FREE_PLACES_SHOWN: usize = 12;

/// The places people hold (confirmed bookings): (session, start, end) per person.
pub struct Holdings(HashMap<Uuid, Vec<(Uuid, i64, i64)>>);

impl Holdings {
    /// Reads them off the event's records.
    pub fn of(records: &EventRecords) -> Self {
        let slots: HashMap<Uuid, &slot::Model> = records.slots.iter().map(|s| (s.id, s)).collect();
        let mut held: HashMap<Uuid, Vec<(Uuid, i64, i64)>> = HashMap::new();
        for booking in records
            .bookings
            .iter()
            .filter(|b| b.status == BookingStatus::Confirmed)
        {
            if let Some(slot) = booking.slot_id.and_then(|id| slots.get(&id)) {
                held.entry(booking.participant_id).or_default().push((
                    booking.session_id,
                    slot.starts_at,
                    slot.ends_at,
                ));
            }
        }
        Self(held)
    }

    /// Whether `participant_id` could take `slot` as far as their other bookings go: no place
    /// in the same session already and nothing at an overlapping time.
    pub fn free_to_take(&self, participant_id: Uuid, slot: &slot::Model) -> bool {
        self.0.get(&participant_id).is_none_or(|held| {
            held.iter().all(|&(session_id, starts_at, ends_at)| {
                session_id != slot.session_id
                    && (ends_at <= slot.starts_at || starts_at >= slot.ends_at)
            })
        })
    }
}

/// The places still free that have not ended, soonest first, each with the first person in
/// line who can take it (`allows` says whether a session's rules let a person have a slot).
pub fn free_places(
    records: &EventRecords,
    entries: &[standby::Model],
    now_ms: i64,
    clock: &EventClock,
    allows: &dyn Fn(Uuid, &slot::Model) -> bool,
) -> Result<Vec<FreePlace>, TimeError> {
    let holdings = Holdings::of(records);
    records
        .slots
        .iter()
        .filter(|s| s.capacity > s.booked && s.ends_at > now_ms)
        .take(FREE_PLACES_SHOWN)
        .map(|slot| {
            let next = entries
                .iter()
                .find(|e| {
                    holdings.free_to_take(e.participant_id, slot) && allows(e.participant_id, slot)
                })
                .and_then(|e| {
                    let person = records.participants.get(&e.participant_id)?;
                    Some((e.id, person.name.clone()))
                });
            Ok(FreePlace {
                slot_id: slot.id,
                session_id: slot.session_id,
                time: clock.range(slot.starts_at, slot.ends_at)?,
                place: place_label(records, slot),
                session: session_title(records, slot.session_id),
                free: slot.capacity - slot.booked,
                next,
            })
        })
        .collect()
}
