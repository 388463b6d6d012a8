//! Read-only queries behind an event's dashboard, its CSV exports and its run sheet: everything
//! booked at one event, loaded in a handful of queries (never one per row).

use crate::domain::booking_status::BookingStatus;
use crate::domain::delivery_status::DeliveryStatus;
use crate::entities::{
    booking, employer, event_employer, event_participant, event_volunteer, outbox_message,
    participant, session, slot, volunteer,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

/// Everything booked at one event, with the people and organisations the rows point to.
#[derive(Clone, Debug, Default)]
pub struct EventRecords {
    /// Sessions in time order.
    pub sessions: Vec<session::Model>,
    /// Slots, placements and seat pools in time order.
    pub slots: Vec<slot::Model>,
    /// Bookings of every status, oldest first.
    pub bookings: Vec<booking::Model>,
    /// The people on the event's list.
    pub listed: Vec<event_participant::Model>,
    /// Participants on the list or with a booking, by id.
    pub participants: HashMap<Uuid, participant::Model>,
    /// Volunteers registered for the event (not withdrawn) or holding a slot, by id.
    pub volunteers: HashMap<Uuid, volunteer::Model>,
    /// Employers invited, or owning a slot or volunteer, by id.
    pub employers: HashMap<Uuid, employer::Model>,
    /// The employers invited to the event, in invitation order.
    pub invited_employers: Vec<Uuid>,
}

impl EventRecords {
    /// The employer a slot belongs to: its own (tables, placements) or its volunteer's.
    pub fn employer_of(&self, slot: &slot::Model) -> Option<&employer::Model> {
        let id = slot.employer_id.or_else(|| {
            slot.volunteer_id
                .and_then(|v| self.volunteers.get(&v))
                .map(|v| v.employer_id)
        })?;
        self.employers.get(&id)
    }

    /// The volunteer of a slot, if it has one.
    pub fn volunteer_of(&self, slot: &slot::Model) -> Option<&volunteer::Model> {
        slot.volunteer_id.and_then(|id| self.volunteers.get(&id))
    }

    /// The confirmed bookings of a slot, oldest first.
    pub fn confirmed_in(&self, slot_id: Uuid) -> impl Iterator<Item = &booking::Model> {
        self.bookings
            .iter()
            .filter(move |b| b.slot_id == Some(slot_id) && b.status == BookingStatus::Confirmed)
    }
}

/// Loads everything booked at `event_id`.
pub async fn load(conn: &impl ConnectionTrait, event_id: Uuid) -> Result<EventRecords, DbErr> {
    let sessions = super::sessions::of_event(conn, event_id).await?;
    let session_ids: Vec<Uuid> = sessions.iter().map(|s| s.id).collect();
    let slots = slot::Entity::find()
        .filter(slot::Column::SessionId.is_in(session_ids.clone()))
        .order_by_asc(slot::Column::StartsAt)
        .order_by_asc(slot::Column::Label)
        .all(conn)
        .await?;
    let bookings = booking::Entity::find()
        .filter(booking::Column::SessionId.is_in(session_ids))
        .order_by_asc(booking::Column::CreatedAt)
        .order_by_asc(booking::Column::Id)
        .all(conn)
        .await?;
    let listed = event_participant::Entity::find()
        .filter(event_participant::Column::EventId.eq(event_id))
        .all(conn)
        .await?;
    let mut participant_ids: Vec<Uuid> = listed.iter().map(|e| e.participant_id).collect();
    participant_ids.extend(bookings.iter().map(|b| b.participant_id));
    participant_ids.sort_unstable();
    participant_ids.dedup();
    let participants = participant::Entity::find()
        .filter(participant::Column::Id.is_in(participant_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut volunteer_ids: Vec<Uuid> = event_volunteer::Entity::find()
        .filter(event_volunteer::Column::EventId.eq(event_id))
        .filter(event_volunteer::Column::WithdrawnAt.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.volunteer_id)
        .collect();
    volunteer_ids.extend(slots.iter().filter_map(|s| s.volunteer_id));
    volunteer_ids.sort_unstable();
    volunteer_ids.dedup();
    let volunteers: HashMap<Uuid, volunteer::Model> = volunteer::Entity::find()
        .filter(volunteer::Column::Id.is_in(volunteer_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|v| (v.id, v))
        .collect();
    let invited_employers: Vec<Uuid> = event_employer::Entity::find()
        .filter(event_employer::Column::EventId.eq(event_id))
        .order_by_asc(event_employer::Column::InvitedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.employer_id)
        .collect();
    let mut employer_ids = invited_employers.clone();
    employer_ids.extend(slots.iter().filter_map(|s| s.employer_id));
    employer_ids.extend(volunteers.values().map(|v| v.employer_id));
    employer_ids.sort_unstable();
    employer_ids.dedup();
    let employers = employer::Entity::find()
        .filter(employer::Column::Id.is_in(employer_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    Ok(EventRecords {
        sessions,
        slots,
        bookings,
        listed,
        participants,
        volunteers,
        employers,
        invited_employers,
    })
}

/// Mails that failed for good, newest first: those to the given participants, and those to the
/// given addresses (volunteers and employer contacts, whose mails name no participant).
pub async fn failed_mails(
    conn: &impl ConnectionTrait,
    participant_ids: Vec<Uuid>,
    addresses: Vec<String>,
) -> Result<Vec<outbox_message::Model>, DbErr> {
    use sea_orm::Condition;
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Status.eq(DeliveryStatus::Failed))
        .filter(
            Condition::any()
                .add(outbox_message::Column::ParticipantId.is_in(participant_ids))
                .add(outbox_message::Column::ToAddress.is_in(addresses)),
        )
        .order_by_desc(outbox_message::Column::CreatedAt)
        .all(conn)
        .await
}
