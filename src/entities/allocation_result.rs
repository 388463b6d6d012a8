//! `allocation_result`: A place a run gives, or a participant it leaves out and why.

use sea_orm::entity::prelude::*;

/// A place a run gives (`slot_id` set), or a participant it leaves out (`slot_id` empty); the
/// reason explains anything short of a first choice.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "allocation_result")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub run_id: Uuid,
    pub participant_id: Uuid,
    pub slot_id: Option<Uuid>,
    pub granted_rank: Option<i32>,
    pub reason: String,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
