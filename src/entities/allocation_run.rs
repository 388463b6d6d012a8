//! `allocation_run`: One allocation of a preferences session: its seed, settings and figures.

use crate::domain::run_status::RunStatus;
use sea_orm::entity::prelude::*;

/// One allocation of a preferences session: its seed, settings and figures.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "allocation_run")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub session_id: Uuid,
    /// The lottery's seed (stored as the bits of the unsigned seed).
    pub seed: i64,
    /// `preview`, `committed` or `discarded`.
    #[sea_orm(column_type = "Text")]
    pub status: RunStatus,
    pub created_by: Option<Uuid>,
    /// The settings and quality figures as JSON.
    pub summary: String,
    pub created_at: i64,
    pub committed_at: Option<i64>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
