//! Ranked choices in preferences sessions: while the session's window is open, a participant
//! numbers the options they would like (at least three, or all when there are fewer), and may
//! change them until it closes. The allocation run reads them afterwards.

use crate::config::Config;
use crate::db::{begin_write, preferences};
use crate::domain::booking_mode::BookingMode;
use crate::domain::event_status::EventStatus;
use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::ranking::parse_ranking;
use crate::entities::{event, session};
use crate::services::error::ServiceError;
use crate::services::option_fits::SessionFits;
use crate::services::participant_bookings::{owner, session_of_link};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// Why choices cannot be ranked in this session now, if they cannot.
pub fn ranking_closed_reason(
    session: &session::Model,
    event: &event::Model,
    now_ms: i64,
) -> Option<&'static str> {
    if session.booking_mode != BookingMode::Preferences {
        return Some("rank-closed-direct");
    }
    if event.status != EventStatus::Published {
        return Some("rank-closed-event");
    }
    match (session.preferences_open_at, session.preferences_close_at) {
        (Some(opens), _) if now_ms < opens => Some("rank-closed-not-yet"),
        (_, Some(closes)) if now_ms >= closes => Some("rank-closed-done"),
        _ => None,
    }
}

/// Whether ranking `session` is closed now, and why: the places have been given out by a
/// committed allocation, or [`ranking_closed_reason`] says so.
pub async fn ranking_closed_now(
    conn: &impl sea_orm::ConnectionTrait,
    (session, event): (&session::Model, &event::Model),
    participant_id: Uuid,
    now_ms: i64,
) -> Result<Option<&'static str>, ServiceError> {
    let outcome =
        crate::db::allocations::committed_outcome(conn, session.id, participant_id).await?;
    Ok(closed_after(outcome.is_some(), session, event, now_ms))
}

/// What a participant's page says of their ranking in `session`, from one look at the committed
/// allocation: why ranking is closed (see [`ranking_closed_now`]), and why the allocation gave
/// them no place, in `locale`'s words (`None` while nothing is committed, when they got a place,
/// or when they were not in the run).
pub async fn ranking_outcome(
    conn: &impl sea_orm::ConnectionTrait,
    (session, event): (&session::Model, &event::Model),
    participant_id: Uuid,
    (now_ms, locale): (i64, &crate::domain::locale::Locale),
) -> Result<(Option<&'static str>, Option<String>), ServiceError> {
    let outcome =
        crate::db::allocations::committed_outcome(conn, session.id, participant_id).await?;
    let closed = closed_after(outcome.is_some(), session, event, now_ms);
    let no_place = outcome
        .filter(|rows| !rows.is_empty() && rows.iter().all(|r| r.slot_id.is_none()))
        .and_then(|rows| rows.into_iter().next())
        .map(|row| crate::allocation::reason::Reason::stored_words(&row.reason, locale));
    Ok((closed, no_place))
}

/// [`ranking_closed_reason`], closed also once an allocation of the session was committed.
fn closed_after(
    committed: bool,
    session: &session::Model,
    event: &event::Model,
    now_ms: i64,
) -> Option<&'static str> {
    if committed && session.booking_mode == BookingMode::Preferences {
        return Some("rank-closed-allocated");
    }
    ranking_closed_reason(session, event, now_ms)
}

/// Stores the link's participant's ranking for `session_id`; returns how many choices.
pub async fn save(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    session_id: Uuid,
    entries: &[(Uuid, String)],
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let owner = owner(db, config, token, now_ms).await?;
    let (session, event) = session_of_link(db, &owner, session_id).await?;
    let closed = ranking_closed_now(db, (&session, &event), owner.participant_id, now_ms).await?;
    if let Some(reason) = closed {
        return Err(ServiceError::Refused(reason));
    }
    let slots = crate::db::slots::of_session(db, session.id).await?;
    let fits = SessionFits::load(db, owner.participant_id, &session, &slots).await?;
    // What has begun can no longer be chosen; ranking it is refused like an unknown option.
    let offered: Vec<Uuid> = slots
        .iter()
        .filter(|s| fits.allows(s) && s.starts_at > now_ms)
        .map(|s| s.id)
        .collect();
    let ranking = parse_ranking(entries, &offered).map_err(ServiceError::Invalid)?;
    let txn = begin_write(db).await?;
    preferences::replace(
        &txn,
        SessionId(session.id),
        ParticipantId(owner.participant_id),
        &ranking,
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(ranking.len())
}
