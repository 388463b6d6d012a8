//! The standby list on the day: walk-ins and people who came without a place wait in the order
//! they joined; a freed or unbooked place goes to the next person in line who can take it, and
//! the booking (with its mail and calendar invitation) is written in the same transaction that
//! takes them off the list, so two coordinators cannot give one person two places, or one
//! place to two people.

use crate::config::Config;
use crate::db::audit;
use crate::db::bookings as booking_rows;
use crate::db::standby as standby_rows;
use crate::db::{begin_write, is_constraint_violation, participants};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, EventId, ParticipantId, SessionId, StandbyId};
use crate::domain::participant_import::ParticipantRow;
use crate::domain::standby_reason::StandbyReason;
use crate::entities::{booking, event_participant, participant};
use crate::i18n::Message;
use crate::mail::templates::MovedBy;
use crate::services::access_links::participant_link;
use crate::services::booking_mails::Change;
use crate::services::bookings::{Place, announce, slot_context};
use crate::services::error::ServiceError;
use crate::services::events;
use crate::services::option_fits::SessionFits;
use crate::services::places;
use crate::services::volunteer_calendar::notify_place_change;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

fn already_waiting(name: &str) -> ServiceError {
    ServiceError::Conflict(Message::new("coord-refuse-standby-already").with("name", name))
}

/// Adds a person who came without being on the event's list (or finds them by their address,
/// if they are) and puts them on standby. Returns their name.
pub async fn walk_in(
    db: &DatabaseConnection,
    event_id: Uuid,
    person: &ParticipantRow,
    note: &str,
    now_ms: i64,
) -> Result<String, ServiceError> {
    let txn = begin_write(db).await?;
    events::find_editable(&txn, event_id).await?;
    let (participant_id, _) = participants::upsert(&txn, person, now_ms).await?;
    let newly_listed = participants::add_to_event(
        &txn,
        EventId(event_id),
        ParticipantId(participant_id),
        now_ms,
    )
    .await?;
    let why = if newly_listed {
        StandbyReason::WalkIn
    } else {
        StandbyReason::NoBooking
    };
    match standby_rows::add(
        &txn,
        EventId(event_id),
        ParticipantId(participant_id),
        (why, note),
        now_ms,
    )
    .await
    {
        Ok(_) => {}
        Err(e) if is_constraint_violation(&e) => return Err(already_waiting(&person.name)),
        Err(e) => return Err(e.into()),
    }
    txn.commit().await?;
    Ok(person.name.clone())
}

/// Puts a person on the event's list on standby (they came without a booking). Returns their
/// name.
pub async fn add_listed(
    db: &DatabaseConnection,
    event_id: EventId,
    participant_id: ParticipantId,
    note: &str,
    now_ms: i64,
) -> Result<String, ServiceError> {
    let txn = begin_write(db).await?;
    events::find_editable(&txn, event_id.0).await?;
    let listed = event_participant::Entity::find()
        .filter(event_participant::Column::EventId.eq(event_id))
        .filter(event_participant::Column::ParticipantId.eq(participant_id))
        .one(&txn)
        .await?
        .is_some();
    let person = booking_rows::participant(&txn, participant_id.0)
        .await?
        .filter(|_| listed)
        .ok_or(ServiceError::NotFound)?;
    let entry = (StandbyReason::NoBooking, note);
    match standby_rows::add(&txn, event_id, participant_id, entry, now_ms).await {
        Ok(_) => {}
        Err(e) if is_constraint_violation(&e) => return Err(already_waiting(&person.name)),
        Err(e) => return Err(e.into()),
    }
    txn.commit().await?;
    Ok(person.name)
}

/// Takes an entry off the list without a place (the person went home). `false` when it was
/// off the list already.
pub async fn leave(
    db: &DatabaseConnection,
    event_id: EventId,
    standby_id: StandbyId,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    let txn = begin_write(db).await?;
    let entry = standby_rows::find(&txn, standby_id.0)
        .await?
        .filter(|e| e.event_id == event_id.0)
        .ok_or(ServiceError::NotFound)?;
    let closed = standby_rows::close(&txn, StandbyId(entry.id), None, now_ms).await?;
    txn.commit().await?;
    Ok(closed)
}

/// Who was placed where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    /// The participant's name.
    pub person: String,
    /// Their booking.
    pub booking: booking::Model,
}

/// Gives the person on standby entry `standby_id` a place in `slot_id`, checked in as arrived
/// (they are at the venue), with the usual mail and calendar invitation.
pub async fn place(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, actor): (Uuid, Actor),
    standby_id: Uuid,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<Placed, ServiceError> {
    let place = slot_context(db, slot_id).await?;
    let entry = standby_rows::find(db, standby_id)
        .await?
        .filter(|e| e.event_id == event_id && place.event.id == event_id)
        .ok_or(ServiceError::NotFound)?;
    let participant = booking_rows::participant(db, entry.participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let person = participant.name.clone();
    if entry.left_at.is_some() {
        return Err(ServiceError::Conflict(
            Message::new("coord-refuse-standby-gone").with("name", &person),
        ));
    }
    refuse_unless_can_take(db, &participant, &place, now_ms).await?;
    let txn = begin_write(db).await?;
    let booking = book_on_the_spot(&txn, config, participant.id, &place, now_ms).await?;
    if !standby_rows::close(
        &txn,
        StandbyId(entry.id),
        Some(BookingId(booking.id)),
        now_ms,
    )
    .await?
    {
        return Err(ServiceError::Conflict(
            Message::new("coord-refuse-placed-meanwhile").with("name", &person),
        ));
    }
    audit::booking_changed(&txn, actor, "booking.from_standby", booking.id, now_ms).await?;
    txn.commit().await?;
    Ok(Placed { person, booking })
}

/// Refuses a place that `participant` cannot take now: its time is over, the session's rules
/// keep them out, or they hold a place at an overlapping time.
pub(super) async fn refuse_unless_can_take(
    db: &DatabaseConnection,
    participant: &participant::Model,
    place: &Place,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let person = &participant.name;
    if place.slot.ends_at <= now_ms {
        return Err(ServiceError::Conflict(Message::new(
            "coord-refuse-time-over",
        )));
    }
    let fits = SessionFits::load(
        db,
        participant.id,
        &place.session,
        std::slice::from_ref(&place.slot),
    )
    .await?;
    if !fits.allows(&place.slot) {
        let why = fits
            .of(&place.slot)
            .note()
            .unwrap_or("coord-refuse-does-not-fit-why");
        return Err(ServiceError::Conflict(
            Message::new("coord-refuse-does-not-fit")
                .with("name", person)
                .said("why", Message::new(why)),
        ));
    }
    let overlapping = booking_rows::times_held(db, ParticipantId(participant.id), None)
        .await?
        .into_iter()
        .any(|(starts_at, ends_at)| {
            starts_at < place.slot.ends_at && ends_at > place.slot.starts_at
        });
    if overlapping {
        return Err(ServiceError::Conflict(
            Message::new("coord-refuse-same-time").with("name", person),
        ));
    }
    Ok(())
}

/// Books the participant into the place, checked in: a new booking, or their booking in the
/// session brought back (a no-show who came late, someone on the session's waitlist).
pub(super) async fn book_on_the_spot(
    conn: &impl ConnectionTrait,
    config: &Config,
    participant_id: Uuid,
    place: &Place,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let existing = booking_rows::live_in_session(
        conn,
        SessionId(place.session.id),
        ParticipantId(participant_id),
    )
    .await?;
    let (row, change) = match existing {
        None => {
            let mut row = booking_rows::new_row(
                SessionId(place.session.id),
                Some(place.slot.id),
                ParticipantId(participant_id),
                (BookingStatus::Confirmed, None),
                config.mail_domain(),
                now_ms,
            );
            row.arrived_at = Some(now_ms);
            places::insert(conn, &row).await?;
            (row, Change::Confirmed)
        }
        Some(held)
            if held.status == BookingStatus::NoShow || held.status == BookingStatus::Waitlisted =>
        {
            let change = if held.status == BookingStatus::NoShow {
                Change::Rescheduled(MovedBy::Organisers)
            } else {
                Change::Confirmed
            };
            if !places::seat_again(conn, &held, place.slot.id, now_ms).await? {
                return Err(ServiceError::Conflict(Message::new(
                    "coord-refuse-booking-changed",
                )));
            }
            let row = booking_rows::find(conn, held.id)
                .await?
                .ok_or(ServiceError::NotFound)?;
            (row, change)
        }
        Some(_) => {
            return Err(ServiceError::Conflict(Message::new(
                "coord-refuse-holds-place",
            )));
        }
    };
    let link = participant_link(conn, config, participant_id, &place.event, now_ms).await?;
    announce(conn, config, change, &row, place, &link, now_ms).await?;
    notify_place_change(conn, config, place, now_ms).await?;
    Ok(row)
}
