//! `event_volunteer`: A volunteer registered for an event, and whether they withdrew.

use sea_orm::entity::prelude::*;

/// A volunteer registered for an event by their employer, and when they withdrew.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_volunteer")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub volunteer_id: Uuid,
    pub added_at: i64,
    pub withdrawn_at: Option<i64>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
