//! What a participant's personal link may do with bookings: book, move and cancel their own, in
//! first-come sessions of their event while booking is open. Repeating a request (a double click,
//! the back button) changes nothing and is not an error.

use super::access_links;
use super::bookings;
use super::waitlist;
use crate::config::Config;
use crate::db::bookings as booking_rows;
use crate::db::sessions;
use crate::domain::booking_mode::BookingMode;
use crate::domain::booking_status::BookingStatus;
use crate::domain::event_status::EventStatus;
use crate::domain::ids::{BookingId, ParticipantId, SessionId, SlotId};
use crate::entities::{access_link, booking, event, participant, session};
use crate::mail::templates::CancelledBy;
use crate::services::error::ServiceError;
use crate::services::option_fits::SessionFits;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// The participant and event a personal link stands for.
pub(crate) struct LinkOwner {
    /// The participant.
    pub(crate) participant_id: Uuid,
    /// Their event.
    pub(crate) event_id: Uuid,
    /// The whole link, for mails.
    pub(crate) manage_link: String,
}

/// Resolves a participant's personal link (and, through it, the language they are answered in).
pub(crate) async fn owner(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    now_ms: i64,
) -> Result<LinkOwner, ServiceError> {
    let (link, participant) = access_links::resolve_participant(db, token, now_ms).await?;
    link_owner(config, &link, &participant, token)
}

/// Who a live participant link stands for.
fn link_owner(
    config: &Config,
    link: &access_link::Model,
    participant: &participant::Model,
    token: &str,
) -> Result<LinkOwner, ServiceError> {
    Ok(LinkOwner {
        participant_id: participant.id,
        event_id: link.event_id.ok_or(ServiceError::NotFound)?,
        manage_link: format!("{}/p/{token}", config.base_url),
    })
}

/// The session `session_id` and its event, if it belongs to the link's event.
pub(crate) async fn session_of_link(
    db: &DatabaseConnection,
    owner: &LinkOwner,
    session_id: Uuid,
) -> Result<(session::Model, event::Model), ServiceError> {
    let session = sessions::find(db, session_id)
        .await?
        .filter(|s| s.event_id == owner.event_id)
        .ok_or(ServiceError::NotFound)?;
    let event = crate::db::events::find(db, session.event_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((session, event))
}

/// Why a session cannot be booked by its participants right now, if it cannot.
pub fn booking_closed_reason(
    session: &session::Model,
    event: &event::Model,
    now_ms: i64,
) -> Option<&'static str> {
    if event.status != EventStatus::Published {
        return Some("refuse-event-closed");
    }
    if session.booking_mode != BookingMode::FirstCome {
        return Some("refuse-ranked-session");
    }
    if event.booking_opens_at.is_some_and(|opens| now_ms < opens) {
        return Some("refuse-not-open");
    }
    if event
        .booking_closes_at
        .is_some_and(|closes| now_ms >= closes)
    {
        return Some("refuse-closed");
    }
    None
}

/// The slot's session and event, if the slot belongs to the link's event and is bookable now.
async fn bookable_slot(
    db: &DatabaseConnection,
    owner: &LinkOwner,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<bookings::Place, ServiceError> {
    let place = booking_rows::slot_context(db, slot_id).await?;
    bookable(db, owner, place.map(bookings::Place::from), now_ms).await
}

/// The place found for a slot, if it exists, belongs to the link's event and is bookable now.
async fn bookable(
    db: &DatabaseConnection,
    owner: &LinkOwner,
    place: Option<bookings::Place>,
    now_ms: i64,
) -> Result<bookings::Place, ServiceError> {
    let bookings::Place {
        slot,
        session,
        event,
    } = place.ok_or(ServiceError::NotFound)?;
    if event.id != owner.event_id {
        return Err(ServiceError::NotFound);
    }
    if let Some(reason) = booking_closed_reason(&session, &event, now_ms) {
        return Err(ServiceError::Refused(reason));
    }
    // What has begun is no longer a choice: coming late is the check-in's business.
    if slot.starts_at <= now_ms {
        return Err(ServiceError::Refused("refuse-started"));
    }
    let fits = SessionFits::load(
        db,
        owner.participant_id,
        &session,
        std::slice::from_ref(&slot),
    )
    .await?;
    if !fits.allows(&slot) {
        return Err(ServiceError::Refused("refuse-not-suited"));
    }
    Ok(bookings::Place {
        slot,
        session,
        event,
    })
}

/// The participant's live booking in the slot's session, if any.
async fn live_booking_in_session(
    db: &DatabaseConnection,
    participant_id: ParticipantId,
    session_id: SessionId,
) -> Result<Option<booking::Model>, ServiceError> {
    Ok(
        crate::db::bookings::live_of_participant(db, participant_id.0, vec![session_id.0])
            .await?
            .into_iter()
            .next(),
    )
}

/// Books the slot for the link's participant. Booking the same slot again returns the booking.
pub async fn book(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    // The link and the slot are read together: one round trip fewer on every booking.
    let (link, participant, place) =
        access_links::resolve_participant_and_slot(db, token, slot_id, now_ms).await?;
    let owner = link_owner(config, &link, &participant, token)?;
    let place = bookable(db, &owner, place, now_ms).await?;
    let result =
        bookings::book_place(db, config, &participant, &place, &owner.manage_link, now_ms).await;
    match result {
        Err(ServiceError::Refused(reason)) => {
            // A repeated request for the same slot (double click, a replayed form) is not an error.
            match live_booking_in_session(
                db,
                ParticipantId(owner.participant_id),
                SessionId(place.session.id),
            )
            .await?
            {
                Some(existing) if existing.slot_id == Some(slot_id) => Ok(existing),
                _ => Err(ServiceError::Refused(reason)),
            }
        }
        other => other,
    }
}

/// The link's participant's own live booking, or `NotFound` for anyone else's.
pub async fn own_booking(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let owner = owner(db, config, token, now_ms).await?;
    owned_booking(db, &owner, booking_id).await
}

/// The booking, if it belongs to the link's participant.
pub(crate) async fn owned_booking(
    db: &DatabaseConnection,
    owner: &LinkOwner,
    booking_id: Uuid,
) -> Result<booking::Model, ServiceError> {
    booking_rows::find(db, booking_id)
        .await?
        .filter(|b| b.participant_id == owner.participant_id)
        .ok_or(ServiceError::NotFound)
}

/// Moves the participant's own booking to another slot of the same session.
pub async fn move_to(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    booking_id: BookingId,
    slot_id: SlotId,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let owner = owner(db, config, token, now_ms).await?;
    let held = owned_booking(db, &owner, booking_id.0).await?;
    refuse_if_begun(db, &held, now_ms).await?;
    bookable_slot(db, &owner, slot_id.0, now_ms).await?;
    bookings::reschedule(db, config, booking_id, slot_id, &owner.manage_link, now_ms).await
}

/// Cancels the participant's own booking. Cancelling it again changes nothing.
pub async fn cancel(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let owner = owner(db, config, token, now_ms).await?;
    let booking = owned_booking(db, &owner, booking_id).await?;
    match booking.status {
        BookingStatus::Cancelled => return Ok(booking),
        BookingStatus::Waitlisted | BookingStatus::Offered => {
            return waitlist::leave(db, &booking, now_ms).await;
        }
        _ => {}
    }
    refuse_if_begun(db, &booking, now_ms).await?;
    bookings::cancel(
        db,
        config,
        booking_id,
        CancelledBy::Participant,
        &owner.manage_link,
        now_ms,
    )
    .await
}

/// Refuses to move or cancel `held` once its time has begun: the interview may have happened,
/// and its attendance and feedback must not vanish. Coordinators can still correct it.
async fn refuse_if_begun(
    db: &DatabaseConnection,
    held: &booking::Model,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let Some(slot_id) = held.slot_id else {
        return Ok(());
    };
    let place = bookings::slot_context(db, slot_id).await?;
    if place.slot.starts_at <= now_ms {
        return Err(ServiceError::Refused("refuse-own-started"));
    }
    Ok(())
}
