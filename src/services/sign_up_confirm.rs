//! The confirmation link a sign-up mails: what it shows (everything that will be confirmed)
//! and what its button does. Confirming takes the sign-up by a conditional change, so a second
//! click, or two at once, confirm it once.

use super::sign_up_review::{admit_participant, questions_of, still_open};
use super::sign_up_settings::{Line, lines_of};
use crate::config::Config;
use crate::db::{begin_write, sign_up_forms, sign_ups};
use crate::domain::ids::EventId;
use crate::domain::local_text::TextField;
use crate::domain::sign_up::{ParticipantForm, SignUpKind, SignUpState};
use crate::domain::token::{looks_like_token, token_hash};
use crate::entities::{event, sign_up};
use crate::i18n::Message;
use crate::services::error::ServiceError;
use crate::services::{event_texts, events};
use sea_orm::{ConnectionTrait, DatabaseConnection};

/// What confirming an address led to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirmed {
    /// On the event's list: the person's own page (none for someone without an address).
    OnList(Option<String>),
    /// Waiting for a coordinator's answer.
    Awaiting,
}

/// What the confirmation page shows.
#[derive(Clone, Debug)]
pub struct Confirmation {
    /// The event's title in the reader's language.
    pub event_title: String,
    /// The name given.
    pub name: String,
    /// Everything else given, as the coordinators will read it.
    pub lines: Vec<Line>,
    /// Whether they asked to be kept for later events.
    pub keep: bool,
}

/// The unconfirmed sign-up behind `token`, with its event: "gone" when the link is unknown,
/// used or ran out (the page says the same for each).
async fn pending(
    conn: &impl ConnectionTrait,
    token: &str,
    now_ms: i64,
) -> Result<(event::Model, sign_up::Model), ServiceError> {
    if !looks_like_token(token) {
        return Err(ServiceError::LinkExpired);
    }
    let row = sign_ups::by_token(conn, &token_hash(token), now_ms)
        .await?
        .ok_or(ServiceError::LinkExpired)?;
    let event = events::find(conn, row.event_id).await?;
    Ok((event, row))
}

/// What the link `token` is about to confirm, in `lang`.
pub async fn confirmation(
    db: &DatabaseConnection,
    token: &str,
    lang: &str,
    now_ms: i64,
) -> Result<Confirmation, ServiceError> {
    let (event, row) = pending(db, token, now_ms).await?;
    let questions = questions_of(sign_up_forms::questions(db, EventId(event.id)).await?);
    let texts = event_texts::of_event(db, event.id).await?;
    let title = texts.text(event.id, TextField::EventTitle, &event.title);
    let keep = row.kind == SignUpKind::Participant.as_str()
        && serde_json::from_str::<ParticipantForm>(&row.details).is_ok_and(|form| form.keep);
    Ok(Confirmation {
        event_title: title.in_language(lang).to_owned(),
        lines: lines_of(&row, &questions, lang),
        name: row.name,
        keep,
    })
}

/// Confirms the address behind `token`: the job seeker goes on the list, or (when the event
/// asks for approval, and always for an employer) waits for a coordinator. Any other sign-up
/// from that address at the event is retired: this one stands for them.
pub async fn confirm(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    now_ms: i64,
) -> Result<Confirmed, ServiceError> {
    let txn = begin_write(db).await?;
    let (event, row) = pending(&txn, token, now_ms).await?;
    still_open(&event, now_ms)?;
    let form = sign_up_forms::settings(&txn, EventId(event.id)).await?;
    let employer = row.kind == SignUpKind::Employer.as_str();
    let open = form.as_ref().is_some_and(|f| {
        if employer {
            f.employers_open
        } else {
            f.participants_open
        }
    });
    if !open {
        return Err(ServiceError::Conflict(Message::new("sign-up-closed")));
    }
    let approval = form.is_some_and(|f| f.approval);
    let kind = if employer {
        SignUpKind::Employer
    } else {
        SignUpKind::Participant
    };
    let confirmed = if employer || approval {
        if !sign_ups::await_approval(&txn, row.id, now_ms).await? {
            return Err(ServiceError::LinkExpired);
        }
        Confirmed::Awaiting
    } else {
        if !sign_ups::take(&txn, row.id, SignUpState::Unconfirmed).await? {
            return Err(ServiceError::LinkExpired);
        }
        Confirmed::OnList(admit_participant(&txn, config, (&event, &row), None, now_ms).await?)
    };
    if let Some(address) = row.address.as_deref() {
        sign_ups::retire_others(&txn, (EventId(event.id), kind), address, row.id).await?;
    }
    txn.commit().await?;
    Ok(confirmed)
}
