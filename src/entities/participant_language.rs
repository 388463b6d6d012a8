//! `participant_language`: A language a participant speaks, with its CEFR level.

use crate::domain::cefr::CefrLevel;
use sea_orm::entity::prelude::*;

/// A language a participant speaks, with its CEFR level.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participant_language")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub participant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub language: String,
    #[sea_orm(column_type = "Text")]
    pub level: CefrLevel,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
