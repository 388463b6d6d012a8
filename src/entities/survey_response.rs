//! `survey_response`: a participant's answer to the follow-up survey of an event.

use crate::domain::survey::Usefulness;
use sea_orm::entity::prelude::*;

/// A participant's answer to the follow-up survey of an event (one per person and event).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_response")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub participant_id: Uuid,
    /// `very`, `somewhat` or `not`.
    pub useful: Usefulness,
    /// What they plan next: codes separated by commas.
    pub plans: String,
    pub comment: String,
    pub submitted_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
