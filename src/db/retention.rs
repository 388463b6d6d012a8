//! Who is due for the retention rules: people whose last event ended before a cutoff.

use crate::entities::{
    booking, event, event_participant, participant, participant_sensitive, session,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// Not-yet-anonymised people whose every event (on whose list they are, or where they hold a
/// booking) ended before `cutoff`; people with no event count from when they were added:
/// (id, agreed to be kept).
pub async fn past_cutoff(
    conn: &impl ConnectionTrait,
    cutoff: i64,
) -> Result<Vec<(Uuid, bool)>, DbErr> {
    let people = participant::Entity::find()
        .filter(participant::Column::AnonymisedAt.is_null())
        .filter(participant::Column::CreatedAt.lt(cutoff))
        .all(conn)
        .await?;
    let ends: HashMap<Uuid, i64> = event::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|e| (e.id, e.ends_at))
        .collect();
    let event_of: HashMap<Uuid, Uuid> = session::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s.event_id))
        .collect();
    let listed = event_participant::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (row.participant_id, row.event_id));
    let booked: Vec<(Uuid, Uuid)> = booking::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|b| Some((b.participant_id, *event_of.get(&b.session_id)?)))
        .collect();
    let mut last_end: HashMap<Uuid, i64> = HashMap::new();
    for (participant_id, event_id) in listed.chain(booked) {
        let end = ends.get(&event_id).copied().unwrap_or(i64::MAX);
        let last = last_end.entry(participant_id).or_insert(i64::MIN);
        *last = (*last).max(end);
    }
    Ok(people
        .into_iter()
        .filter(|p| last_end.get(&p.id).is_none_or(|end| *end < cutoff))
        .map(|p| (p.id, p.keep_after_event))
        .collect())
}

/// Deletes the sensitive facts of `ids`, and those whose own deletion date has come.
pub async fn delete_sensitive(
    conn: &impl ConnectionTrait,
    ids: Vec<Uuid>,
    now_ms: i64,
) -> Result<u64, DbErr> {
    let by_people = participant_sensitive::Entity::delete_many()
        .filter(participant_sensitive::Column::ParticipantId.is_in(ids))
        .exec(conn)
        .await?
        .rows_affected;
    let by_date = participant_sensitive::Entity::delete_many()
        .filter(participant_sensitive::Column::DeleteAfter.lte(now_ms))
        .exec(conn)
        .await?
        .rows_affected;
    Ok(by_people + by_date)
}
