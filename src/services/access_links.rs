//! Issuing and resolving personal links (participants, employer contacts, volunteers).

use super::tokens::new_token;
use crate::config::Config;
use crate::db::access_links::{self, LinkSubject};
use crate::db::link_and_slot;
use crate::domain::link_scope::LinkScope;
use crate::domain::token::{looks_like_token, token_hash};
use crate::entities::{access_link, event, participant};
use crate::services::bookings::Place;
use crate::services::error::ServiceError;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// Creates a link for `subject` and returns the token, which exists only in the mail or page
/// that carries it: the database keeps its hash.
pub async fn issue(
    conn: &impl ConnectionTrait,
    subject: LinkSubject,
    event_id: Option<Uuid>,
    now_ms: i64,
    expires_at: i64,
) -> Result<String, ServiceError> {
    let token = new_token()?;
    access_links::insert(
        conn,
        token_hash(&token),
        subject,
        event_id,
        now_ms,
        expires_at,
    )
    .await?;
    Ok(token)
}

/// How long a link mailed after its event ended stays valid.
const ONE_DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Issues a participant's personal link for `event`, valid until the event ends (or, for a mail
/// about an event that has already ended, for one day), and returns its full address for a mail.
pub async fn participant_link(
    conn: &impl ConnectionTrait,
    config: &Config,
    participant_id: Uuid,
    event: &event::Model,
    now_ms: i64,
) -> Result<String, ServiceError> {
    let token = issue(
        conn,
        LinkSubject::Participant(participant_id),
        Some(event.id),
        now_ms,
        event.ends_at.max(now_ms + ONE_DAY_MS),
    )
    .await?;
    Ok(format!("{}/p/{token}", config.base_url))
}

/// Finds the live link behind `token` with the expected scope. Unknown tokens and tokens of
/// another scope are `NotFound`; revoked or expired ones are `LinkExpired`.
pub async fn resolve(
    conn: &impl ConnectionTrait,
    token: &str,
    scope: LinkScope,
    now_ms: i64,
) -> Result<access_link::Model, ServiceError> {
    // The same work for every kind of bad token (malformed, unknown, expired, revoked), so the
    // answer's timing does not tell them apart: hash and look up, then decide.
    let found = access_links::find_by_hash(conn, &token_hash(token)).await?;
    live(found, token, scope, now_ms)
}

/// [`resolve`] for a participant's link, with the participant read in the same query (booking
/// needs both on every request).
pub async fn resolve_participant(
    conn: &impl ConnectionTrait,
    token: &str,
    now_ms: i64,
) -> Result<(access_link::Model, participant::Model), ServiceError> {
    let found = access_links::find_with_participant(conn, &token_hash(token)).await?;
    let (link, participant) = match found {
        Some((link, participant)) => (Some(link), participant),
        None => (None, None),
    };
    live_participant(link, participant, token, now_ms)
}

/// [`resolve_participant`] with the slot `slot_id`, its session and event (if the slot exists),
/// all read in one query: what a booking request needs before it writes.
pub async fn resolve_participant_and_slot(
    conn: &impl ConnectionTrait,
    token: &str,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<(access_link::Model, participant::Model, Option<Place>), ServiceError> {
    let (link, participant, slot) =
        match link_and_slot::find(conn, &token_hash(token), slot_id).await? {
            Some(found) => (Some(found.link), found.participant, found.slot),
            None => (None, None, None),
        };
    let (link, participant) = live_participant(link, participant, token, now_ms)?;
    Ok((link, participant, slot.map(Place::from)))
}

/// The participant's link and the participant, if the link found for `token` is live.
fn live_participant(
    link: Option<access_link::Model>,
    participant: Option<participant::Model>,
    token: &str,
    now_ms: i64,
) -> Result<(access_link::Model, participant::Model), ServiceError> {
    let link = live(link, token, LinkScope::Participant, now_ms)?;
    let participant = participant.ok_or(ServiceError::NotFound)?;
    // Whatever this request answers (a page, a refusal), it answers in their chosen language.
    crate::services::participant_language::answer_in_chosen(&participant);
    Ok((link, participant))
}

/// The link if it is well-formed, of `scope`, not revoked and not expired.
fn live(
    found: Option<access_link::Model>,
    token: &str,
    scope: LinkScope,
    now_ms: i64,
) -> Result<access_link::Model, ServiceError> {
    let link = found
        .filter(|link| looks_like_token(token) && link.scope == scope)
        .ok_or(ServiceError::NotFound)?;
    if link.revoked_at.is_some() || link.expires_at <= now_ms {
        return Err(ServiceError::LinkExpired);
    }
    Ok(link)
}
