//! Reading units (interview slots, placements, seat pools) by session or by volunteer. Writing
//! them is [`crate::db::sessions`]' part; taking places in them is [`crate::db::bookings`]'.

use crate::entities::slot;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// The slots of a session, in time order.
pub async fn of_session(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<slot::Model>, DbErr> {
    slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session_id))
        .order_by_asc(slot::Column::StartsAt)
        .order_by_asc(slot::Column::Label)
        .all(conn)
        .await
}

/// The slots of an event that belong to the given volunteers, in time order.
pub async fn of_volunteers(
    conn: &impl ConnectionTrait,
    session_ids: Vec<Uuid>,
    volunteer_ids: Vec<Uuid>,
) -> Result<Vec<slot::Model>, DbErr> {
    slot::Entity::find()
        .filter(slot::Column::SessionId.is_in(session_ids))
        .filter(slot::Column::VolunteerId.is_in(volunteer_ids))
        .order_by_asc(slot::Column::StartsAt)
        .all(conn)
        .await
}
