//! `slot`: A bookable unit: an interview slot, a placement or a group's seats.

use sea_orm::entity::prelude::*;

/// A bookable unit: an interview slot, a placement or a group's seats.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "slot")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub session_id: Uuid,
    pub volunteer_id: Option<Uuid>,
    pub employer_id: Option<Uuid>,
    pub label: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub capacity: i32,
    pub booked: i32,
    pub created_at: i64,
    pub calendar_sequence: i32,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
