//! How full an event's sessions are: units, places and bookings summed per session in two
//! grouped queries, for the coordinator's overview, the API and the people's pages.

use crate::domain::booking_status::BookingStatus;
use crate::entities::{booking, session, slot};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter, QuerySelect,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A session with its capacity and how much of it is taken.
#[derive(Clone, Debug)]
pub struct SessionFill {
    /// The session.
    pub session: session::Model,
    /// Bookable units (slots, placements, seat pools).
    pub slots: i64,
    /// Places in all its units.
    pub capacity: i64,
    /// Places taken.
    pub booked: i64,
    /// People waiting for a place.
    pub waitlisted: i64,
}

/// The sessions of an event with their fill, in time order.
pub async fn of_event(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<SessionFill>, DbErr> {
    let sessions = super::sessions::of_event(conn, event_id).await?;
    let ids: Vec<Uuid> = sessions.iter().map(|s| s.id).collect();
    let sums: HashMap<Uuid, (i64, i64, i64)> = slot::Entity::find()
        .select_only()
        .column(slot::Column::SessionId)
        .column_as(Expr::col(slot::Column::Id).count(), "slots")
        .column_as(Expr::col(slot::Column::Capacity).sum(), "capacity")
        .column_as(Expr::col(slot::Column::Booked).sum(), "booked")
        .filter(slot::Column::SessionId.is_in(ids.clone()))
        .group_by(slot::Column::SessionId)
        .into_tuple::<(Uuid, i64, Option<i64>, Option<i64>)>()
        .all(conn)
        .await?
        .into_iter()
        .map(|(id, n, capacity, booked)| (id, (n, capacity.unwrap_or(0), booked.unwrap_or(0))))
        .collect();
    let waiting: HashMap<Uuid, i64> = booking::Entity::find()
        .select_only()
        .column(booking::Column::SessionId)
        .column_as(Expr::col(booking::Column::Id).count(), "n")
        .filter(booking::Column::SessionId.is_in(ids))
        .filter(booking::Column::Status.eq(BookingStatus::Waitlisted))
        .group_by(booking::Column::SessionId)
        .into_tuple::<(Uuid, i64)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    Ok(sessions
        .into_iter()
        .map(|session| {
            let (slots, capacity, booked) = sums.get(&session.id).copied().unwrap_or_default();
            let waitlisted = waiting.get(&session.id).copied().unwrap_or_default();
            SessionFill {
                session,
                slots,
                capacity,
                booked,
                waitlisted,
            }
        })
        .collect())
}
