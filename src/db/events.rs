//! Events as coordinators create and change them, and reading them (one, or all by start).

use crate::domain::booking_status::BookingStatus;
use crate::domain::event_draft::EventDraft;
use crate::domain::event_status::EventStatus;
use crate::entities::{booking, event, slot};
use sea_orm::ActiveValue::{Set, Unchanged};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

fn apply(model: &mut event::ActiveModel, draft: &EventDraft, now_ms: i64) {
    model.title = Set(draft.title.clone());
    model.description = Set(draft.description.clone());
    model.venue_address = Set(draft.venue_address.clone());
    model.online_url = Set(draft.online_url.clone());
    model.time_zone = Set(draft.time_zone.clone());
    model.languages = Set(draft.languages.join(","));
    model.starts_at = Set(draft.starts_at);
    model.ends_at = Set(draft.ends_at);
    model.booking_opens_at = Set(draft.booking_opens_at);
    model.booking_closes_at = Set(draft.booking_closes_at);
    model.updated_at = Set(now_ms);
}

/// Stores a new draft event.
pub async fn insert(
    conn: &impl ConnectionTrait,
    draft: &EventDraft,
    slug: String,
    now_ms: i64,
) -> Result<event::Model, DbErr> {
    let mut model = event::ActiveModel {
        id: Set(Uuid::now_v7()),
        slug: Set(slug),
        status: Set(EventStatus::Draft),
        created_at: Set(now_ms),
        ..Default::default()
    };
    apply(&mut model, draft, now_ms);
    model.insert(conn).await
}

/// Replaces an event's details.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: Uuid,
    draft: &EventDraft,
    now_ms: i64,
) -> Result<event::Model, DbErr> {
    let mut model = event::ActiveModel {
        id: Unchanged(id),
        ..Default::default()
    };
    apply(&mut model, draft, now_ms);
    model.update(conn).await
}

/// Sets an event's status.
pub async fn set_status(
    conn: &impl ConnectionTrait,
    id: Uuid,
    status: EventStatus,
    now_ms: i64,
) -> Result<(), DbErr> {
    event::ActiveModel {
        id: Unchanged(id),
        status: Set(status),
        updated_at: Set(now_ms),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// The bookings of an event in any of `statuses`, oldest first.
pub async fn bookings_in_status(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
    statuses: &[BookingStatus],
) -> Result<Vec<booking::Model>, DbErr> {
    let session_ids = session_ids(conn, event_id).await?;
    booking::Entity::find()
        .filter(booking::Column::SessionId.is_in(session_ids))
        .filter(booking::Column::Status.is_in(statuses.iter().copied()))
        .order_by_asc(booking::Column::CreatedAt)
        .all(conn)
        .await
}

/// The slots of an event that have a volunteer (and so an entry in a volunteer's calendar).
pub async fn volunteer_slots(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<slot::Model>, DbErr> {
    let session_ids = session_ids(conn, event_id).await?;
    slot::Entity::find()
        .filter(slot::Column::SessionId.is_in(session_ids))
        .filter(slot::Column::VolunteerId.is_not_null())
        .order_by_asc(slot::Column::StartsAt)
        .all(conn)
        .await
}

async fn session_ids(conn: &impl ConnectionTrait, event_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    Ok(super::sessions::of_event(conn, event_id)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect())
}

/// All events, soonest first.
pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<event::Model>, DbErr> {
    event::Entity::find()
        .order_by_asc(event::Column::StartsAt)
        .all(conn)
        .await
}

/// One event.
pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<event::Model>, DbErr> {
    event::Entity::find_by_id(id).one(conn).await
}

/// The event with the public address `slug`.
pub async fn by_slug(
    conn: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<event::Model>, DbErr> {
    event::Entity::find()
        .filter(event::Column::Slug.eq(slug))
        .one(conn)
        .await
}
