//! Signing up on an event's public page: the page's facts (what, when, where, free places),
//! the job seeker's and the employer's forms, and the confirmation link. Nothing a sign-up
//! sends says whether the address was known; each address and each client may send only a few
//! per hour (counted in the database), and a form a robot filled in is dropped unseen.

use super::sign_up_limits::{self, Allowed, Contact};
use super::sign_up_review::{questions_of, still_open};
use crate::config::Config;
use crate::db::{begin_write, events as event_rows, outbox, session_fill, sign_up_forms, sign_ups};
use crate::domain::event_status::EventStatus;
use crate::domain::ids::EventId;
use crate::domain::local_text::TextField;
use crate::domain::locale::PARTICIPANT_LANGUAGES;
use crate::domain::mail_kind::MailKind;
use crate::domain::session_draft::Format;
use crate::domain::sign_up::{
    CONFIRM_WITHIN_MS, EmployerForm, ParticipantForm, SignUpKind, SignUpState,
};
use crate::domain::sign_up_question::Question;
use crate::domain::token::token_hash;
use crate::entities::{event, sign_up, sign_up_form};
use crate::i18n::{MAIL_LANGUAGES, Message};
use crate::mail::templates::{MailHead, SignUpConfirmEmail, When};
use crate::services::error::ServiceError;
use crate::services::{event_texts, tokens};
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction};
use uuid::Uuid;

/// A session as the public page shows it.
#[derive(Clone, Debug)]
pub struct PublicSession {
    /// Its title in the reader's language.
    pub title: String,
    /// What to bring, in the reader's language.
    pub what_to_bring: String,
    /// Its format.
    pub format: Format,
    /// Start and end (ms).
    pub starts_at: i64,
    /// End (ms).
    pub ends_at: i64,
    /// Places in all.
    pub capacity: i64,
    /// Places not taken.
    pub free: i64,
}

/// An event as its public page shows it.
#[derive(Clone, Debug)]
pub struct PublicEvent {
    /// The event, its texts in the reader's language.
    pub event: event::Model,
    /// The sessions the page shows, in time order.
    pub sessions: Vec<PublicSession>,
    /// Whether job seekers may sign up now.
    pub participants_open: bool,
    /// Whether employers may sign up now.
    pub employers_open: bool,
    /// Whether a phone number may stand in for the address.
    pub phone_allowed: bool,
    /// Whether a coordinator accepts each sign-up.
    pub approval: bool,
    /// The event's own questions.
    pub questions: Vec<Question>,
    /// Whether the event happens online: its video link is for the people on its list only,
    /// so the page says "online" and nothing more.
    pub online: bool,
}

/// What a sign-up led to, as the page tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Received {
    /// "Check your mail" (said the same whether or not a mail went out).
    CheckMail,
    /// Given with only a phone number: a coordinator will call.
    WillBeCalled,
    /// This client sent too many sign-ups in the last hour.
    TooMany,
}

/// The event at `slug` with its form; "not found" unless it was ever opened to sign-up and is
/// no draft.
pub(crate) async fn opened(
    conn: &impl ConnectionTrait,
    slug: &str,
) -> Result<(event::Model, sign_up_form::Model), ServiceError> {
    let event = event_rows::by_slug(conn, slug)
        .await?
        .filter(|event| event.status != EventStatus::Draft)
        .ok_or(ServiceError::NotFound)?;
    // Once opened, the page stays: closed, it says so (a flyer's address never dead-ends).
    let form = sign_up_forms::settings(conn, EventId(event.id))
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((event, form))
}

/// The public page of the event at `slug` for a reader of `language`.
pub async fn public_event(
    db: &DatabaseConnection,
    slug: &str,
    language: &str,
    now_ms: i64,
) -> Result<PublicEvent, ServiceError> {
    let (mut event, form) = opened(db, slug).await?;
    let open = still_open(&event, now_ms).is_ok();
    let shown = sign_up_forms::sessions(db, EventId(event.id)).await?;
    let texts = event_texts::of_event(db, event.id).await?;
    let sessions = session_fill::of_event(db, event.id)
        .await?
        .into_iter()
        .filter(|fill| form.whole_event || shown.contains(&fill.session.id))
        .map(|fill| {
            let mut session = fill.session;
            event_texts::localise_session(&texts, &mut session, language);
            PublicSession {
                title: session.title,
                what_to_bring: session.what_to_bring,
                format: session.format,
                starts_at: session.starts_at,
                ends_at: session.ends_at,
                capacity: fill.capacity,
                free: (fill.capacity - fill.booked).max(0),
            }
        })
        .collect();
    event_texts::localise_event(&texts, &mut event, language);
    let online = event.online_url.take().is_some();
    let mut questions = questions_of(sign_up_forms::questions(db, EventId(event.id)).await?);
    for question in &mut questions {
        let own = (question.id, TextField::QuestionLabel);
        question.label = texts.read(own, &question.label, language).to_owned();
    }
    Ok(PublicEvent {
        event,
        sessions,
        participants_open: open && form.participants_open,
        employers_open: open && form.employers_open,
        phone_allowed: form.phone_allowed,
        approval: form.approval,
        questions,
        online,
    })
}

/// Writes a new unconfirmed sign-up from `address` and mails it its own confirmation link
/// (each sign-up sent has its own row and link, so nobody can change what another person is
/// about to confirm). Nothing is written while one from that address already waits for a
/// coordinator.
async fn ask_to_confirm(
    txn: &DatabaseTransaction,
    config: &Config,
    (event, kind, address): (&event::Model, SignUpKind, &str),
    (name, locale, details): (&str, &str, String),
    now_ms: i64,
) -> Result<(), ServiceError> {
    if sign_ups::is_awaiting(txn, (EventId(event.id), kind), address).await? {
        return Ok(());
    }
    let token = tokens::new_token()?;
    let row = sign_up::Model {
        id: Uuid::now_v7(),
        event_id: event.id,
        kind: kind.as_str().to_owned(),
        state: SignUpState::Unconfirmed.as_str().to_owned(),
        address: Some(address.to_owned()),
        phone: None,
        name: name.to_owned(),
        locale: locale.to_owned(),
        details,
        token_hash: Some(token_hash(&token)),
        expires_at: Some(now_ms + CONFIRM_WITHIN_MS),
        created_at: now_ms,
        confirmed_at: None,
    };
    sign_ups::insert(txn, row).await?;
    let mail = SignUpConfirmEmail {
        head: MailHead::for_sign_up(config, locale),
        name: name.to_owned(),
        event_title: event_texts::title_of(txn, event).await?,
        when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
        // The confirmation page opens in the language the person chose.
        link: format!("{}/sign-up/{token}?lang={locale}", config.base_url),
        hours: CONFIRM_WITHIN_MS / 3_600_000,
    }
    .render()?
    .to_outbox(MailKind::SignUpConfirm, address, name, None);
    outbox::enqueue(txn, mail, config.mail_domain(), now_ms).await?;
    Ok(())
}

fn stored(form: &impl serde::Serialize) -> Result<String, ServiceError> {
    serde_json::to_string(form).map_err(|e| ServiceError::Internal(e.to_string()))
}

/// A job seeker signs up for the event at `slug` from `client` (an opaque key of where the
/// request came from). `trap` is the hidden field only robots fill in.
pub async fn sign_up_participant(
    db: &DatabaseConnection,
    config: &Config,
    (slug, form, trap): (&str, &ParticipantForm, &str),
    (client, now_ms): (&str, i64),
) -> Result<Received, ServiceError> {
    let txn = begin_write(db).await?;
    let (event, settings) = opened(&txn, slug).await?;
    if !settings.participants_open {
        return Err(ServiceError::Conflict(Message::new("sign-up-closed")));
    }
    still_open(&event, now_ms)?;
    let questions = questions_of(sign_up_forms::questions(&txn, EventId(event.id)).await?);
    let checked = form
        .check(PARTICIPANT_LANGUAGES, settings.phone_allowed, &questions)
        .map_err(ServiceError::Invalid)?;
    let contact = match (&checked.row.email, &checked.row.phone) {
        _ if !trap.is_empty() => Contact::Robot,
        (Some(address), _) => Contact::Address(address.as_str()),
        (None, Some(phone)) => Contact::Phone(phone, EventId(event.id)),
        (None, None) => Contact::Robot,
    };
    let allowed = sign_up_limits::count(&txn, client, contact, now_ms).await?;
    let locale = checked.row.locale.clone().unwrap_or_default();
    let details = stored(&checked.kept)?;
    let by_phone = checked.row.email.is_none();
    match (allowed, &checked.row.email) {
        (Allowed::ClientWaits, _) => return Ok(Received::TooMany),
        // A robot, or a contact over its limit: nothing is sent or kept; the page says as usual.
        _ if !trap.is_empty() => {}
        (Allowed::Quietly, _) => {}
        (Allowed::Yes, Some(address)) => {
            let facts = (checked.row.name.as_str(), locale.as_str(), details);
            let what = (&event, SignUpKind::Participant, address.as_str());
            ask_to_confirm(&txn, config, what, facts, now_ms).await?;
        }
        (Allowed::Yes, None) => {
            let row = sign_up::Model {
                id: Uuid::now_v7(),
                event_id: event.id,
                kind: SignUpKind::Participant.as_str().to_owned(),
                state: SignUpState::AwaitingApproval.as_str().to_owned(),
                address: None,
                phone: checked.row.phone.as_ref().map(|p| p.as_str().to_owned()),
                name: checked.row.name.clone(),
                locale,
                details,
                token_hash: None,
                expires_at: None,
                created_at: now_ms,
                confirmed_at: Some(now_ms),
            };
            sign_ups::insert(&txn, row).await?;
        }
    }
    txn.commit().await?;
    Ok(if by_phone {
        Received::WillBeCalled
    } else {
        Received::CheckMail
    })
}

/// An employer signs up for the event at `slug`; like [`sign_up_participant`].
pub async fn sign_up_employer(
    db: &DatabaseConnection,
    config: &Config,
    (slug, form, trap): (&str, &EmployerForm, &str),
    (client, now_ms): (&str, i64),
) -> Result<Received, ServiceError> {
    let txn = begin_write(db).await?;
    let (event, settings) = opened(&txn, slug).await?;
    if !settings.employers_open {
        return Err(ServiceError::Conflict(Message::new("sign-up-closed")));
    }
    still_open(&event, now_ms)?;
    let (draft, offer) = form.check(MAIL_LANGUAGES).map_err(ServiceError::Invalid)?;
    let address = draft.contact_email.as_str();
    let contact = if trap.is_empty() {
        Contact::Address(address)
    } else {
        Contact::Robot
    };
    match sign_up_limits::count(&txn, client, contact, now_ms).await? {
        Allowed::ClientWaits => return Ok(Received::TooMany),
        Allowed::Yes if trap.is_empty() => {
            let kept = EmployerForm {
                organisation: draft.name.clone(),
                contact_name: draft.contact_name.clone(),
                contact_email: address.to_owned(),
                contact_language: draft.contact_language.clone(),
                offer,
            };
            let facts = (
                draft.contact_name.as_str(),
                draft.contact_language.as_str(),
                stored(&kept)?,
            );
            let what = (&event, SignUpKind::Employer, address);
            ask_to_confirm(&txn, config, what, facts, now_ms).await?;
        }
        Allowed::Yes | Allowed::Quietly => {}
    }
    txn.commit().await?;
    Ok(Received::CheckMail)
}

/// Forgets unconfirmed sign-ups whose link ran out, every sign-up at an event that is over or
/// cancelled (nobody can be accepted there any more), and counted attempts older than a day;
/// returns how many sign-ups and attempts.
pub async fn forget_old(db: &DatabaseConnection, now_ms: i64) -> Result<(u64, u64), ServiceError> {
    let txn = begin_write(db).await?;
    let mut sign_ups_gone = sign_ups::forget_expired(&txn, now_ms).await?;
    sign_ups_gone += sign_ups::forget_at_finished_events(&txn, now_ms).await?;
    let attempts_gone = sign_ups::forget_attempts_before(&txn, now_ms - 24 * 3_600_000).await?;
    txn.commit().await?;
    Ok((sign_ups_gone, attempts_gone))
}
