//! The worker's part: asking each interview's volunteer for feedback once it has ended.

use super::WINDOW_MS;
use crate::config::Config;
use crate::db::access_links::LinkSubject;
use crate::db::{begin_write, bookings as booking_rows, feedback, outbox, slot_calendar};
use crate::domain::booking_status::BookingStatus;
use crate::domain::mail_kind::MailKind;
use crate::mail::templates::{FeedbackRequestEmail, MailHead, When};
use crate::services::access_links;
use crate::services::bookings::slot_context;
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;

/// Mails a feedback request for every interview that ended in the last [`WINDOW_MS`] and has
/// none yet; returns how many went out. Each is claimed with its mail in one transaction, so a
/// restart or a second worker never asks twice. Interviews marked as not come are skipped.
pub async fn request_due(
    db: &DatabaseConnection,
    config: &Config,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let mut sent = 0;
    for (booking, slot) in feedback::due_requests(db, now_ms - WINDOW_MS, now_ms).await? {
        let Some(volunteer_id) = slot.volunteer_id else {
            continue;
        };
        let txn = begin_write(db).await?;
        let still_held = booking_rows::find(&txn, booking.id)
            .await?
            .is_some_and(|b| b.status == BookingStatus::Confirmed);
        if !still_held || !feedback::claim_request(&txn, booking.id, now_ms).await? {
            continue;
        }
        let event = slot_context(&txn, slot.id).await?.event;
        let (Some(volunteer), Some(participant)) = (
            slot_calendar::volunteer(&txn, volunteer_id).await?,
            booking_rows::participant(&txn, booking.participant_id).await?,
        ) else {
            continue;
        };
        // A link of its own, valid through the feedback window (the schedule link ends with
        // the event).
        let token = access_links::issue(
            &txn,
            LinkSubject::Volunteer(volunteer.id),
            Some(event.id),
            now_ms,
            slot.ends_at + WINDOW_MS,
        )
        .await?;
        let mail = FeedbackRequestEmail {
            head: MailHead::new(config, &volunteer.locale),
            name: volunteer.name.clone(),
            participant: participant.name.clone(),
            event_title: event.title.clone(),
            when: When::range(slot.starts_at, slot.ends_at, &event.time_zone)?,
            link: format!("{}/v/{token}/feedback/{}", config.base_url, booking.id),
        }
        .render()?
        .to_outbox(
            MailKind::FeedbackRequest,
            &volunteer.email,
            &volunteer.name,
            None,
        );
        outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
        txn.commit().await?;
        sent += 1;
    }
    Ok(sent)
}
