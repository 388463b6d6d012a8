//! The volunteer's feedback form for one interview, reached through their personal link: shown
//! empty until it is sent, read-only afterwards. Sending stores the feedback and writes the
//! participant's mail in one transaction; sending again stores and mails nothing more.

use super::WINDOW_MS;
use crate::config::Config;
use crate::db::outbox;
use crate::db::{begin_write, bookings as booking_rows, feedback};
use crate::domain::booking_status::BookingStatus;
use crate::domain::feedback::FeedbackDraft;
use crate::domain::ids::{BookingId, VolunteerId};
use crate::domain::mail_kind::MailKind;
use crate::entities::{booking, feedback as feedback_row, participant, slot};
use crate::i18n::request::page_locale;
use crate::i18n::{Message, dates};
use crate::mail::templates::{FeedbackEmail, MailHead, rated_items};
use crate::services::access_links::participant_link;
use crate::services::bookings::{Place, slot_context};
use crate::services::error::ServiceError;
use crate::services::team_views::{volunteer_access, volunteer_language};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// What the form page shows.
pub struct FeedbackForm {
    /// The volunteer's name.
    pub volunteer: String,
    /// The participant interviewed.
    pub participant: String,
    /// Session title.
    pub session: String,
    /// When the interview was, naming the zone.
    pub when: String,
    /// The feedback, once sent (the page then shows it read-only).
    pub sent: Option<feedback_row::Model>,
    /// Why no feedback can be given now (not started yet, not come, window closed).
    pub closed: Option<String>,
}

/// What sending did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Submitted {
    /// Stored, and the participant's mail is on its way.
    Stored,
    /// Feedback had been sent before: nothing changed.
    AlreadySent,
}

/// The interview behind `booking_id`, if it is one of this volunteer's.
async fn interview(
    conn: &impl ConnectionTrait,
    token: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<(Uuid, String, booking::Model, Place, participant::Model), ServiceError> {
    let (volunteer, _, _) = volunteer_access(conn, token, now_ms).await?;
    volunteer_language(&volunteer);
    let booking = booking_rows::find(conn, booking_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let place = slot_context(conn, booking.slot_id.ok_or(ServiceError::NotFound)?).await?;
    if place.slot.volunteer_id != Some(volunteer.id) {
        return Err(ServiceError::NotFound);
    }
    let participant = booking_rows::participant(conn, booking.participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((volunteer.id, volunteer.name, booking, place, participant))
}

/// Why feedback cannot be given on this interview now, if it cannot, in the volunteer's
/// language (the request's, set when their link was resolved).
fn closed_reason(
    booking: &booking::Model,
    slot: &slot::Model,
    person: &str,
    zone: &str,
    now_ms: i64,
) -> Result<Option<Message>, ServiceError> {
    Ok(if booking.status == BookingStatus::NoShow {
        Some(Message::new("feedback-form-closed-no-show").with("name", person))
    } else if booking.status != BookingStatus::Confirmed {
        Some(Message::new("feedback-form-closed-cancelled").with("name", person))
    } else if now_ms < slot.starts_at {
        Some(Message::new("feedback-form-closed-early"))
    } else if now_ms > slot.ends_at + WINDOW_MS {
        // The date in the page's language: whoever is refused reads it there.
        let until = dates::date(&page_locale(), slot.ends_at + WINDOW_MS, zone)?;
        Some(Message::new("feedback-form-closed-late").with("date", until))
    } else {
        None
    })
}

/// Loads the form of `booking_id` for the volunteer behind `token`.
pub async fn form(
    db: &DatabaseConnection,
    token: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<FeedbackForm, ServiceError> {
    let (
        _,
        volunteer,
        booking,
        Place {
            slot,
            session,
            event,
        },
        participant,
    ) = interview(db, token, booking_id, now_ms).await?;
    let sent = feedback::of_booking(db, booking.id).await?;
    let closed = closed_reason(&booking, &slot, &participant.name, &event.time_zone, now_ms)?
        .map(|reason| reason.in_locale(&page_locale()));
    Ok(FeedbackForm {
        volunteer,
        participant: participant.name,
        session: session.title,
        when: dates::range(
            &page_locale(),
            slot.starts_at,
            slot.ends_at,
            &event.time_zone,
        )?,
        sent,
        closed,
    })
}

/// Stores the volunteer's feedback and mails it to the participant, in their language.
pub async fn submit(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    booking_id: Uuid,
    draft: &FeedbackDraft,
    now_ms: i64,
) -> Result<Submitted, ServiceError> {
    let txn = begin_write(db).await?;
    let (volunteer_id, volunteer, booking, Place { slot, event, .. }, participant) =
        interview(&txn, token, booking_id, now_ms).await?;
    if feedback::of_booking(&txn, booking.id).await?.is_some() {
        return Ok(Submitted::AlreadySent);
    }
    if let Some(reason) =
        closed_reason(&booking, &slot, &participant.name, &event.time_zone, now_ms)?
    {
        return Err(ServiceError::Conflict(reason));
    }
    if !feedback::insert(
        &txn,
        BookingId(booking.id),
        VolunteerId(volunteer_id),
        draft,
        now_ms,
    )
    .await?
    {
        return Ok(Submitted::AlreadySent);
    }
    let link = participant_link(&txn, config, participant.id, &event, now_ms).await?;
    let event_title = crate::services::event_texts::title_of(&txn, &event).await?;
    let mail = FeedbackEmail {
        head: MailHead::for_participant(config, &participant),
        name: participant.name.clone(),
        volunteer,
        event_title,
        items: rated_items(draft.ratings),
        strengths: draft.strengths.clone(),
        next_steps: draft.next_steps.clone(),
        link,
    }
    .render()?
    .to_outbox(
        MailKind::Feedback,
        participant.mail_address(),
        &participant.name,
        Some(participant.id),
    );
    outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
    txn.commit().await?;
    Ok(Submitted::Stored)
}
