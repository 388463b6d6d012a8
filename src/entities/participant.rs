//! `participant`: A job seeker (no account; acts through a personal link).

use sea_orm::entity::prelude::*;

/// A job seeker (no account; acts through a personal link).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participant")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub locale: String,
    pub language_chosen: bool,
    pub time_zone: Option<String>,
    pub needs: String,
    pub keep_after_event: bool,
    pub anonymised_at: Option<i64>,
    pub created_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
