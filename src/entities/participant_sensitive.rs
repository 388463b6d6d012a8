//! `participant_sensitive`: Sensitive facts, kept apart and shown to coordinators only.

use sea_orm::entity::prelude::*;

/// Sensitive facts, kept apart and shown to coordinators only.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participant_sensitive")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub participant_id: Uuid,
    pub residence_status: Option<String>,
    pub work_permit: Option<String>,
    pub notes: Option<String>,
    pub delete_after: Option<i64>,
    pub updated_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
