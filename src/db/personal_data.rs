//! Everything stored about one participant, for the copy they can download.

use crate::entities::{
    booking, event, event_participant, feedback, outbox_message, outcome, participant,
    participant_language, participant_occupation, participant_sensitive, preference, session,
    sign_up, sign_up_answer, sign_up_question, slot, survey_response,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// One participant's stored data.
pub struct PersonalData {
    /// The person.
    pub person: participant::Model,
    /// Languages with levels.
    pub languages: Vec<participant_language::Model>,
    /// Occupation fields.
    pub occupations: Vec<participant_occupation::Model>,
    /// Sensitive facts, if any were recorded.
    pub sensitive: Option<participant_sensitive::Model>,
    /// The events they are on the list of.
    pub events: Vec<event::Model>,
    /// Their bookings with slot and session.
    pub bookings: Vec<(booking::Model, Option<slot::Model>, Option<session::Model>)>,
    /// Their ranked choices.
    pub preferences: Vec<preference::Model>,
    /// Feedback on their interviews.
    pub feedback: Vec<feedback::Model>,
    /// Their survey answers.
    pub survey: Vec<survey_response::Model>,
    /// Outcomes recorded for them.
    pub outcomes: Vec<outcome::Model>,
    /// Mails to them.
    pub mails: Vec<outbox_message::Model>,
    /// Their answers to events' own sign-up questions, with each question.
    pub answers: Vec<(sign_up_answer::Model, Option<sign_up_question::Model>)>,
    /// Sign-ups from their address not yet on a list (unconfirmed, or waiting for an answer).
    pub sign_ups: Vec<sign_up::Model>,
}

/// Loads it all.
pub async fn load(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
) -> Result<Option<PersonalData>, DbErr> {
    let Some(person) = participant::Entity::find_by_id(participant_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let event_ids: Vec<Uuid> = event_participant::Entity::find()
        .filter(event_participant::Column::ParticipantId.eq(participant_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|e| e.event_id)
        .collect();
    let bookings = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .order_by_asc(booking::Column::CreatedAt)
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
    let booking_ids: Vec<Uuid> = bookings.iter().map(|b| b.id).collect();
    let given = sign_up_answer::Entity::find()
        .filter(sign_up_answer::Column::ParticipantId.eq(participant_id))
        .all(conn)
        .await?;
    let questions = sign_up_question::Entity::find()
        .filter(sign_up_question::Column::Id.is_in(given.iter().map(|a| a.question_id)))
        .all(conn)
        .await?;
    let answers = given
        .into_iter()
        .map(|a| {
            let question = questions.iter().find(|q| q.id == a.question_id).cloned();
            (a, question)
        })
        .collect();
    let sign_ups = match person.email.as_deref() {
        Some(address) => {
            sign_up::Entity::find()
                .filter(sign_up::Column::Address.eq(address))
                .filter(sign_up::Column::Kind.eq("participant"))
                .all(conn)
                .await?
        }
        None => Vec::new(),
    };
    Ok(Some(PersonalData {
        answers,
        sign_ups,
        languages: participant_language::Entity::find()
            .filter(participant_language::Column::ParticipantId.eq(participant_id))
            .all(conn)
            .await?,
        occupations: participant_occupation::Entity::find()
            .filter(participant_occupation::Column::ParticipantId.eq(participant_id))
            .all(conn)
            .await?,
        sensitive: participant_sensitive::Entity::find_by_id(participant_id)
            .one(conn)
            .await?,
        events: event::Entity::find()
            .filter(event::Column::Id.is_in(event_ids))
            .all(conn)
            .await?,
        bookings: bookings
            .into_iter()
            .map(|b| {
                let slot = slots.iter().find(|s| Some(s.id) == b.slot_id).cloned();
                let session = sessions.iter().find(|s| s.id == b.session_id).cloned();
                (b, slot, session)
            })
            .collect(),
        preferences: preference::Entity::find()
            .filter(preference::Column::ParticipantId.eq(participant_id))
            .all(conn)
            .await?,
        feedback: feedback::Entity::find()
            .filter(feedback::Column::BookingId.is_in(booking_ids))
            .all(conn)
            .await?,
        survey: survey_response::Entity::find()
            .filter(survey_response::Column::ParticipantId.eq(participant_id))
            .all(conn)
            .await?,
        outcomes: outcome::Entity::find()
            .filter(outcome::Column::ParticipantId.eq(participant_id))
            .all(conn)
            .await?,
        mails: outbox_message::Entity::find()
            .filter(outbox_message::Column::ParticipantId.eq(participant_id))
            .order_by_asc(outbox_message::Column::CreatedAt)
            .all(conn)
            .await?,
        person,
    }))
}
