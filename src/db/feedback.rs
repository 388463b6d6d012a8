//! Mock-interview feedback: which interviews are due a request, the requests claimed once, and
//! the feedback stored once per booking (`ON CONFLICT DO NOTHING` on its key, so a form sent
//! twice, or by two tabs at once, is stored once).

use crate::db::rows::insert_if_missing;
use crate::domain::booking_status::BookingStatus;
use crate::domain::feedback::FeedbackDraft;
use crate::domain::ids::{BookingId, EmployerId, EventId, VolunteerId};
use crate::domain::session_format::Format;
use crate::entities::{booking, feedback, feedback_request, session, slot};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashSet;
use uuid::Uuid;

/// Interviews that ended after `since` and by `until`, held (confirmed, not a no-show) and not
/// yet the subject of a request: (booking, its slot).
pub async fn due_requests(
    conn: &impl ConnectionTrait,
    since: i64,
    until: i64,
) -> Result<Vec<(booking::Model, slot::Model)>, DbErr> {
    let slots = slot::Entity::find()
        .filter(slot::Column::EndsAt.gt(since))
        .filter(slot::Column::EndsAt.lte(until))
        .filter(slot::Column::VolunteerId.is_not_null())
        .all(conn)
        .await?;
    if slots.is_empty() {
        return Ok(Vec::new());
    }
    let interviews: HashSet<Uuid> = session::Entity::find()
        .filter(session::Column::Id.is_in(slots.iter().map(|s| s.session_id)))
        .filter(session::Column::Format.eq(Format::MockInterview))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let slots: Vec<slot::Model> = slots
        .into_iter()
        .filter(|s| interviews.contains(&s.session_id))
        .collect();
    let bookings = booking::Entity::find()
        .filter(booking::Column::SlotId.is_in(slots.iter().map(|s| s.id)))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .all(conn)
        .await?;
    let asked: HashSet<Uuid> = feedback_request::Entity::find()
        .filter(feedback_request::Column::BookingId.is_in(bookings.iter().map(|b| b.id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.booking_id)
        .collect();
    Ok(bookings
        .into_iter()
        .filter(|b| !asked.contains(&b.id))
        .filter_map(|b| {
            let slot = slots.iter().find(|s| Some(s.id) == b.slot_id)?.clone();
            Some((b, slot))
        })
        .collect())
}

/// Claims the request for `booking_id`; `false` when it was made before.
pub async fn claim_request(
    conn: &impl ConnectionTrait,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<bool, DbErr> {
    insert_if_missing(
        conn,
        feedback_request::ActiveModel {
            booking_id: Set(booking_id),
            requested_at: Set(now_ms),
        },
        [feedback_request::Column::BookingId],
    )
    .await
}

/// Stores the feedback on `booking_id`; `false` when feedback was stored before.
pub async fn insert(
    conn: &impl ConnectionTrait,
    booking_id: BookingId,
    volunteer_id: VolunteerId,
    draft: &FeedbackDraft,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let [preparation, presentation, professional_depth, communication] = draft.ratings;
    insert_if_missing(
        conn,
        feedback::ActiveModel {
            booking_id: Set(booking_id.0),
            volunteer_id: Set(volunteer_id.0),
            preparation: Set(preparation),
            presentation: Set(presentation),
            professional_depth: Set(professional_depth),
            communication: Set(communication),
            strengths: Set(draft.strengths.clone()),
            next_steps: Set(draft.next_steps.clone()),
            submitted_at: Set(now_ms),
        },
        [feedback::Column::BookingId],
    )
    .await
}

/// The feedback on `booking_id`, if any.
pub async fn of_booking(
    conn: &impl ConnectionTrait,
    booking_id: Uuid,
) -> Result<Option<feedback::Model>, DbErr> {
    feedback::Entity::find_by_id(booking_id).one(conn).await
}

/// The feedback on any of `booking_ids`.
pub async fn of_bookings(
    conn: &impl ConnectionTrait,
    booking_ids: Vec<Uuid>,
) -> Result<Vec<feedback::Model>, DbErr> {
    feedback::Entity::find()
        .filter(feedback::Column::BookingId.is_in(booking_ids))
        .all(conn)
        .await
}

/// Which of `booking_ids` the volunteer was asked about.
pub async fn requested(
    conn: &impl ConnectionTrait,
    booking_ids: Vec<Uuid>,
) -> Result<HashSet<Uuid>, DbErr> {
    Ok(feedback_request::Entity::find()
        .filter(feedback_request::Column::BookingId.is_in(booking_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.booking_id)
        .collect())
}

/// Everything a list of feedback shows besides the feedback itself, in a few queries.
#[derive(Clone, Debug, Default)]
pub struct FeedbackContext {
    /// The bookings the feedback is on.
    pub bookings: Vec<booking::Model>,
    /// Their slots.
    pub slots: Vec<slot::Model>,
    /// Their sessions.
    pub sessions: Vec<session::Model>,
    /// The people interviewed.
    pub participants: Vec<crate::entities::participant::Model>,
    /// The volunteers who wrote it.
    pub volunteers: Vec<crate::entities::volunteer::Model>,
    /// Their employers.
    pub employers: Vec<crate::entities::employer::Model>,
}

/// Loads the context of `rows`.
pub async fn context(
    conn: &impl ConnectionTrait,
    rows: &[feedback::Model],
) -> Result<FeedbackContext, DbErr> {
    use crate::entities::{employer, participant, volunteer};
    if rows.is_empty() {
        return Ok(FeedbackContext::default());
    }
    let bookings = booking::Entity::find()
        .filter(booking::Column::Id.is_in(rows.iter().map(|r| r.booking_id)))
        .all(conn)
        .await?;
    let slots = slot::Entity::find()
        .filter(slot::Column::Id.is_in(bookings.iter().filter_map(|b| b.slot_id)))
        .all(conn)
        .await?;
    let sessions = session::Entity::find()
        .filter(session::Column::Id.is_in(bookings.iter().map(|b| b.session_id)))
        .all(conn)
        .await?;
    let participants = participant::Entity::find()
        .filter(participant::Column::Id.is_in(bookings.iter().map(|b| b.participant_id)))
        .all(conn)
        .await?;
    let volunteers = volunteer::Entity::find()
        .filter(volunteer::Column::Id.is_in(rows.iter().map(|r| r.volunteer_id)))
        .all(conn)
        .await?;
    let employers = employer::Entity::find()
        .filter(employer::Column::Id.is_in(volunteers.iter().map(|v| v.employer_id)))
        .all(conn)
        .await?;
    Ok(FeedbackContext {
        bookings,
        slots,
        sessions,
        participants,
        volunteers,
        employers,
    })
}

/// The bookings (confirmed) of the event's interview sessions: the ones feedback can be on.
pub async fn interviews_of_event(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<Uuid>, DbErr> {
    use sea_orm::{QuerySelect, QueryTrait};
    let sessions = session::Entity::find()
        .select_only()
        .column(session::Column::Id)
        .filter(session::Column::EventId.eq(event_id))
        .filter(session::Column::Format.eq(Format::MockInterview))
        .into_query();
    booking::Entity::find()
        .select_only()
        .column(booking::Column::Id)
        .filter(booking::Column::SessionId.in_subquery(sessions))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .into_tuple()
        .all(conn)
        .await
}

/// The feedback on the event's interviews written by the volunteers of `employer_id` (`None`:
/// by anyone).
pub async fn of_event(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    employer_id: Option<EmployerId>,
) -> Result<Vec<feedback::Model>, DbErr> {
    use sea_orm::{QuerySelect, QueryTrait};
    let sessions = session::Entity::find()
        .select_only()
        .column(session::Column::Id)
        .filter(session::Column::EventId.eq(event_id))
        .into_query();
    let bookings = booking::Entity::find()
        .select_only()
        .column(booking::Column::Id)
        .filter(booking::Column::SessionId.in_subquery(sessions))
        .into_query();
    let mut query =
        feedback::Entity::find().filter(feedback::Column::BookingId.in_subquery(bookings));
    if let Some(employer_id) = employer_id {
        use crate::entities::volunteer;
        let theirs = volunteer::Entity::find()
            .select_only()
            .column(volunteer::Column::Id)
            .filter(volunteer::Column::EmployerId.eq(employer_id))
            .into_query();
        query = query.filter(feedback::Column::VolunteerId.in_subquery(theirs));
    }
    query.all(conn).await
}
