//! Feedback as people read it: the participant on their page, the coordinator for a whole
//! event, an employer contact for their own volunteers only.

use crate::db::feedback::{self, FeedbackContext};
use crate::domain::feedback::{RUBRIC, scale_id};
use crate::domain::ids::{EmployerId, EventId};
use crate::entities::feedback as feedback_row;
use crate::i18n::dates;
use crate::i18n::request::page_locale;
use crate::services::error::ServiceError;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// One rated item: (its label's text id, rating 1-4, the text id of what the rating means).
pub type Rated = (&'static str, i32, &'static str);

/// One interview's feedback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackView {
    /// The booking it is on.
    pub booking_id: Uuid,
    /// The participant interviewed.
    pub participant: String,
    /// The volunteer who wrote it.
    pub volunteer: String,
    /// Their employer.
    pub employer: String,
    /// Session title.
    pub session: String,
    /// When the interview was, naming the zone.
    pub when: String,
    /// The ratings in rubric order.
    pub ratings: Vec<Rated>,
    /// What went well.
    pub strengths: String,
    /// Next steps.
    pub next_steps: String,
}

/// Turns stored rows into views, in interview time order.
pub fn build(
    rows: &[feedback_row::Model],
    context: &FeedbackContext,
    zone: &str,
) -> Vec<FeedbackView> {
    let mut views: Vec<(i64, FeedbackView)> = rows
        .iter()
        .filter_map(|row| {
            let booking = context.bookings.iter().find(|b| b.id == row.booking_id)?;
            let slot = context
                .slots
                .iter()
                .find(|s| Some(s.id) == booking.slot_id)?;
            let session = context
                .sessions
                .iter()
                .find(|s| s.id == booking.session_id)?;
            let participant = context
                .participants
                .iter()
                .find(|p| p.id == booking.participant_id)?;
            let volunteer = context
                .volunteers
                .iter()
                .find(|v| v.id == row.volunteer_id)?;
            let employer = context
                .employers
                .iter()
                .find(|e| e.id == volunteer.employer_id)
                .map(|e| e.name.clone())
                .unwrap_or_default();
            let ratings = RUBRIC
                .iter()
                .zip(row.ratings())
                .map(|(item, rating)| (item.label_id, rating, scale_id(rating)))
                .collect();
            Some((
                slot.starts_at,
                FeedbackView {
                    booking_id: booking.id,
                    participant: participant.name.clone(),
                    volunteer: volunteer.name.clone(),
                    employer,
                    session: session.title.clone(),
                    when: dates::range(&page_locale(), slot.starts_at, slot.ends_at, zone).ok()?,
                    ratings,
                    strengths: row.strengths.clone(),
                    next_steps: row.next_steps.clone(),
                },
            ))
        })
        .collect();
    views.sort_by(|a, b| (a.0, &a.1.participant).cmp(&(b.0, &b.1.participant)));
    views.into_iter().map(|(_, view)| view).collect()
}

/// The feedback on `booking_ids` (a participant's own bookings).
pub async fn on_bookings(
    conn: &impl ConnectionTrait,
    booking_ids: Vec<Uuid>,
    zone: &str,
) -> Result<Vec<FeedbackView>, ServiceError> {
    if booking_ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = feedback::of_bookings(conn, booking_ids).await?;
    let context = feedback::context(conn, &rows).await?;
    Ok(build(&rows, &context, zone))
}

/// The feedback of a whole event, with how many requested interviews still lack it.
pub struct EventFeedback {
    /// Feedback given.
    pub given: Vec<FeedbackView>,
    /// Interviews whose volunteer was asked and has not answered yet.
    pub awaited: usize,
}

/// Every feedback of the event (`employer_id`: only its volunteers', for its contact).
pub async fn of_event(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    zone: &str,
    employer_id: Option<EmployerId>,
) -> Result<EventFeedback, ServiceError> {
    let rows = feedback::of_event(conn, event_id, employer_id).await?;
    let context = feedback::context(conn, &rows).await?;
    let awaited = if employer_id.is_none() {
        let interviews = feedback::interviews_of_event(conn, event_id.0).await?;
        let asked = feedback::requested(conn, interviews).await?;
        asked
            .iter()
            .filter(|id| rows.iter().all(|row| row.booking_id != **id))
            .count()
    } else {
        0
    };
    Ok(EventFeedback {
        given: build(&rows, &context, zone),
        awaited,
    })
}
