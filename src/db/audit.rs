//! The audit log: who did what to which record. Details never hold personal data, only ids
//! and states, so erasing a person leaves nothing readable behind.

use crate::domain::ids::{CoordinatorId, EventId, ParticipantId};
use crate::entities::audit_log;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

pub use crate::domain::actor::Actor;
use crate::domain::audit_kind::AuditKind;

/// One entry: `actor` (kind and id) did `action` to the `subject` (kind and id).
async fn record(
    conn: &impl ConnectionTrait,
    (actor_kind, actor_id): (AuditKind, Option<Uuid>),
    action: &str,
    (subject_kind, subject_id): (AuditKind, Option<Uuid>),
    now_ms: i64,
) -> Result<(), DbErr> {
    let entry = entry(
        (actor_kind, actor_id),
        action,
        (subject_kind, subject_id),
        now_ms,
    );
    audit_log::Entity::insert(entry)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// An entry saying that `actor` did `action` to `subject` at `now_ms`, not yet stored.
fn entry(
    (actor_kind, actor_id): (AuditKind, Option<Uuid>),
    action: &str,
    (subject_kind, subject_id): (AuditKind, Option<Uuid>),
    now_ms: i64,
) -> audit_log::ActiveModel {
    audit_log::ActiveModel {
        id: Set(Uuid::now_v7()),
        at: Set(now_ms),
        actor_kind: Set(actor_kind),
        actor_id: Set(actor_id),
        action: Set(action.to_owned()),
        subject_kind: Set(subject_kind),
        subject_id: Set(subject_id),
        details: Set("{}".to_owned()),
    }
}

/// The entry [`booking_changed`] stores, for a caller that stores it itself.
pub fn booking_entry(
    actor: Actor,
    action: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> audit_log::ActiveModel {
    entry(
        actor.kind_and_id(),
        action,
        (AuditKind::Booking, Some(booking_id)),
        now_ms,
    )
}

/// Records that `actor` did `action` (e.g. `booking.arrived`) to the booking `booking_id`.
pub async fn booking_changed(
    conn: &impl ConnectionTrait,
    actor: Actor,
    action: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<(), DbErr> {
    let subject = (AuditKind::Booking, Some(booking_id));
    record(conn, actor.kind_and_id(), action, subject, now_ms).await?;
    // Every audited booking change is also news to the systems that listen, in the same
    // transaction.
    crate::db::webhooks::announce_booking(conn, action, booking_id, now_ms).await
}

/// Records that `participant_id` was erased, by `actor` (`None`: at their own request).
pub async fn participant_erased(
    conn: &impl ConnectionTrait,
    actor: Option<Actor>,
    participant_id: Uuid,
    now_ms: i64,
) -> Result<(), DbErr> {
    let by = match actor {
        Some(actor) => actor.kind_and_id(),
        None => (AuditKind::Participant, Some(participant_id)),
    };
    let subject = (AuditKind::Participant, Some(participant_id));
    record(conn, by, "participant.erased", subject, now_ms).await
}

/// Records that `actor` did `action` (e.g. `participant.link_handed_over`) to the participant
/// `participant_id`.
pub async fn participant_changed(
    conn: &impl ConnectionTrait,
    actor: Actor,
    action: &str,
    participant_id: ParticipantId,
    now_ms: i64,
) -> Result<(), DbErr> {
    let subject = (AuditKind::Participant, Some(participant_id.0));
    record(conn, actor.kind_and_id(), action, subject, now_ms).await
}

/// Records that a coordinator saw (`sensitive.viewed`) or changed (`sensitive.changed`) the
/// sensitive facts of `participant_id`.
pub async fn sensitive_facts(
    conn: &impl ConnectionTrait,
    coordinator_id: CoordinatorId,
    action: &str,
    participant_id: ParticipantId,
    now_ms: i64,
) -> Result<(), DbErr> {
    let by = Actor::Coordinator(coordinator_id.0).kind_and_id();
    record(
        conn,
        by,
        action,
        (AuditKind::Participant, Some(participant_id.0)),
        now_ms,
    )
    .await
}

/// Records that `actor` did `action` (e.g. `webhook.registered`) to the webhook endpoint
/// `endpoint_id`.
pub async fn webhook_changed(
    conn: &impl ConnectionTrait,
    actor: Actor,
    action: &str,
    endpoint_id: Uuid,
    now_ms: i64,
) -> Result<(), DbErr> {
    let subject = (AuditKind::Webhook, Some(endpoint_id));
    record(conn, actor.kind_and_id(), action, subject, now_ms).await
}

/// Records that `actor` did `action` (e.g. `event.copied`) to the event `event_id`.
pub async fn event_changed(
    conn: &impl ConnectionTrait,
    actor: Actor,
    action: &str,
    event_id: EventId,
    now_ms: i64,
) -> Result<(), DbErr> {
    let subject = (AuditKind::Event, Some(event_id.0));
    record(conn, actor.kind_and_id(), action, subject, now_ms).await
}

/// Records that `actor` did `action` to the event `event_id`, with `details` (ids and states
/// only, never personal data; e.g. the one-time key of a message, so it is never sent twice).
pub async fn event_changed_with(
    conn: &impl ConnectionTrait,
    (actor, action): (Actor, &str),
    event_id: EventId,
    details: String,
    now_ms: i64,
) -> Result<(), DbErr> {
    let mut row = entry(
        actor.kind_and_id(),
        action,
        (AuditKind::Event, Some(event_id.0)),
        now_ms,
    );
    row.details = Set(details);
    audit_log::Entity::insert(row)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Whether the event `event_id` has an entry of `action` with exactly `details`.
pub async fn event_has_entry(
    conn: &impl ConnectionTrait,
    action: &str,
    event_id: EventId,
    details: &str,
) -> Result<bool, DbErr> {
    Ok(audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .filter(audit_log::Column::SubjectId.eq(event_id.0))
        .filter(audit_log::Column::Details.eq(details))
        .one(conn)
        .await?
        .is_some())
}

/// Records that a coordinator exported the sensitive facts of the people of `event_id`.
pub async fn sensitive_exported(
    conn: &impl ConnectionTrait,
    coordinator_id: CoordinatorId,
    event_id: EventId,
    now_ms: i64,
) -> Result<(), DbErr> {
    let by = Actor::Coordinator(coordinator_id.0).kind_and_id();
    record(
        conn,
        by,
        "sensitive.exported",
        (AuditKind::Event, Some(event_id.0)),
        now_ms,
    )
    .await
}

/// The latest `limit` entries, newest first, optionally only those about `subject_id`.
pub async fn latest(
    conn: &impl ConnectionTrait,
    subject_id: Option<Uuid>,
    limit: u64,
) -> Result<Vec<audit_log::Model>, DbErr> {
    let mut query = audit_log::Entity::find();
    if let Some(subject) = subject_id {
        query = query.filter(audit_log::Column::SubjectId.eq(subject));
    }
    query
        .order_by_desc(audit_log::Column::At)
        .order_by_desc(audit_log::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}
