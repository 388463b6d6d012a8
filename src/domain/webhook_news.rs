//! What a webhook delivery's `data` holds for each kind of change: ids, states and times, never
//! a name, an address, a personal link or a sensitive fact. The same types describe the
//! deliveries in the OpenAPI document (`webhooks`).

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// A booking made, changed or cancelled, a place offered from a waiting list, or a check-in.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct BookingNews {
    pub booking_id: Uuid,
    pub session_id: Uuid,
    /// The place (interview slot, table, placement); none while waiting for one.
    pub slot_id: Option<Uuid>,
    pub participant_id: Uuid,
    /// `confirmed`, `waitlisted`, `offered`, `cancelled`, `no_show`.
    pub status: String,
    /// What happened, as the audit log names it (`booking.moved`, `booking.arrived` ...).
    pub change: String,
    /// The place's start and end, Unix milliseconds.
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    /// When the person was checked in, Unix milliseconds.
    pub arrived_at: Option<i64>,
}

/// Someone put on an event's list.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ParticipantNews {
    pub participant_id: Uuid,
}

/// An event's status changed.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct EventStatusNews {
    /// `draft`, `published`, `closed` or `cancelled`.
    pub status: String,
    /// The status before.
    pub was: String,
}

/// An allocation of ranked choices was committed.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct AllocationNews {
    pub session_id: Uuid,
    pub run_id: Uuid,
    /// Places booked.
    pub booked: usize,
    /// People told no place was left for them.
    pub told_no_place: usize,
}
