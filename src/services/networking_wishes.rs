//! Speed-networking wishes: a participant seated in a speed-networking session ticks the
//! employers they most want to meet. The rotation plan reads them as `wants`: after the most
//! meetings overall, the tables people asked for come first. Wishes can change until the session
//! starts; a plan made earlier uses the wishes of its time, and a re-plan the current ones.

use crate::config::Config;
use crate::db::{begin_write, networking_wishes, sessions};
use crate::domain::booking_status::BookingStatus;
use crate::domain::event_status::EventStatus;
use crate::domain::fields::FieldError;
use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::session_format::Format;
use crate::entities::{employer, event, networking_table, session};
use crate::services::error::ServiceError;
use crate::services::participant_bookings::{owner, session_of_link};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::collections::HashMap;
use uuid::Uuid;

/// The wish form of one speed-networking session on a participant's page.
#[derive(Clone, Debug)]
pub struct WishView {
    /// Why wishes cannot be changed now, if they cannot.
    pub closed: Option<&'static str>,
    /// The session's tables, by name, with the participant's ticks.
    pub tables: Vec<WishTable>,
    /// How many tables they ticked.
    pub chosen: usize,
}

/// One table to tick.
#[derive(Clone, Debug)]
pub struct WishTable {
    /// The table.
    pub id: Uuid,
    /// The employer at the table (or the table's label when no employer is set).
    pub name: String,
    /// Whether the participant asked to meet it.
    pub chosen: bool,
}

/// Why wishes for `session` cannot be changed now, if they cannot.
pub fn wishes_closed_reason(
    session: &session::Model,
    event: &event::Model,
    seated: bool,
    now_ms: i64,
) -> Option<&'static str> {
    if session.format != Format::SpeedNetworking {
        return Some("wishes-closed-format");
    }
    if event.status != EventStatus::Published {
        return Some("wishes-closed-event");
    }
    if !seated {
        return Some("wishes-closed-book-first");
    }
    if now_ms >= session.starts_at {
        return Some("wishes-closed-started");
    }
    None
}

/// The wish form for `session`, or `None` when it is not a speed-networking session with
/// tables.
pub async fn view(
    conn: &impl ConnectionTrait,
    session: &session::Model,
    event: &event::Model,
    participant_id: Uuid,
    seated: bool,
    now_ms: i64,
) -> Result<Option<WishView>, ServiceError> {
    if session.format != Format::SpeedNetworking {
        return Ok(None);
    }
    let tables = sessions::tables(conn, session.id).await?;
    if tables.is_empty() {
        return Ok(None);
    }
    let names = table_names(conn, &tables).await?;
    let wished =
        networking_wishes::of(conn, SessionId(session.id), ParticipantId(participant_id)).await?;
    let mut rows: Vec<WishTable> = tables
        .iter()
        .map(|t| WishTable {
            id: t.id,
            name: names.get(&t.id).cloned().unwrap_or_default(),
            chosen: wished.contains(&t.id),
        })
        .collect();
    rows.sort_by_key(|t| t.name.to_lowercase());
    Ok(Some(WishView {
        closed: wishes_closed_reason(session, event, seated, now_ms),
        chosen: rows.iter().filter(|t| t.chosen).count(),
        tables: rows,
    }))
}

/// The name people know each table by: its employer's, else its label.
pub async fn table_names(
    conn: &impl ConnectionTrait,
    tables: &[networking_table::Model],
) -> Result<HashMap<Uuid, String>, ServiceError> {
    let employers =
        crate::db::employers::by_ids(conn, tables.iter().filter_map(|t| t.employer_id).collect())
            .await?;
    Ok(tables
        .iter()
        .map(|t| (t.id, table_name(t, &employers)))
        .collect())
}

/// The name people know `table` by, with its employer among `employers`.
pub fn table_name(
    table: &networking_table::Model,
    employers: &HashMap<Uuid, employer::Model>,
) -> String {
    table
        .employer_id
        .and_then(|e| employers.get(&e))
        .map(|e| e.name.clone())
        .unwrap_or_else(|| table.label.clone())
}

/// Stores the link's participant's wishes for `session_id` (the ids of the tables ticked, as
/// the form sent them; none clears them) and returns how many.
pub async fn save(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    session_id: Uuid,
    ticked: &[&str],
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let owner = owner(db, config, token, now_ms).await?;
    let (session, event) = session_of_link(db, &owner, session_id).await?;
    let seated =
        crate::db::bookings::live_of_participant(db, owner.participant_id, vec![session.id])
            .await?
            .iter()
            .any(|b| b.status == BookingStatus::Confirmed);
    if let Some(reason) = wishes_closed_reason(&session, &event, seated, now_ms) {
        return Err(ServiceError::Refused(reason));
    }
    let tables = sessions::tables(db, session.id).await?;
    let mut chosen: Vec<Uuid> = Vec::new();
    for text in ticked {
        let id = text
            .parse::<Uuid>()
            .ok()
            .filter(|id| tables.iter().any(|t| t.id == *id));
        let Some(id) = id else {
            return Err(ServiceError::Invalid(vec![FieldError::new(
                "table",
                "wishes-error-unknown-table",
            )]));
        };
        if !chosen.contains(&id) {
            chosen.push(id);
        }
    }
    let txn = begin_write(db).await?;
    networking_wishes::replace(
        &txn,
        SessionId(session.id),
        ParticipantId(owner.participant_id),
        &chosen,
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(chosen.len())
}
