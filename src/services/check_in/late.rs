//! A person marked as not come who came after all, when their own place went to someone else
//! meanwhile: the coordinator seats them at another free place of the same session. Their
//! booking moves there, checked in, with the usual mail and updated calendar entry; if they were
//! waiting on the standby list, the same transaction takes them off it.

use super::Mark;
use super::free_places::FreePlace;
use super::standby::{Placed, book_on_the_spot, refuse_unless_can_take};
use crate::config::Config;
use crate::db::audit;
use crate::db::begin_write;
use crate::db::bookings as booking_rows;
use crate::db::event_report::EventRecords;
use crate::db::standby as standby_rows;
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, EventId, SlotId, StandbyId};
use crate::entities::standby;
use crate::i18n::Message;
use crate::services::bookings::slot_context;
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// Seats the no-show `booking_id` of `event_id` at `slot_id`, another place of its session.
pub async fn seat_late(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, actor): (EventId, Actor),
    booking_id: BookingId,
    slot_id: SlotId,
    now_ms: i64,
) -> Result<Placed, ServiceError> {
    let booking = booking_rows::find(db, booking_id.0)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let place = slot_context(db, slot_id.0).await?;
    if place.event.id != event_id.0 || place.session.id != booking.session_id {
        return Err(ServiceError::NotFound);
    }
    let participant = booking_rows::participant(db, booking.participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let person = participant.name.clone();
    if booking.status != BookingStatus::NoShow {
        return Err(ServiceError::Conflict(Message::new(
            "coord-refuse-booking-changed",
        )));
    }
    Mark::CameLate
        .permitted(place.slot.starts_at, place.session.ends_at, now_ms)
        .map_err(|why| ServiceError::Conflict(Message::new(why).with("name", &person)))?;
    refuse_unless_can_take(db, &participant, &place, now_ms).await?;
    let txn = begin_write(db).await?;
    let seated = book_on_the_spot(&txn, config, participant.id, &place, now_ms).await?;
    let waiting = standby_rows::open(&txn, event_id.0).await?;
    for entry in waiting
        .iter()
        .filter(|e| e.participant_id == participant.id)
    {
        standby_rows::close(
            &txn,
            StandbyId(entry.id),
            Some(BookingId(seated.id)),
            now_ms,
        )
        .await?;
    }
    audit::booking_changed(&txn, actor, "booking.came_late", seated.id, now_ms).await?;
    txn.commit().await?;
    Ok(Placed {
        person,
        booking: seated,
    })
}

/// What the check-in page offers when a no-show's place was given away: the other free places
/// of their session, and the standby list unless they are on it already.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LateOffer {
    /// The no-show booking.
    pub booking_id: Uuid,
    /// The person, for the standby form.
    pub participant_id: Uuid,
    /// Their name.
    pub person: String,
    /// Free places of the same session that have not ended.
    pub places: Vec<FreePlace>,
    /// Already on the standby list.
    pub waiting: bool,
}

/// The offer for the no-show `booking_id`; `None` when it is not a no-show of this event.
pub fn late_offer(
    records: &EventRecords,
    entries: &[standby::Model],
    free_places: &[FreePlace],
    booking_id: Uuid,
) -> Option<LateOffer> {
    let booking = records
        .bookings
        .iter()
        .find(|b| b.id == booking_id && b.status == BookingStatus::NoShow)?;
    let person = records.participants.get(&booking.participant_id)?;
    Some(LateOffer {
        booking_id,
        participant_id: person.id,
        person: person.name.clone(),
        places: free_places
            .iter()
            .filter(|p| p.session_id == booking.session_id && Some(p.slot_id) != booking.slot_id)
            .cloned()
            .collect(),
        waiting: entries.iter().any(|e| e.participant_id == person.id),
    })
}
