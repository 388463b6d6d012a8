//! The audit log: who did what to which record. Details never hold personal data, only ids
//! and states, so erasing a person leaves nothing readable behind.

use crate::entities::audit_log;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use uuid::Uuid;

/// Who acted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in coordinator.
    Coordinator(Uuid),
    /// A volunteer through their personal link.
    Volunteer(Uuid),
    /// The worker, on a schedule (retention).
    System,
}

impl Actor {
    fn kind_and_id(self) -> (&'static str, Option<Uuid>) {
        match self {
            Actor::Coordinator(id) => ("coordinator", Some(id)),
            Actor::Volunteer(id) => ("volunteer", Some(id)),
            Actor::System => ("system", None),
        }
    }
}

/// Records that `actor` did `action` (e.g. `booking.arrived`) to the booking `booking_id`.
pub async fn booking_changed(
    conn: &impl ConnectionTrait,
    actor: Actor,
    action: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<(), DbErr> {
    let (kind, id) = actor.kind_and_id();
    audit_log::Entity::insert(audit_log::ActiveModel {
        id: Set(Uuid::now_v7()),
        at: Set(now_ms),
        actor_kind: Set(kind.to_owned()),
        actor_id: Set(id),
        action: Set(action.to_owned()),
        subject_kind: Set("booking".to_owned()),
        subject_id: Set(Some(booking_id)),
        details: Set("{}".to_owned()),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Records that `participant_id` was erased, by `actor` (`None`: at their own request).
pub async fn participant_erased(
    conn: &impl ConnectionTrait,
    actor: Option<Actor>,
    participant_id: Uuid,
    now_ms: i64,
) -> Result<(), DbErr> {
    let (kind, id) = match actor {
        Some(actor) => actor.kind_and_id(),
        None => ("participant", Some(participant_id)),
    };
    audit_log::Entity::insert(audit_log::ActiveModel {
        id: Set(Uuid::now_v7()),
        at: Set(now_ms),
        actor_kind: Set(kind.to_owned()),
        actor_id: Set(id),
        action: Set("participant.erased".to_owned()),
        subject_kind: Set("participant".to_owned()),
        subject_id: Set(Some(participant_id)),
        details: Set("{}".to_owned()),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}
