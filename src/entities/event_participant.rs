//! `event_participant`: A participant added to an event, and when their invitation went out.

use sea_orm::entity::prelude::*;

/// A participant added to an event, and when their invitation went out.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_participant")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub participant_id: Uuid,
    pub added_at: i64,
    pub invited_at: Option<i64>,
    /// The code that checks the person in at this event (see `domain::check_in_code`).
    pub check_in_code: Option<String>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
