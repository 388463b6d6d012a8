//! What a volunteer's calendar entry for one slot is made from.

use crate::domain::booking_status::BookingStatus;
use crate::domain::occupations;
use crate::entities::{
    booking, participant, participant_language, participant_occupation, slot, volunteer,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// Raises the slot's calendar SEQUENCE and returns the slot as it is now.
pub async fn bump_sequence(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Option<slot::Model>, DbErr> {
    slot::Entity::update_many()
        .col_expr(
            slot::Column::CalendarSequence,
            Expr::col(slot::Column::CalendarSequence).add(1),
        )
        .filter(slot::Column::Id.eq(slot_id))
        .exec(conn)
        .await?;
    slot::Entity::find_by_id(slot_id).one(conn).await
}

/// One volunteer.
pub async fn volunteer(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<volunteer::Model>, DbErr> {
    volunteer::Entity::find_by_id(id).one(conn).await
}

/// The participants holding a live place in the slot.
pub async fn participants_in(
    conn: &impl ConnectionTrait,
    slot_id: Uuid,
) -> Result<Vec<participant::Model>, DbErr> {
    let ids: Vec<Uuid> = booking::Entity::find()
        .filter(booking::Column::SlotId.eq(slot_id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed))
        .all(conn)
        .await?
        .into_iter()
        .map(|b| b.participant_id)
        .collect();
    participant::Entity::find()
        .filter(participant::Column::Id.is_in(ids))
        .order_by_asc(participant::Column::Name)
        .all(conn)
        .await
}

/// A participant's languages (with levels) and occupation fields: what an interviewer needs.
pub async fn profile(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
) -> Result<(Vec<participant_language::Model>, Vec<String>), DbErr> {
    let languages = participant_language::Entity::find()
        .filter(participant_language::Column::ParticipantId.eq(participant_id))
        .order_by_asc(participant_language::Column::Language)
        .all(conn)
        .await?;
    let fields = participant_occupation::Entity::find()
        .filter(participant_occupation::Column::ParticipantId.eq(participant_id))
        .order_by_asc(participant_occupation::Column::OccupationField)
        .all(conn)
        .await?
        .into_iter()
        .map(|o| occupations::key(&o.occupation_field))
        .collect();
    Ok((languages, fields))
}
