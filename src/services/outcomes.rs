//! Outcomes per participant, recorded by coordinators: an interview invitation, an offer, a
//! placement ... with its date and employer, credited to the event that led to it.

use crate::db::event_report::EventRecords;
use crate::db::{begin_write, event_report, outcomes};
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{CoordinatorId, EventId, OutcomeId};
use crate::domain::outcome::{OutcomeDraft, WithEmployer};
use crate::entities::outcome;
use crate::services::error::ServiceError;
use crate::services::events;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// One outcome as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeLine {
    /// For removing it.
    pub id: Uuid,
    /// The participant.
    pub person: String,
    /// The text id of what happened.
    pub kind: &'static str,
    /// With whom.
    pub employer: String,
    /// `2026-03-31`.
    pub happened_on: String,
    /// The note.
    pub note: String,
}

/// The outcomes page of an event.
pub struct OutcomesView {
    /// Recorded outcomes, newest first.
    pub lines: Vec<OutcomeLine>,
    /// The people who took part (for the form): (id, name), by name.
    pub people: Vec<(Uuid, String)>,
    /// The event's partner employers (for the form): (id, name), by name.
    pub employers: Vec<(Uuid, String)>,
}

fn took_part(records: &EventRecords) -> Vec<(Uuid, String)> {
    let mut people: Vec<(Uuid, String)> = records
        .bookings
        .iter()
        .filter(|b| b.status == BookingStatus::Confirmed)
        .filter_map(|b| records.participants.get(&b.participant_id))
        .map(|p| (p.id, p.name.clone()))
        .collect();
    people.sort_by_cached_key(|(id, name)| (name.to_lowercase(), *id));
    people.dedup();
    people
}

fn partners(records: &EventRecords) -> Vec<(Uuid, String)> {
    let mut employers: Vec<(Uuid, String)> = records
        .invited_employers
        .iter()
        .filter_map(|id| records.employers.get(id))
        .map(|e| (e.id, e.name.clone()))
        .collect();
    employers.sort_by_cached_key(|(_, name)| name.to_lowercase());
    employers
}

/// Loads the outcomes page of `event_id`.
pub async fn view(db: &DatabaseConnection, event_id: Uuid) -> Result<OutcomesView, ServiceError> {
    let records = event_report::load(db, event_id).await?;
    let rows = outcomes::of_events(db, vec![event_id]).await?;
    let lines = rows
        .into_iter()
        .map(|row| OutcomeLine {
            id: row.id,
            person: records
                .participants
                .get(&row.participant_id)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            kind: row.kind.text_id(),
            employer: row.employer_name,
            happened_on: row.happened_on,
            note: row.note,
        })
        .collect();
    Ok(OutcomesView {
        lines,
        people: took_part(&records),
        employers: partners(&records),
    })
}

/// Records an outcome for a person who took part in the event.
pub async fn record(
    db: &DatabaseConnection,
    event_id: EventId,
    coordinator_id: CoordinatorId,
    draft: &OutcomeDraft,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    events::find(&txn, event_id.0).await?;
    let records = event_report::load(&txn, event_id.0).await?;
    if took_part(&records)
        .iter()
        .all(|(id, _)| *id != draft.participant_id)
    {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-refuse-outcome-person",
        )));
    }
    let (employer_id, employer_name) = match &draft.employer {
        WithEmployer::Partner(id) => {
            let name = partners(&records)
                .into_iter()
                .find(|(partner, _)| partner == id)
                .map(|(_, name)| name)
                .ok_or_else(|| {
                    ServiceError::Conflict(crate::i18n::Message::new(
                        "coord-refuse-outcome-employer",
                    ))
                })?;
            (Some(*id), name)
        }
        WithEmployer::Named(name) => (None, name.clone()),
        WithEmployer::Unsaid => (None, String::new()),
    };
    outcomes::insert(
        &txn,
        outcome::Model {
            id: Uuid::now_v7(),
            participant_id: draft.participant_id,
            event_id: Some(event_id.0),
            kind: draft.kind,
            employer_id,
            employer_name,
            happened_on: draft.happened_on.to_string(),
            note: draft.note.clone(),
            recorded_by: Some(coordinator_id.0),
            created_at: now_ms,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Removes an outcome recorded by mistake; `false` when it was gone already.
pub async fn remove(
    db: &DatabaseConnection,
    event_id: EventId,
    id: OutcomeId,
) -> Result<bool, ServiceError> {
    Ok(outcomes::delete(db, event_id, id).await?)
}
