//! Calendar feed tokens (hashed) and the bookings a feed lists.

use crate::domain::booking_status::BookingStatus;
use crate::entities::{booking, calendar_feed, slot};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// Whose calendar a feed shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedOwner {
    /// A participant's bookings.
    Participant(Uuid),
    /// A volunteer's slots.
    Volunteer(Uuid),
}

/// Revokes the owner's earlier feeds and stores a new one.
pub async fn replace(
    conn: &impl ConnectionTrait,
    owner: FeedOwner,
    token_hash: String,
    now_ms: i64,
) -> Result<(), DbErr> {
    let (participant_id, volunteer_id) = match owner {
        FeedOwner::Participant(id) => (Some(id), None),
        FeedOwner::Volunteer(id) => (None, Some(id)),
    };
    let same_owner = match owner {
        FeedOwner::Participant(id) => calendar_feed::Column::ParticipantId.eq(id),
        FeedOwner::Volunteer(id) => calendar_feed::Column::VolunteerId.eq(id),
    };
    calendar_feed::Entity::update_many()
        .col_expr(calendar_feed::Column::RevokedAt, Expr::value(now_ms))
        .filter(same_owner)
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    calendar_feed::Entity::insert(calendar_feed::ActiveModel {
        id: Set(Uuid::now_v7()),
        token_hash: Set(token_hash),
        participant_id: Set(participant_id),
        volunteer_id: Set(volunteer_id),
        created_at: Set(now_ms),
        revoked_at: Set(None),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// The live feed with this token hash.
pub async fn find_live(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<calendar_feed::Model>, DbErr> {
    calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(token_hash))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .one(conn)
        .await
}

/// A participant's confirmed bookings, in order of creation.
pub async fn confirmed_bookings(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .order_by_asc(booking::Column::CreatedAt)
        .all(conn)
        .await
}

/// A volunteer's slots, in time order.
pub async fn slots_of_volunteer(
    conn: &impl ConnectionTrait,
    volunteer_id: Uuid,
) -> Result<Vec<slot::Model>, DbErr> {
    slot::Entity::find()
        .filter(slot::Column::VolunteerId.eq(volunteer_id))
        .order_by_asc(slot::Column::StartsAt)
        .all(conn)
        .await
}
