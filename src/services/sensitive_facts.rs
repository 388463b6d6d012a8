//! A participant's sensitive facts as coordinators see and change them. Every look and every
//! change is written to the audit log in the same transaction as the read or write, so no view
//! goes unrecorded.

use crate::db::{audit, begin_write, participants, sensitive_facts};
use crate::domain::csv_export::CsvSheet;
use crate::domain::ids::{CoordinatorId, EventId, ParticipantId};
use crate::domain::sensitive::SensitiveDraft;
use crate::entities::{event, participant, participant_sensitive};
use crate::services::error::ServiceError;
use crate::services::events::EventSummary;
use jiff::tz::TimeZone;
use sea_orm::{DatabaseConnection, DatabaseTransaction, EntityTrait};

/// What the coordinator's page shows.
pub struct SensitiveView {
    /// Whose facts.
    pub person: participant::Model,
    /// The facts, if any are kept.
    pub facts: Option<participant_sensitive::Model>,
}

/// The person, if they are on the event's list.
async fn listed_person(
    txn: &DatabaseTransaction,
    event_id: EventId,
    participant_id: ParticipantId,
) -> Result<participant::Model, ServiceError> {
    participants::on_list(txn, event_id, participant_id)
        .await?
        .filter(|person| person.anonymised_at.is_none())
        .ok_or(ServiceError::NotFound)
}

/// Reads the facts of a person on the event's list, recording that `coordinator_id` saw them.
pub async fn view(
    db: &DatabaseConnection,
    coordinator_id: CoordinatorId,
    event_id: EventId,
    participant_id: ParticipantId,
    now_ms: i64,
) -> Result<SensitiveView, ServiceError> {
    let txn = begin_write(db).await?;
    let person = listed_person(&txn, event_id, participant_id).await?;
    let facts = sensitive_facts::find(&txn, participant_id.0).await?;
    audit::sensitive_facts(
        &txn,
        coordinator_id,
        "sensitive.viewed",
        participant_id,
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(SensitiveView { person, facts })
}

/// Replaces the facts of a person on the event's list, recording that `coordinator_id` changed
/// them. A deletion day counts from the start of the day after it (UTC), so the facts last
/// the whole day everywhere.
pub async fn save(
    db: &DatabaseConnection,
    coordinator_id: CoordinatorId,
    event_id: EventId,
    participant_id: ParticipantId,
    draft: &SensitiveDraft,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let delete_after_ms = draft
        .delete_after
        .map(|day| -> Result<i64, jiff::Error> {
            let next = day.tomorrow()?.to_zoned(TimeZone::UTC)?;
            Ok(next.timestamp().as_millisecond())
        })
        .transpose()
        .map_err(|e| ServiceError::Internal(format!("deletion day out of range: {e}")))?;
    let txn = begin_write(db).await?;
    listed_person(&txn, event_id, participant_id).await?;
    sensitive_facts::replace(&txn, participant_id.0, draft, delete_after_ms, now_ms).await?;
    audit::sensitive_facts(
        &txn,
        coordinator_id,
        "sensitive.changed",
        participant_id,
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The columns of the sensitive-facts export.
pub const EXPORT_COLUMNS: &[&str] = &["name", "email", "residence_status", "work_permit", "notes"];

/// The sensitive facts of everyone on the event's list who has any, as CSV, recording that
/// `coordinator_id` exported them (in the same transaction as the read); with the event, whose
/// date names the file.
pub async fn export(
    db: &DatabaseConnection,
    coordinator_id: CoordinatorId,
    event_id: EventId,
    now_ms: i64,
) -> Result<(EventSummary, String), ServiceError> {
    let txn = begin_write(db).await?;
    let event = event::Entity::find_by_id(event_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut sheet = CsvSheet::new(EXPORT_COLUMNS)?;
    let people = participants::of_event(&txn, event_id.0).await?;
    let facts =
        sensitive_facts::of_people(&txn, people.iter().map(|(p, _)| p.id).collect()).await?;
    for (person, _) in people {
        let Some(facts) = facts.iter().find(|f| f.participant_id == person.id) else {
            continue;
        };
        sheet.row([
            person.name.as_str(),
            person.contact(),
            facts.residence_status.as_deref().unwrap_or_default(),
            facts.work_permit.as_deref().unwrap_or_default(),
            facts.notes.as_deref().unwrap_or_default(),
        ])?;
    }
    audit::sensitive_exported(&txn, coordinator_id, event_id, now_ms).await?;
    txn.commit().await?;
    Ok((EventSummary::from(&event), sheet.finish()?))
}
