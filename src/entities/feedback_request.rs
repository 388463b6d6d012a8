//! `feedback_request`: when a volunteer was asked for feedback on one interview.

use sea_orm::entity::prelude::*;

/// When a volunteer was asked for feedback on one interview (once per booking).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback_request")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub booking_id: Uuid,
    pub requested_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
