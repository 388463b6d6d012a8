//! An interviewer who does not come on the day: they are withdrawn from the event as if their
//! employer had withdrawn them (their slots go away, each person booked with them moves to the
//! nearest free time of another interviewer, with an updated invitation), and everyone for whom
//! no time was free is put on the standby list, since they are at the venue. One transaction.

use crate::config::Config;
use crate::db::audit;
use crate::db::bookings as booking_rows;
use crate::db::standby as standby_rows;
use crate::db::{begin_write, volunteers as volunteer_rows};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{EventId, ParticipantId, SessionId, VolunteerId};
use crate::domain::standby_reason::StandbyReason;
use crate::services::error::ServiceError;
use crate::services::events;
use crate::services::volunteers::{Team, withdraw_in};
use sea_orm::DatabaseConnection;

/// What became of the interviewer's people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Absence {
    /// Moved to another interviewer's free time.
    pub moved: usize,
    /// No time was free: on the standby list now.
    pub on_standby: usize,
}

/// Handles the absence of `volunteer_id` at `event_id`.
pub async fn interviewer_absent(
    db: &DatabaseConnection,
    config: &Config,
    event_id: EventId,
    volunteer_id: VolunteerId,
    actor: Actor,
    now_ms: i64,
) -> Result<Absence, ServiceError> {
    let txn = begin_write(db).await?;
    events::find_editable(&txn, event_id.0).await?;
    let profile = crate::db::volunteer_profiles::profiles(&txn, None, Some(vec![volunteer_id.0]))
        .await?
        .pop()
        .ok_or(ServiceError::NotFound)?;
    let name = profile.volunteer.name.clone();
    let slots = volunteer_rows::slots_by_volunteer(&txn, event_id.0)
        .await?
        .remove(&volunteer_id.0)
        .unwrap_or_default();
    let mut booked = Vec::new();
    for slot_id in &slots {
        booked.extend(booking_rows::confirmed_in_slot(&txn, *slot_id).await?);
    }
    if booked.iter().any(|b| b.arrived_at.is_some()) {
        return Err(ServiceError::Conflict(
            crate::i18n::Message::new("coord-refuse-interviewer-came").with("name", name),
        ));
    }
    let relocated = withdraw_in(
        &txn,
        config,
        Team::Employer {
            event_id: event_id.0,
            employer_id: profile.volunteer.employer_id,
            actor,
        },
        volunteer_id.0,
        now_ms,
    )
    .await?;
    let mut on_standby = 0;
    for booking in &booked {
        // Each of their people was moved or put on the waiting list by this decision.
        audit::booking_changed(
            &txn,
            actor,
            "booking.interviewer_absent",
            booking.id,
            now_ms,
        )
        .await?;
        let now = booking_rows::live_in_session(
            &txn,
            SessionId(booking.session_id),
            ParticipantId(booking.participant_id),
        )
        .await?;
        let placed = now.is_some_and(|b| b.status == BookingStatus::Confirmed);
        if placed
            || standby_rows::is_waiting(&txn, event_id, ParticipantId(booking.participant_id))
                .await?
        {
            continue;
        }
        let entry = (StandbyReason::InterviewerAbsent, "");
        standby_rows::add(
            &txn,
            event_id,
            ParticipantId(booking.participant_id),
            entry,
            now_ms,
        )
        .await?;
        on_standby += 1;
    }
    txn.commit().await?;
    Ok(Absence {
        moved: relocated.moved,
        on_standby,
    })
}
