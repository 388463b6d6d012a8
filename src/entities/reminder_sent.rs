//! `reminder_sent`: A reminder that went out, so it never goes out twice.

use sea_orm::entity::prelude::*;

/// A reminder that went out, so it never goes out twice.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reminder_sent")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub recipient: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub hours_before: i32,
    pub sent_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
