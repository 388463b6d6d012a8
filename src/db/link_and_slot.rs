//! What a booking request reads before it writes, in one round trip: the personal link with its
//! participant, and the chosen slot with its session and event. Every booking request needs
//! both, and under load each round trip is a share of the database's work.

use super::rows::select_prefixed;
use crate::entities::{access_link, event, participant, session, slot};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ConnectionTrait, DbErr, ExprTrait, FromQueryResult};
use uuid::Uuid;

/// A link found by its hash, with what it points to where that exists.
pub struct LinkAndSlot {
    /// The link.
    pub link: access_link::Model,
    /// Its participant, if it is a participant's link.
    pub participant: Option<participant::Model>,
    /// The slot asked for with its session and event, if the slot exists.
    pub slot: Option<(slot::Model, session::Model, event::Model)>,
}

/// The link whose token hashes to `token_hash`, its participant, and the slot `slot_id` with its
/// session and event; `None` when no link has that hash.
pub async fn find(
    conn: &impl ConnectionTrait,
    token_hash: &str,
    slot_id: Uuid,
) -> Result<Option<LinkAndSlot>, DbErr> {
    let mut select = Query::select();
    select_prefixed::<access_link::Entity>(&mut select, "A_");
    select_prefixed::<participant::Entity>(&mut select, "B_");
    select_prefixed::<slot::Entity>(&mut select, "C_");
    select_prefixed::<session::Entity>(&mut select, "D_");
    select_prefixed::<event::Entity>(&mut select, "E_");
    select
        .from(access_link::Entity)
        .left_join(
            participant::Entity,
            Expr::col((participant::Entity, participant::Column::Id))
                .equals((access_link::Entity, access_link::Column::ParticipantId)),
        )
        // The slot is joined by its id alone: it is found whether or not it belongs to the
        // link's event, and the caller decides.
        .left_join(
            slot::Entity,
            Expr::col((slot::Entity, slot::Column::Id)).eq(slot_id),
        )
        .left_join(
            session::Entity,
            Expr::col((session::Entity, session::Column::Id))
                .equals((slot::Entity, slot::Column::SessionId)),
        )
        .left_join(
            event::Entity,
            Expr::col((event::Entity, event::Column::Id))
                .equals((session::Entity, session::Column::EventId)),
        )
        .and_where(Expr::col((access_link::Entity, access_link::Column::TokenHash)).eq(token_hash));
    let Some(row) = conn.query_one(&select).await? else {
        return Ok(None);
    };
    let slot = match slot::Model::from_query_result_optional(&row, "C_")? {
        Some(slot) => Some((
            slot,
            session::Model::from_query_result(&row, "D_")?,
            event::Model::from_query_result(&row, "E_")?,
        )),
        None => None,
    };
    Ok(Some(LinkAndSlot {
        link: access_link::Model::from_query_result(&row, "A_")?,
        participant: participant::Model::from_query_result_optional(&row, "B_")?,
        slot,
    }))
}
