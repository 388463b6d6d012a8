//! The follow-up survey: which events are due one, who was asked, and the answers (one per
//! person and event, `ON CONFLICT DO NOTHING`, so an answer sent twice is stored once).

use crate::db::rows::insert_if_missing;
use crate::domain::booking_status::BookingStatus;
use crate::domain::event_status::EventStatus;
use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::survey::SurveyDraft;
use crate::entities::{booking, event, session, survey_response, survey_sent};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
    QueryTrait,
};
use std::collections::HashSet;
use uuid::Uuid;

/// Published or closed events that ended after `since` and by `until`.
pub async fn events_ended(
    conn: &impl ConnectionTrait,
    since: i64,
    until: i64,
) -> Result<Vec<event::Model>, DbErr> {
    event::Entity::find()
        .filter(event::Column::EndsAt.gt(since))
        .filter(event::Column::EndsAt.lte(until))
        .filter(event::Column::Status.is_in([EventStatus::Published, EventStatus::Closed]))
        .all(conn)
        .await
}

/// The people who took part in `event_id` (a confirmed booking in any session) and have not
/// been sent the survey.
pub async fn not_asked(conn: &impl ConnectionTrait, event_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    let sessions = session::Entity::find()
        .select_only()
        .column(session::Column::Id)
        .filter(session::Column::EventId.eq(event_id))
        .into_query();
    let took_part: Vec<Uuid> = booking::Entity::find()
        .select_only()
        .column(booking::Column::ParticipantId)
        .filter(booking::Column::SessionId.in_subquery(sessions))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .into_tuple()
        .all(conn)
        .await?;
    let asked: HashSet<Uuid> = survey_sent::Entity::find()
        .filter(survey_sent::Column::EventId.eq(event_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.participant_id)
        .collect();
    let mut people: Vec<Uuid> = took_part
        .into_iter()
        .filter(|p| !asked.contains(p))
        .collect();
    people.sort_unstable();
    people.dedup();
    Ok(people)
}

/// Whether `participant_id` took part in `event_id`.
pub async fn took_part(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
) -> Result<bool, DbErr> {
    let sessions = session::Entity::find()
        .select_only()
        .column(session::Column::Id)
        .filter(session::Column::EventId.eq(event_id))
        .into_query();
    Ok(booking::Entity::find()
        .filter(booking::Column::SessionId.in_subquery(sessions))
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .one(conn)
        .await?
        .is_some())
}

/// Claims the survey mail to one person; `false` when it went out before.
pub async fn claim(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
    now_ms: i64,
) -> Result<bool, DbErr> {
    insert_if_missing(
        conn,
        survey_sent::ActiveModel {
            event_id: Set(event_id.0),
            participant_id: Set(participant_id.0),
            sent_at: Set(now_ms),
        },
        [
            survey_sent::Column::EventId,
            survey_sent::Column::ParticipantId,
        ],
    )
    .await
}

/// Stores an answer; `false` when the person had answered before.
pub async fn answer(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
    draft: &SurveyDraft,
    now_ms: i64,
) -> Result<bool, DbErr> {
    insert_if_missing(
        conn,
        survey_response::ActiveModel {
            event_id: Set(event_id.0),
            participant_id: Set(participant_id.0),
            useful: Set(draft.useful),
            plans: Set(draft.plans_text()),
            comment: Set(draft.comment.clone()),
            submitted_at: Set(now_ms),
        },
        [
            survey_response::Column::EventId,
            survey_response::Column::ParticipantId,
        ],
    )
    .await
}

/// One person's answer, if any.
pub async fn answer_of(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
) -> Result<Option<survey_response::Model>, DbErr> {
    survey_response::Entity::find_by_id((event_id.0, participant_id.0))
        .one(conn)
        .await
}

/// The answers about any of `event_ids`.
pub async fn answers(
    conn: &impl ConnectionTrait,
    event_ids: Vec<Uuid>,
) -> Result<Vec<survey_response::Model>, DbErr> {
    survey_response::Entity::find()
        .filter(survey_response::Column::EventId.is_in(event_ids))
        .all(conn)
        .await
}
