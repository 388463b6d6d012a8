//! The follow-up survey: a day after an event, everyone who took part gets a mail (once,
//! claimed in the database with the mail) with a link to three short questions; the answer is
//! stored once and shown back to them.

use crate::config::Config;
use crate::db::access_links::LinkSubject;
use crate::db::{begin_write, bookings as booking_rows, outbox, surveys};
use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::mail_kind::MailKind;
use crate::domain::survey::SurveyDraft;
use crate::entities::survey_response;
use crate::mail::templates::{MailHead, SurveyEmail};
use crate::services::access_links::{self, resolve_participant};
use crate::services::error::ServiceError;
use sea_orm::DatabaseConnection;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// The survey goes out a day after the event ...
pub const DELAY_MS: i64 = DAY_MS;
/// ... for events that ended in the last two weeks, and its link works for thirty days.
pub const SEND_WINDOW_MS: i64 = 14 * DAY_MS;
const LINK_VALID_MS: i64 = 30 * DAY_MS;

/// Mails the survey to everyone who took part in an event that ended between two weeks and a
/// day ago and has not had it; returns how many went out.
pub async fn send_due(
    db: &DatabaseConnection,
    config: &Config,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let mut sent = 0;
    let since = now_ms - DELAY_MS - SEND_WINDOW_MS;
    for event in surveys::events_ended(db, since, now_ms - DELAY_MS).await? {
        for participant_id in surveys::not_asked(db, event.id).await? {
            let txn = begin_write(db).await?;
            if !surveys::claim(
                &txn,
                EventId(event.id),
                ParticipantId(participant_id),
                now_ms,
            )
            .await?
            {
                continue;
            }
            let Some(person) = booking_rows::participant(&txn, participant_id).await? else {
                continue;
            };
            let token = access_links::issue(
                &txn,
                LinkSubject::Participant(person.id),
                Some(event.id),
                now_ms,
                now_ms + LINK_VALID_MS,
            )
            .await?;
            let event_title = crate::services::event_texts::title_of(&txn, &event).await?;
            let mail = SurveyEmail {
                head: MailHead::for_participant(config, &person),
                name: person.name.clone(),
                event_title,
                link: format!("{}/p/{token}/survey", config.base_url),
            }
            .render()?
            .to_outbox(
                MailKind::Survey,
                person.mail_address(),
                &person.name,
                Some(person.id),
            );
            outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
            txn.commit().await?;
            sent += 1;
        }
    }
    Ok(sent)
}

/// What the survey page shows.
pub struct SurveyPage {
    /// The participant's name.
    pub name: String,
    /// The event asked about.
    pub event_title: String,
    /// Their answer, once given.
    pub answer: Option<survey_response::Model>,
}

/// Loads the survey page behind a participant's link; only people who took part are asked.
pub async fn page(
    db: &DatabaseConnection,
    token: &str,
    now_ms: i64,
) -> Result<SurveyPage, ServiceError> {
    let (link, person) = resolve_participant(db, token, now_ms).await?;
    let event_id = link.event_id.ok_or(ServiceError::NotFound)?;
    let mut event = crate::db::events::find(db, event_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let texts = crate::services::event_texts::of_event(db, event.id).await?;
    let language = crate::i18n::request::page_locale();
    crate::services::event_texts::localise_event(&texts, &mut event, language.lang());
    if !surveys::took_part(db, EventId(event.id), ParticipantId(person.id)).await? {
        return Err(ServiceError::Refused("refuse-survey-not-participant"));
    }
    Ok(SurveyPage {
        name: person.name,
        event_title: event.title,
        answer: surveys::answer_of(db, EventId(event.id), ParticipantId(person.id)).await?,
    })
}

/// Stores the answer; `false` when they had answered before (nothing changes then).
pub async fn answer(
    db: &DatabaseConnection,
    token: &str,
    draft: &SurveyDraft,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    let txn = begin_write(db).await?;
    let (link, person) = resolve_participant(&txn, token, now_ms).await?;
    let event_id = link.event_id.ok_or(ServiceError::NotFound)?;
    if !surveys::took_part(&txn, EventId(event_id), ParticipantId(person.id)).await? {
        return Err(ServiceError::Refused("refuse-survey-not-participant"));
    }
    let stored = surveys::answer(
        &txn,
        EventId(event_id),
        ParticipantId(person.id),
        draft,
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(stored)
}
