//! An event's public sign-up form: its settings, the sessions it shows, the coordinator's own
//! questions, and the answers kept with each participant.

use crate::domain::ids::EventId;
use crate::entities::{sign_up_answer, sign_up_form, sign_up_question, sign_up_session};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// The event's settings; `None` while it has never been opened.
pub async fn settings(
    conn: &impl ConnectionTrait,
    event_id: EventId,
) -> Result<Option<sign_up_form::Model>, DbErr> {
    sign_up_form::Entity::find_by_id(event_id.0).one(conn).await
}

/// Saves the settings and, when the form does not show the whole event, the sessions it shows.
pub async fn save_settings(
    conn: &impl ConnectionTrait,
    settings: sign_up_form::Model,
    sessions: &[Uuid],
) -> Result<(), DbErr> {
    let event_id = settings.event_id;
    sign_up_form::Entity::insert(sign_up_form::ActiveModel::from(settings))
        .on_conflict(
            OnConflict::column(sign_up_form::Column::EventId)
                .update_columns([
                    sign_up_form::Column::ParticipantsOpen,
                    sign_up_form::Column::WholeEvent,
                    sign_up_form::Column::PhoneAllowed,
                    sign_up_form::Column::Approval,
                    sign_up_form::Column::EmployersOpen,
                    sign_up_form::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    sign_up_session::Entity::delete_many()
        .filter(sign_up_session::Column::EventId.eq(event_id))
        .exec(conn)
        .await?;
    let rows: Vec<sign_up_session::ActiveModel> = sessions
        .iter()
        .map(|session_id| sign_up_session::ActiveModel {
            session_id: Set(*session_id),
            event_id: Set(event_id),
        })
        .collect();
    super::rows::insert_many(conn, rows).await
}

/// The sessions a form that does not show the whole event shows.
pub async fn sessions(conn: &impl ConnectionTrait, event_id: EventId) -> Result<Vec<Uuid>, DbErr> {
    Ok(sign_up_session::Entity::find()
        .filter(sign_up_session::Column::EventId.eq(event_id.0))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.session_id)
        .collect())
}

/// The event's own questions, in the form's order.
pub async fn questions(
    conn: &impl ConnectionTrait,
    event_id: EventId,
) -> Result<Vec<sign_up_question::Model>, DbErr> {
    sign_up_question::Entity::find()
        .filter(sign_up_question::Column::EventId.eq(event_id.0))
        .order_by_asc(sign_up_question::Column::Position)
        .order_by_asc(sign_up_question::Column::Id)
        .all(conn)
        .await
}

/// Adds a question at the end of the form.
pub async fn add_question(
    conn: &impl ConnectionTrait,
    question: sign_up_question::Model,
) -> Result<(), DbErr> {
    sign_up_question::Entity::insert(sign_up_question::ActiveModel::from(question))
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Removes the event's question `id` with every answer to it; `false` when there was none.
pub async fn remove_question(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    id: Uuid,
) -> Result<bool, DbErr> {
    sign_up_answer::Entity::delete_many()
        .filter(sign_up_answer::Column::QuestionId.eq(id))
        .exec(conn)
        .await?;
    let removed = sign_up_question::Entity::delete_many()
        .filter(sign_up_question::Column::Id.eq(id))
        .filter(sign_up_question::Column::EventId.eq(event_id.0))
        .exec(conn)
        .await?;
    Ok(removed.rows_affected > 0)
}

/// Saves the person's `answers` to the event's questions, each replacing their earlier answer
/// to that question; earlier answers to questions left unanswered now stay.
pub async fn save_answers(
    conn: &impl ConnectionTrait,
    (event_id, participant_id): (EventId, Uuid),
    answers: &[(Uuid, String)],
) -> Result<(), DbErr> {
    sign_up_answer::Entity::delete_many()
        .filter(sign_up_answer::Column::EventId.eq(event_id.0))
        .filter(sign_up_answer::Column::ParticipantId.eq(participant_id))
        .filter(sign_up_answer::Column::QuestionId.is_in(answers.iter().map(|(id, _)| *id)))
        .exec(conn)
        .await?;
    let rows = answers
        .iter()
        .map(|(question_id, answer)| sign_up_answer::ActiveModel {
            participant_id: Set(participant_id),
            question_id: Set(*question_id),
            event_id: Set(event_id.0),
            answer: Set(answer.clone()),
        })
        .collect();
    super::rows::insert_many(conn, rows).await
}

/// Every answer given for the event.
pub async fn answers(
    conn: &impl ConnectionTrait,
    event_id: EventId,
) -> Result<Vec<sign_up_answer::Model>, DbErr> {
    sign_up_answer::Entity::find()
        .filter(sign_up_answer::Column::EventId.eq(event_id.0))
        .all(conn)
        .await
}
