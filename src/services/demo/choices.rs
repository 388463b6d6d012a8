//! The demo's ranked choices for the taster-day placements: two of every three participants
//! have chosen, and the first two employers are everyone's favourites, so the coordinator's
//! allocation page has an oversubscribed session to preview and commit.

use crate::db::{allocations, preferences};
use crate::domain::ids::{EventId, ParticipantId, SessionId};
use crate::services::error::ServiceError;
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

/// Stores the choices of the demo participants for `placement_session`.
pub async fn seed_choices(
    txn: &DatabaseTransaction,
    event_id: EventId,
    placement_session: SessionId,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let placements: Vec<Uuid> = crate::db::slots::of_session(txn, placement_session.0)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    if placements.len() < 3 {
        return Ok(());
    }
    let people = allocations::participants_of_event(txn, event_id.0).await?;
    for (n, person) in people.iter().enumerate().filter(|(n, _)| n % 3 != 2) {
        // First choice one of the two favourites; then the rest, starting at a different
        // place for each person.
        let first = placements[n % 2];
        let mut ranking = vec![first];
        ranking.extend(
            (0..placements.len())
                .map(|k| placements[(n + k) % placements.len()])
                .filter(|p| *p != first)
                .take(2),
        );
        preferences::replace(
            txn,
            placement_session,
            ParticipantId(person.id),
            &ranking,
            now_ms,
        )
        .await?;
    }
    Ok(())
}
