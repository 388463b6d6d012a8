//! `employer`: A partner company.

use sea_orm::entity::prelude::*;

/// A partner company.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "employer")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub website: Option<String>,
    pub created_at: i64,
    /// What the employer offers, as it wrote when it signed up itself.
    pub offer: Option<String>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
