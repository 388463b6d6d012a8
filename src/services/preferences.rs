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
    if let Some(reason) = ranking_closed_reason(&session, &event, now_ms) {
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
