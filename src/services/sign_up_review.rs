//! What becomes of a sign-up: a confirmed job seeker is put on the event's list with the usual
//! personal link (at once, or when a coordinator accepts them), an accepted employer gets the
//! usual employer link, and a declined sign-up gets one mail in the person's language and is
//! forgotten. Each in one transaction with its mail and audit entry.

use crate::config::Config;
use crate::db::{audit, begin_write, employers, outbox, participants, sign_up_forms, sign_ups};
use crate::domain::actor::Actor;
use crate::domain::event_status::EventStatus;
use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::mail_kind::MailKind;
use crate::domain::sign_up::{EmployerForm, ParticipantForm, SignUpKind, SignUpState};
use crate::domain::sign_up_question::{Question, QuestionKind};
use crate::entities::{event, sign_up, sign_up_question};
use crate::i18n::{MAIL_LANGUAGES, Message};
use crate::mail::templates::{MailHead, SignUpDeclinedEmail};
use crate::services::error::ServiceError;
use crate::services::events;
use crate::services::participants::invite_person;
use crate::services::{employers as employer_invites, event_texts};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use uuid::Uuid;

/// The event's questions as the form asks them.
pub(crate) fn questions_of(rows: Vec<sign_up_question::Model>) -> Vec<Question> {
    rows.into_iter()
        .map(|row| Question {
            id: row.id,
            kind: row.kind.parse().unwrap_or(QuestionKind::Text),
            label: row.label,
            choices: row.choices.lines().map(str::to_owned).collect(),
            required: row.required,
        })
        .collect()
}

/// The form a sign-up keeps, as it was checked when it was sent.
fn details_of<T: serde::de::DeserializeOwned>(row: &sign_up::Model) -> Result<T, ServiceError> {
    serde_json::from_str(&row.details)
        .map_err(|e| ServiceError::Internal(format!("a stored sign-up is unreadable: {e}")))
}

/// Whether `event` still takes people: published and not over.
pub(crate) fn still_open(event: &event::Model, now_ms: i64) -> Result<(), ServiceError> {
    if event.status == EventStatus::Published && now_ms < event.ends_at {
        Ok(())
    } else {
        Err(ServiceError::Conflict(Message::new("sign-up-closed")))
    }
}

/// Puts the job seeker of `pending` on the event's list: the same person when their address
/// (or phone and name) is known, with their answers, and mails them the usual personal link.
/// Returns that link's address (none for someone reached by phone: a coordinator gives it).
pub(crate) async fn admit_participant(
    txn: &DatabaseTransaction,
    config: &Config,
    (event, pending): (&event::Model, &sign_up::Model),
    actor: Option<Actor>,
    now_ms: i64,
) -> Result<Option<String>, ServiceError> {
    let form: ParticipantForm = details_of(pending)?;
    // Questions changed since are no reason to refuse someone already confirmed: answers are
    // kept for the questions still asked, and none is required any more.
    let mut questions = questions_of(sign_up_forms::questions(txn, EventId(event.id)).await?);
    for question in &mut questions {
        question.required = false;
    }
    let languages = crate::domain::locale::PARTICIPANT_LANGUAGES;
    let checked = form
        .check(languages, true, &questions)
        .map_err(ServiceError::Invalid)?;
    let (person_id, _) = participants::upsert(txn, &checked.row, now_ms).await?;
    if checked.keep {
        participants::agree_to_keep(txn, person_id).await?;
    }
    let ids = (EventId(event.id), ParticipantId(person_id));
    participants::add_to_event(txn, ids.0, ids.1, now_ms).await?;
    sign_up_forms::save_answers(txn, (ids.0, person_id), &checked.answers).await?;
    let actor = actor.unwrap_or(Actor::Participant(person_id));
    audit::participant_changed(txn, actor, "participant.signed_up", ids.1, now_ms).await?;
    let Some(person) = participants::find(txn, person_id).await? else {
        return Err(ServiceError::NotFound);
    };
    if person.email.is_none() {
        return Ok(None);
    }
    let title = event_texts::title_of(txn, event).await?;
    let link = invite_person(txn, config, (event, &title), &person, now_ms).await?;
    Ok(Some(link))
}

/// Makes the employer of `pending` a partner of the event (the same employer when its
/// contact's address and name are known) and mails the contact the usual employer link.
async fn admit_employer(
    txn: &DatabaseTransaction,
    config: &Config,
    (event, pending): (&event::Model, &sign_up::Model),
    actor: Actor,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let form: EmployerForm = details_of(pending)?;
    let (draft, offer) = form.check(MAIL_LANGUAGES).map_err(ServiceError::Invalid)?;
    let (employer, contact) = employers::find_or_create(txn, &draft, now_ms).await?;
    employers::set_offer(txn, employer.id, &offer).await?;
    employer_invites::invite_in(txn, config, event, (&employer, &[contact]), (actor, now_ms))
        .await?;
    audit::event_changed(txn, actor, "employer.signed_up", EventId(event.id), now_ms).await?;
    Ok(())
}

/// Takes the event's sign-up `id` waiting for a coordinator, with its event: "not found" when
/// it is not waiting (any more: answered already, by a second click or another coordinator).
async fn take_waiting(
    txn: &DatabaseTransaction,
    (event_id, id): (Uuid, Uuid),
) -> Result<(event::Model, sign_up::Model), ServiceError> {
    let event = events::find(txn, event_id).await?;
    let pending = sign_ups::find(txn, EventId(event_id), id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !sign_ups::take(txn, pending.id, SignUpState::AwaitingApproval).await? {
        return Err(ServiceError::NotFound);
    }
    Ok((event, pending))
}

/// A coordinator accepts the sign-up `id` of event `event_id`.
pub async fn accept(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, id): (Uuid, Uuid),
    (actor, now_ms): (Actor, i64),
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let (event, pending) = take_waiting(&txn, (event_id, id)).await?;
    still_open(&event, now_ms)?;
    if pending.kind == SignUpKind::Employer.as_str() {
        admit_employer(&txn, config, (&event, &pending), actor, now_ms).await?;
    } else {
        admit_participant(&txn, config, (&event, &pending), Some(actor), now_ms).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// A coordinator declines the sign-up `id` of event `event_id`: one mail in the person's
/// language (none for someone reached by phone), and the sign-up is forgotten.
pub async fn decline(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, id): (Uuid, Uuid),
    (actor, now_ms): (Actor, i64),
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let (event, pending) = take_waiting(&txn, (event_id, id)).await?;
    if let Some(address) = pending.address.as_deref() {
        let mail = SignUpDeclinedEmail {
            head: MailHead::for_sign_up(config, &pending.locale),
            name: pending.name.clone(),
            event_title: event_texts::title_of(&txn, &event).await?,
        }
        .render()?
        .to_outbox(MailKind::SignUpDeclined, address, &pending.name, None);
        outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
    }
    audit::event_changed(&txn, actor, "sign_up.declined", EventId(event_id), now_ms).await?;
    txn.commit().await?;
    Ok(())
}
