//! `programme`: A deployment's programme and its settings.

use sea_orm::entity::prelude::*;

/// A deployment's programme and its settings.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "programme")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub default_locale: String,
    pub retention_days: i32,
    pub waitlist_offer_hours: i32,
    pub created_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
