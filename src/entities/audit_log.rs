//! `audit_log`: Who did what to whom, for accountability.

use crate::domain::audit_kind::AuditKind;
use sea_orm::entity::prelude::*;

/// Who did what to whom, for accountability.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub at: i64,
    pub actor_kind: AuditKind,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub subject_kind: AuditKind,
    pub subject_id: Option<Uuid>,
    pub details: String,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
