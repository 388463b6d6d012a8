//! Checking a person in by the code on their page or in their mail: typed at the door, or read
//! from the QR code in a photo the door's phone takes. The code names the person; their next
//! booking of the event that has not ended is marked arrived (audited like a tap on the list),
//! from the day of that booking on.

use super::marks::{Mark, Marked, Scope, mark};
use crate::db::participants as participant_rows;
use crate::db::{bookings as booking_rows, sessions as session_rows, slots};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::check_in_code;
use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::time::local_date;
use crate::i18n::{Message, dates};
use crate::services::access_links;
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// Who was checked in, and for what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeCheckIn {
    /// The mark as made.
    pub marked: Marked,
    /// The session of the booking marked.
    pub session: String,
}

/// The check-in code of the participant whose personal link is `token`, for its event.
pub async fn code_of_link(
    db: &DatabaseConnection,
    token: &str,
    now_ms: i64,
) -> Result<String, ServiceError> {
    let (link, person) = access_links::resolve_participant(db, token, now_ms).await?;
    let event_id = link.event_id.ok_or(ServiceError::NotFound)?;
    participant_rows::check_in_code(db, EventId(event_id), ParticipantId(person.id))
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Checks in the person of event `event_id` whose code `typed` is (any case, dashes and spaces
/// ignored): their next confirmed booking that has not ended, else the last one of the event.
pub async fn check_in_by_code(
    db: &DatabaseConnection,
    (event_id, actor): (Uuid, Actor),
    typed: &str,
    now_ms: i64,
) -> Result<CodeCheckIn, ServiceError> {
    let refused = |id: &'static str| ServiceError::Conflict(Message::new(id));
    let code = check_in_code::read(typed).ok_or_else(|| refused("coord-code-unreadable"))?;
    let person = participant_rows::by_check_in_code(db, EventId(event_id), &code)
        .await?
        .ok_or_else(|| refused("coord-code-unknown"))?;
    let sessions = session_rows::of_event(db, event_id).await?;
    let session_ids: Vec<Uuid> = sessions.iter().map(|s| s.id).collect();
    let held: Vec<_> = booking_rows::live_of_participant(db, person.id, session_ids)
        .await?
        .into_iter()
        .filter(|b| b.status == BookingStatus::Confirmed)
        .collect();
    // Each session's units are read once, whatever the number of bookings in it.
    let mut timed = Vec::new();
    for session in sessions
        .iter()
        .filter(|s| held.iter().any(|b| b.session_id == s.id))
    {
        for unit in slots::of_session(db, session.id).await? {
            if let Some(booking) = held.iter().find(|b| b.slot_id == Some(unit.id)) {
                timed.push((unit.starts_at, unit.ends_at, booking.clone()));
            }
        }
    }
    timed.sort_by_key(|(starts, _, _)| *starts);
    let chosen = timed
        .iter()
        .find(|(_, ends, _)| *ends > now_ms)
        .or(timed.last())
        .ok_or_else(|| {
            ServiceError::Conflict(Message::new("coord-code-no-booking").with("name", &person.name))
        })?;
    let booking = &chosen.2;
    let session = sessions
        .iter()
        .find(|s| s.id == booking.session_id)
        .map(|s| s.title.clone())
        .unwrap_or_default();
    // The code opens the door on the day: a code shown days early (a test, a mistake, a
    // forwarded mail) marks nobody arrived. A coordinator can still tap them in on the list.
    let event = crate::services::events::find(db, event_id).await?;
    if local_date(now_ms, &event.time_zone)? < local_date(chosen.0, &event.time_zone)? {
        let locale = crate::i18n::request::page_locale();
        return Err(ServiceError::Conflict(
            Message::new("coord-code-not-today")
                .with("name", &person.name)
                .with("session", &session)
                .with("day", &dates::date(&locale, chosen.0, &event.time_zone)?),
        ));
    }
    let marked = mark(
        db,
        Scope::Event(event_id),
        actor,
        booking.id,
        Mark::Arrived,
        now_ms,
    )
    .await?;
    Ok(CodeCheckIn { marked, session })
}
