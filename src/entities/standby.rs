//! `standby`: a person at the venue waiting for a freed place.

use crate::domain::standby_reason::StandbyReason;
use sea_orm::entity::prelude::*;

/// A person at the venue waiting for a freed place, in the order they joined.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "standby")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub participant_id: Uuid,
    /// `walk_in`, `no_booking` or `interviewer_absent`.
    #[sea_orm(column_type = "Text")]
    pub reason: StandbyReason,
    /// What they hope for, in the coordinator's words ("mock interview, IT").
    pub note: String,
    pub joined_at: i64,
    /// The booking they were given, once placed.
    pub booking_id: Option<Uuid>,
    /// When they left the list (placed, or gone home).
    pub left_at: Option<i64>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
