//! What a request for a new personal link needs to know.

use crate::domain::event_status::EventStatus;
use crate::domain::mail_kind::MailKind;
use crate::entities::{access_link, event, outbox_message, participant};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

/// The participant with this (normalised) address.
pub async fn participant_by_email(
    conn: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<participant::Model>, DbErr> {
    participant::Entity::find()
        .filter(participant::Column::Email.eq(email))
        .one(conn)
        .await
}

/// Events the participant was given a link for that have not ended and are not cancelled.
pub async fn current_events(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
    now_ms: i64,
) -> Result<Vec<event::Model>, DbErr> {
    let mut event_ids: Vec<Uuid> = access_link::Entity::find()
        .filter(access_link::Column::ParticipantId.eq(participant_id))
        .filter(access_link::Column::Scope.eq("participant"))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|link| link.event_id)
        .collect();
    event_ids.sort();
    event_ids.dedup();
    event::Entity::find()
        .filter(event::Column::Id.is_in(event_ids))
        .filter(event::Column::EndsAt.gt(now_ms))
        .filter(event::Column::Status.ne(EventStatus::Cancelled))
        .all(conn)
        .await
}

/// How many mails of `kind` went to `address` since `since_ms` (for limits that must hold across
/// every instance, so they are counted in the database).
pub async fn mails_since(
    conn: &impl ConnectionTrait,
    address: &str,
    kind: MailKind,
    since_ms: i64,
) -> Result<u64, DbErr> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(address))
        .filter(outbox_message::Column::Kind.eq(kind))
        .filter(outbox_message::Column::CreatedAt.gte(since_ms))
        .count(conn)
        .await
}
