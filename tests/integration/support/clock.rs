//! Moving an event in time, so that the real clock of a request finds a chosen time begun (the
//! rules of the day ask whether a time has begun; the demo's event lies in the future).

use super::TestApp;
use fairplan::clock::now_ms;
use fairplan::entities::{event, session, slot};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

/// Shifts the whole event of `slot_id` (its dates, windows, sessions and slots, all by the
/// same amount) so that the slot began a minute ago. Returns the slot as it is now.
pub async fn begin_now(app: &TestApp, slot_id: Uuid) -> slot::Model {
    let chosen = slot::Entity::find_by_id(slot_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let session = session::Entity::find_by_id(chosen.session_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let delta = now_ms() - 60_000 - chosen.starts_at;
    let sessions: Vec<Uuid> = session::Entity::find()
        .filter(session::Column::EventId.eq(session.event_id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    slot::Entity::update_many()
        .col_expr(
            slot::Column::StartsAt,
            Expr::col(slot::Column::StartsAt).add(delta),
        )
        .col_expr(
            slot::Column::EndsAt,
            Expr::col(slot::Column::EndsAt).add(delta),
        )
        .filter(slot::Column::SessionId.is_in(sessions))
        .exec(&app.db)
        .await
        .unwrap();
    let shifted = |c: session::Column| Expr::col(c).add(delta);
    session::Entity::update_many()
        .col_expr(
            session::Column::StartsAt,
            shifted(session::Column::StartsAt),
        )
        .col_expr(session::Column::EndsAt, shifted(session::Column::EndsAt))
        .col_expr(
            session::Column::PreferencesOpenAt,
            shifted(session::Column::PreferencesOpenAt),
        )
        .col_expr(
            session::Column::PreferencesCloseAt,
            shifted(session::Column::PreferencesCloseAt),
        )
        .filter(session::Column::EventId.eq(session.event_id))
        .exec(&app.db)
        .await
        .unwrap();
    let shifted = |c: event::Column| Expr::col(c).add(delta);
    event::Entity::update_many()
        .col_expr(event::Column::StartsAt, shifted(event::Column::StartsAt))
        .col_expr(event::Column::EndsAt, shifted(event::Column::EndsAt))
        .col_expr(
            event::Column::BookingOpensAt,
            shifted(event::Column::BookingOpensAt),
        )
        .col_expr(
            event::Column::BookingClosesAt,
            shifted(event::Column::BookingClosesAt),
        )
        .filter(event::Column::Id.eq(session.event_id))
        .exec(&app.db)
        .await
        .unwrap();
    slot::Entity::find_by_id(slot_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}
