//! Plans (and re-plans) who sits at which employer's table in each round of a speed-networking
//! session, with the pure engine ([`crate::allocation::rotation`]), for the people holding a
//! seat in the session.
//!
//! A re-plan from round N keeps rounds before N as they were, counts the tables each person
//! has already visited, leaves out the people who are not there, and seats everyone else anew.

use crate::allocation::Language;
use crate::allocation::Span;
use crate::allocation::rotation::{RotationInput, RotationQuality, Rotator, TableSpec, rotate};
use crate::db::networking_wishes as networking_wishes_db;
use crate::db::{allocations, begin_write, rotations, sessions as session_rows};
use crate::domain::session_format::Format;
use crate::entities::{networking_round, networking_table, rotation_assignment, session};
use crate::services::error::ServiceError;
use crate::services::networking_wishes;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::collections::HashMap;
use uuid::Uuid;

/// What the coordinator asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanRequest {
    /// The lottery's seed (ties between equally good plans).
    pub seed: u64,
    /// The first round to (re-)plan, from 1.
    pub from_round: u32,
    /// Participants who are not there from that round on.
    pub absent: Vec<Uuid>,
}

/// A session's rounds and tables, checked to be a plannable speed-networking session.
pub(crate) struct Layout {
    pub(crate) session: session::Model,
    pub(crate) rounds: Vec<networking_round::Model>,
    pub(crate) tables: Vec<networking_table::Model>,
}

/// Why the session cannot be planned, if it cannot (a text id).
pub(crate) fn not_plannable_reason(layout: &Layout) -> Option<&'static str> {
    if layout.session.format != Format::SpeedNetworking {
        return Some("coord-rotation-not-networking");
    }
    if layout.rounds.is_empty() {
        return Some("coord-rotation-no-rounds");
    }
    if layout.tables.is_empty() {
        return Some("coord-rotation-no-tables");
    }
    None
}

/// Loads the session's rounds and tables.
pub(crate) async fn layout(
    conn: &impl ConnectionTrait,
    session: session::Model,
) -> Result<Layout, ServiceError> {
    let rounds = rotations::rounds(conn, session.id).await?;
    let tables = session_rows::tables(conn, session.id).await?;
    Ok(Layout {
        session,
        rounds,
        tables,
    })
}

/// Plans the session from `request.from_round` on and stores the seating.
pub async fn plan(
    db: &DatabaseConnection,
    session_id: Uuid,
    request: &PlanRequest,
) -> Result<RotationQuality, ServiceError> {
    let (session, _) = crate::services::sessions::find(db, session_id).await?;
    let layout = layout(db, session).await?;
    if let Some(reason) = not_plannable_reason(&layout) {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(reason)));
    }
    let rounds = u32::try_from(layout.rounds.len()).unwrap_or(u32::MAX);
    if request.from_round < 1 || request.from_round > rounds {
        return Err(ServiceError::Conflict(
            crate::i18n::Message::new("coord-rotation-choose-round")
                .count("count", i64::from(rounds)),
        ));
    }
    let input = input(db, &layout, request).await?;
    let rotation = tokio::task::spawn_blocking(move || rotate(&input))
        .await
        .map_err(|e| ServiceError::Internal(format!("the rotation stopped: {e}")))?
        .map_err(|e| {
            ServiceError::Conflict(
                crate::i18n::Message::new("coord-rotation-cannot").with("problem", e),
            )
        })?;

    let round_ids: HashMap<u32, Uuid> = layout
        .rounds
        .iter()
        .filter_map(|r| Some((u32::try_from(r.number).ok()?, r.id)))
        .collect();
    let mut seats: HashMap<(Uuid, Uuid), i32> = HashMap::new();
    let mut rows = Vec::new();
    for meeting in &rotation.meetings {
        let (Some(&round_id), Ok(table_id), Ok(participant_id)) = (
            round_ids.get(&meeting.round),
            Uuid::parse_str(&meeting.table),
            Uuid::parse_str(&meeting.participant),
        ) else {
            continue;
        };
        let seat = seats.entry((round_id, table_id)).or_default();
        *seat += 1;
        rows.push(rotation_assignment::Model {
            round_id,
            table_id,
            participant_id,
            seat: *seat,
        });
    }
    let replanned: Vec<Uuid> = layout
        .rounds
        .iter()
        .filter(|r| i64::from(r.number) >= i64::from(request.from_round))
        .map(|r| r.id)
        .collect();
    let txn = begin_write(db).await?;
    rotations::replace(&txn, replanned, rows).await?;
    txn.commit().await?;
    Ok(rotation.quality)
}

/// The engine's input: the seated participants (less the absent) with the tables each has
/// visited in the rounds kept, and every table with its seats.
async fn input(
    conn: &impl ConnectionTrait,
    layout: &Layout,
    request: &PlanRequest,
) -> Result<RotationInput, ServiceError> {
    let seated: Vec<Uuid> = rotations::seated(conn, layout.session.id)
        .await?
        .into_iter()
        .filter(|p| !request.absent.contains(p))
        .collect();
    let kept: Vec<Uuid> = layout
        .rounds
        .iter()
        .filter(|r| i64::from(r.number) < i64::from(request.from_round))
        .map(|r| r.id)
        .collect();
    let mut met: HashMap<Uuid, Vec<String>> = HashMap::new();
    for row in rotations::assignments(conn, kept).await? {
        met.entry(row.participant_id)
            .or_default()
            .push(row.table_id.to_string());
    }
    let (languages, _) = allocations::profiles(conn, &seated).await?;
    let mut spoken: HashMap<Uuid, Vec<Language>> = HashMap::new();
    for row in languages {
        if let Some(level) = Some(row.level) {
            spoken
                .entry(row.participant_id)
                .or_default()
                .push(Language {
                    code: row.language,
                    level,
                });
        }
    }
    let names = networking_wishes::table_names(conn, &layout.tables).await?;
    // A wish names a table; the engine wants its employer, so a wish for one of an employer's
    // tables is a wish to meet that employer at any of them.
    let mut wants: HashMap<Uuid, Vec<String>> = HashMap::new();
    for wish in networking_wishes_db::of_session(conn, layout.session.id).await? {
        if let Some(name) = names.get(&wish.table_id) {
            wants
                .entry(wish.participant_id)
                .or_default()
                .push(name.clone());
        }
    }
    Ok(RotationInput {
        seed: request.seed,
        rounds: u32::try_from(layout.rounds.len()).unwrap_or(u32::MAX),
        first_round: request.from_round,
        round_times: layout
            .rounds
            .iter()
            .map(|r| Span {
                starts: r.starts_at,
                ends: r.ends_at,
            })
            .collect(),
        language: layout
            .session
            .interview_language
            .clone()
            .filter(|l| !l.is_empty()),
        min_level: layout.session.min_language_level,
        tables: layout
            .tables
            .iter()
            .map(|t| TableSpec {
                id: t.id.to_string(),
                employer: names.get(&t.id).cloned().unwrap_or_default(),
                seats: u32::try_from(t.seats).unwrap_or(0),
                languages: Vec::new(),
                unavailable: Vec::new(),
            })
            .collect(),
        participants: seated
            .iter()
            .map(|id| Rotator {
                id: id.to_string(),
                languages: spoken.remove(id).unwrap_or_default(),
                wants: wants.remove(id).unwrap_or_default(),
                unavailable: Vec::new(),
                met: met.remove(id).unwrap_or_default(),
            })
            .collect(),
    })
}
