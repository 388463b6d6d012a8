//! A coordinator has the last word on one person's bookings: they see every session of the event
//! with the person's place in it, and book, move or cancel for them in any session, also after
//! booking closed and for times that have begun or ended (a late correction). The rules of the
//! clock and the booking window bind participants, not coordinators; places, mails, calendar
//! entries and the audit log work as for any other change.

use crate::config::Config;
use crate::db::audit;
use crate::db::bookings as booking_rows;
use crate::db::{begin_write, participants, sessions as session_rows, slots as slot_rows};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, EventId, ParticipantId, SessionId, SlotId};
use crate::domain::locale::Locale;
use crate::entities::{booking, participant};
use crate::i18n::Message;
use crate::i18n::dates::EventClock;
use crate::mail::templates::{CancelledBy, Notice};
use crate::services::access_links::participant_link;
use crate::services::bookings::{self, slot_context};
use crate::services::error::ServiceError;
use crate::services::slot_labels::slot_labels;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// A time the coordinator may choose: (slot, `Tue 3 March 2026, 17:30–18:00 · Acme`, places
/// free).
pub type Choice = (Uuid, String, i32);

/// The person's place in one session.
#[derive(Clone, Debug)]
pub struct SessionPlace {
    /// The session.
    pub session_id: Uuid,
    /// Its title.
    pub title: String,
    /// Their booking in it, if any: (booking, its time, its status).
    pub held: Option<(Uuid, String, BookingStatus)>,
    /// Times with a free place (any time: a coordinator may correct the past).
    pub choices: Vec<Choice>,
}

/// One person's bookings across the event.
#[derive(Clone, Debug)]
pub struct PersonBookings {
    /// The person.
    pub person: participant::Model,
    /// Every session of the event, in time order.
    pub sessions: Vec<SessionPlace>,
}

/// Loads the bookings of `participant_id`, who must be on `event_id`'s list.
pub async fn load(
    db: &DatabaseConnection,
    (event_id, participant_id): (EventId, ParticipantId),
    locale: &Locale,
) -> Result<PersonBookings, ServiceError> {
    let person = participants::on_list(db, event_id, participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let event = crate::services::events::find(db, event_id.0).await?;
    let clock = EventClock::new(locale, &event.time_zone, (event.starts_at, event.ends_at))?;
    let sessions = session_rows::of_event(db, event_id.0).await?;
    let held =
        booking_rows::live_of_participant(db, person.id, sessions.iter().map(|s| s.id).collect())
            .await?;
    let mut places = Vec::with_capacity(sessions.len());
    for session in sessions {
        let slots = slot_rows::of_session(db, session.id).await?;
        let labels = slot_labels(db, &slots).await?;
        let time_of = |slot_id: Option<Uuid>| -> String {
            slots
                .iter()
                .find(|s| Some(s.id) == slot_id)
                .and_then(|s| clock.range(s.starts_at, s.ends_at).ok())
                .unwrap_or_default()
        };
        let mine = held.iter().find(|b| b.session_id == session.id);
        let choices = slots
            .iter()
            .filter(|s| s.booked < s.capacity && Some(s.id) != mine.and_then(|b| b.slot_id))
            .map(|s| {
                let time = clock.range(s.starts_at, s.ends_at).unwrap_or_default();
                let label = match labels.get(&s.id).filter(|l| !l.is_empty()) {
                    Some(with) => format!("{time} · {with}"),
                    None => time,
                };
                (s.id, label, s.capacity - s.booked)
            })
            .collect();
        places.push(SessionPlace {
            session_id: session.id,
            title: session.title.clone(),
            held: mine.map(|b| (b.id, time_of(b.slot_id), b.status)),
            choices,
        });
    }
    Ok(PersonBookings {
        person,
        sessions: places,
    })
}

/// The person's booking `booking_id`, if it belongs to `event_id` and is theirs.
async fn booking_of(
    db: &DatabaseConnection,
    (event_id, participant_id): (EventId, ParticipantId),
    booking_id: BookingId,
) -> Result<booking::Model, ServiceError> {
    let booking = booking_rows::find(db, booking_id.0)
        .await?
        .filter(|b| b.participant_id == participant_id.0)
        .ok_or(ServiceError::NotFound)?;
    let session = session_rows::find(db, booking.session_id)
        .await?
        .filter(|s| s.event_id == event_id.0)
        .ok_or(ServiceError::NotFound)?;
    if booking.status != BookingStatus::Confirmed {
        return Err(ServiceError::Conflict(
            Message::new("coord-refuse-not-confirmed").with("session", &session.title),
        ));
    }
    Ok(booking)
}

/// Books `participant_id` into `slot_id` of `event_id` for them, with the usual mail.
pub async fn book_for(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, actor): (EventId, Actor),
    participant_id: ParticipantId,
    slot_id: SlotId,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let person = participants::on_list(db, event_id, participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    // An erased person is a count, not someone to book: nothing could reach them.
    if person.anonymised_at.is_some() {
        return Err(ServiceError::Conflict(Message::new("coord-refuse-erased")));
    }
    let place = slot_context(db, slot_id.0).await?;
    if place.event.id != event_id.0 {
        return Err(ServiceError::NotFound);
    }
    if let Some(held) =
        booking_rows::live_in_session(db, SessionId(place.session.id), participant_id).await?
    {
        let id = match held.status {
            BookingStatus::Waitlisted => "coord-refuse-on-waitlist",
            _ => "coord-refuse-holds-place",
        };
        return Err(ServiceError::Conflict(
            Message::new(id).with("name", &person.name),
        ));
    }
    let link = participant_link(db, config, person.id, &place.event, now_ms).await?;
    let by = (actor, "booking.booked_for");
    bookings::book_place_by(db, config, (&person, &place), &link, now_ms, by).await
}

/// Moves the person's booking `booking_id` to `slot_id` of the same session for them.
pub async fn move_for(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, actor): (EventId, Actor),
    (participant_id, booking_id): (ParticipantId, BookingId),
    (slot_id, note): (SlotId, &str),
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let booking = booking_of(db, (event_id, participant_id), booking_id).await?;
    let event = crate::services::events::find(db, event_id.0).await?;
    let link = participant_link(db, config, booking.participant_id, &event, now_ms).await?;
    let asked = (booking_id, slot_id);
    let notice = Notice::note(note);
    bookings::reschedule_by(db, config, asked, &link, now_ms, Some((actor, &notice))).await
}

/// Cancels the person's booking `booking_id` for them (the mail says the organisers did, with
/// the coordinator's `note`).
pub async fn cancel_for(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, actor): (EventId, Actor),
    (participant_id, booking_id, note): (ParticipantId, BookingId, &str),
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let booking = booking_of(db, (event_id, participant_id), booking_id).await?;
    let event = crate::services::events::find(db, event_id.0).await?;
    let txn = begin_write(db).await?;
    let link = participant_link(&txn, config, booking.participant_id, &event, now_ms).await?;
    let notice = Notice::note(note);
    let by = (CancelledBy::Coordinator, &notice);
    let cancelled =
        bookings::cancel_with_notice_in(&txn, config, booking.id, by, &link, now_ms).await?;
    audit::booking_changed(&txn, actor, "booking.cancelled_for", booking.id, now_ms).await?;
    txn.commit().await?;
    Ok(cancelled)
}
