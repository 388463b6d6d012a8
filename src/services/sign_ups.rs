//! Signing up on an event's public page: the page's facts (what, when, where, free places),
//! the job seeker's and the employer's forms, and the confirmation link. Nothing a sign-up
//! sends says whether the address was known; each address and each client may send only a few
//! per hour (counted in the database), and a form a robot filled in is dropped unseen.

use super::sign_up_review::{admit_participant, questions_of, still_open};
use crate::config::Config;
use crate::db::{begin_write, events as event_rows, outbox, session_fill, sign_up_forms, sign_ups};
use crate::domain::email::EmailAddress;
use crate::domain::event_status::EventStatus;
use crate::domain::ids::EventId;
use crate::domain::locale::PARTICIPANT_LANGUAGES;
use crate::domain::mail_kind::MailKind;
use crate::domain::session_draft::Format;
use crate::domain::sign_up::{
    CONFIRM_WITHIN_MS, EmployerForm, LIMIT_WINDOW_MS, PER_ADDRESS_PER_HOUR, PER_CLIENT_PER_HOUR,
    ParticipantForm, SignUpKind, SignUpState,
};
use crate::domain::sign_up_question::Question;
use crate::domain::token::token_hash;
use crate::entities::{event, sign_up, sign_up_form};
use crate::i18n::MAIL_LANGUAGES;
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

/// What confirming an address led to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirmed {
    /// On the event's list: the person's own page.
    OnList(Option<String>),
    /// Waiting for a coordinator's answer.
    Awaiting,
}

/// The event at `slug` with its form; "not found" unless it was ever opened to sign-up and is
/// no draft.
async fn opened(
    conn: &impl ConnectionTrait,
    slug: &str,
) -> Result<(event::Model, sign_up_form::Model), ServiceError> {
    let event = event_rows::by_slug(conn, slug)
        .await?
        .filter(|event| event.status != EventStatus::Draft)
        .ok_or(ServiceError::NotFound)?;
    let form = sign_up_forms::settings(conn, EventId(event.id))
        .await?
        .filter(|form| form.participants_open || form.employers_open)
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
    let questions = questions_of(sign_up_forms::questions(db, EventId(event.id)).await?);
    Ok(PublicEvent {
        event,
        sessions,
        participants_open: open && form.participants_open,
        employers_open: open && form.employers_open,
        phone_allowed: form.phone_allowed,
        approval: form.approval,
        questions,
    })
}

/// The keys the limits count against: the client, and the address when there is one.
fn limit_keys(client: &str, address: Option<&str>) -> (String, Option<String>) {
    (
        token_hash(&format!("sign-up-client:{client}")),
        address.map(|a| token_hash(&format!("sign-up-address:{a}"))),
    )
}

/// Counts this sign-up; `Err(TooMany)` when the client is over its limit, `Ok(false)` when the
/// address is (then nothing is sent to it, and the page says what it always says).
async fn within_limits(
    txn: &DatabaseTransaction,
    client: &str,
    address: Option<&str>,
    now_ms: i64,
) -> Result<Result<bool, Received>, ServiceError> {
    let (client_key, address_key) = limit_keys(client, address);
    let since = now_ms - LIMIT_WINDOW_MS;
    if sign_ups::attempts_since(txn, &client_key, since).await? >= PER_CLIENT_PER_HOUR {
        return Ok(Err(Received::TooMany));
    }
    let address_ok = match &address_key {
        Some(key) => sign_ups::attempts_since(txn, key, since).await? < PER_ADDRESS_PER_HOUR,
        None => true,
    };
    let mut keys = vec![client_key.as_str()];
    keys.extend(address_key.as_deref());
    sign_ups::record_attempt(txn, &keys, now_ms).await?;
    Ok(Ok(address_ok))
}

/// Writes (or renews) the unconfirmed sign-up of `address` and mails it the confirmation link.
/// A sign-up already waiting for a coordinator is left as it is.
async fn ask_to_confirm(
    txn: &DatabaseTransaction,
    config: &Config,
    (event, kind, address): (&event::Model, SignUpKind, &str),
    (name, locale, details): (&str, &str, String),
    now_ms: i64,
) -> Result<(), ServiceError> {
    let existing = sign_ups::by_address(txn, (EventId(event.id), kind), address).await?;
    if existing
        .as_ref()
        .is_some_and(|row| row.state == SignUpState::AwaitingApproval.as_str())
    {
        return Ok(());
    }
    let token = tokens::new_token()?;
    let link = (token_hash(&token), now_ms + CONFIRM_WITHIN_MS);
    match existing {
        Some(row) => sign_ups::renew(txn, row.id, (name, locale, details), link).await?,
        None => {
            let row = sign_up::Model {
                id: Uuid::now_v7(),
                event_id: event.id,
                kind: kind.as_str().to_owned(),
                state: SignUpState::Unconfirmed.as_str().to_owned(),
                address: Some(address.to_owned()),
                name: name.to_owned(),
                locale: locale.to_owned(),
                details,
                token_hash: Some(link.0),
                expires_at: Some(link.1),
                created_at: now_ms,
                confirmed_at: None,
            };
            sign_ups::insert(txn, row).await?;
        }
    }
    let mail = SignUpConfirmEmail {
        head: MailHead::for_sign_up(config, locale),
        name: name.to_owned(),
        event_title: event_texts::title_of(txn, event).await?,
        when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
        link: format!("{}/sign-up/{token}", config.base_url),
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
        return Err(ServiceError::NotFound);
    }
    still_open(&event, now_ms)?;
    let questions = questions_of(sign_up_forms::questions(&txn, EventId(event.id)).await?);
    let checked = form
        .check(PARTICIPANT_LANGUAGES, settings.phone_allowed, &questions)
        .map_err(ServiceError::Invalid)?;
    let address = checked.row.email.as_ref().map(EmailAddress::as_str);
    // A robot's sign-up counts against its client only, never against the address it typed.
    let counted = address.filter(|_| trap.is_empty());
    let address_ok = match within_limits(&txn, client, counted, now_ms).await? {
        Ok(address_ok) => address_ok,
        Err(refused) => return Ok(refused),
    };
    let locale = checked.row.locale.clone().unwrap_or_default();
    let received = match address {
        // A robot, or an address over its limit: nothing is sent, and the page says as usual.
        Some(_) if !trap.is_empty() || !address_ok => Received::CheckMail,
        Some(address) => {
            let facts = (checked.row.name.as_str(), locale.as_str(), stored(form)?);
            let what = (&event, SignUpKind::Participant, address);
            ask_to_confirm(&txn, config, what, facts, now_ms).await?;
            Received::CheckMail
        }
        None if !trap.is_empty() => Received::WillBeCalled,
        None => {
            let row = sign_up::Model {
                id: Uuid::now_v7(),
                event_id: event.id,
                kind: SignUpKind::Participant.as_str().to_owned(),
                state: SignUpState::AwaitingApproval.as_str().to_owned(),
                address: None,
                name: checked.row.name.clone(),
                locale,
                details: stored(form)?,
                token_hash: None,
                expires_at: None,
                created_at: now_ms,
                confirmed_at: Some(now_ms),
            };
            sign_ups::insert(&txn, row).await?;
            Received::WillBeCalled
        }
    };
    txn.commit().await?;
    Ok(received)
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
        return Err(ServiceError::NotFound);
    }
    still_open(&event, now_ms)?;
    let (draft, _) = form.check(MAIL_LANGUAGES).map_err(ServiceError::Invalid)?;
    let address = draft.contact_email.as_str();
    let counted = Some(address).filter(|_| trap.is_empty());
    let address_ok = match within_limits(&txn, client, counted, now_ms).await? {
        Ok(address_ok) => address_ok,
        Err(refused) => return Ok(refused),
    };
    if trap.is_empty() && address_ok {
        let facts = (
            draft.contact_name.as_str(),
            draft.contact_language.as_str(),
            stored(form)?,
        );
        let what = (&event, SignUpKind::Employer, address);
        ask_to_confirm(&txn, config, what, facts, now_ms).await?;
    }
    txn.commit().await?;
    Ok(Received::CheckMail)
}

/// The unconfirmed sign-up behind `token`, with its event: "gone" when the link is unknown,
/// used or ran out (the page says the same for each).
pub async fn pending(
    conn: &impl ConnectionTrait,
    token: &str,
    now_ms: i64,
) -> Result<(event::Model, sign_up::Model), ServiceError> {
    if !crate::domain::token::looks_like_token(token) {
        return Err(ServiceError::LinkExpired);
    }
    let row = sign_ups::by_token(conn, &token_hash(token), now_ms)
        .await?
        .ok_or(ServiceError::LinkExpired)?;
    let event = crate::services::events::find(conn, row.event_id).await?;
    Ok((event, row))
}

/// Confirms the address behind `token`: the job seeker goes on the list (or, when the event
/// asks for approval, waits for a coordinator, as an employer always does).
pub async fn confirm(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    now_ms: i64,
) -> Result<Confirmed, ServiceError> {
    let txn = begin_write(db).await?;
    let (event, row) = pending(&txn, token, now_ms).await?;
    still_open(&event, now_ms)?;
    let approval = sign_up_forms::settings(&txn, EventId(event.id))
        .await?
        .is_some_and(|form| form.approval);
    let confirmed = if row.kind == SignUpKind::Employer.as_str() || approval {
        sign_ups::await_approval(&txn, row.id, now_ms).await?;
        Confirmed::Awaiting
    } else {
        Confirmed::OnList(admit_participant(&txn, config, (&event, &row), None, now_ms).await?)
    };
    txn.commit().await?;
    Ok(confirmed)
}

/// Forgets unconfirmed sign-ups whose link ran out, and counted attempts older than a day;
/// returns how many of each.
pub async fn forget_old(db: &DatabaseConnection, now_ms: i64) -> Result<(u64, u64), ServiceError> {
    let txn = begin_write(db).await?;
    let sign_ups_gone = sign_ups::forget_expired(&txn, now_ms).await?;
    let attempts_gone = sign_ups::forget_attempts_before(&txn, now_ms - 24 * 3_600_000).await?;
    txn.commit().await?;
    Ok((sign_ups_gone, attempts_gone))
}
