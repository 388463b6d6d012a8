//! `outcome`: what came of the programme for a participant (an interview, an offer ...).

use crate::domain::outcome::OutcomeKind;
use sea_orm::entity::prelude::*;

/// What came of the programme for a participant, as a coordinator recorded it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outcome")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub participant_id: Uuid,
    /// The event it is credited to.
    pub event_id: Option<Uuid>,
    /// What it was.
    pub kind: OutcomeKind,
    /// A partner employer, when it is one.
    pub employer_id: Option<Uuid>,
    /// Another employer's name (or the partner's, kept if the partner is removed).
    pub employer_name: String,
    /// `YYYY-MM-DD`.
    pub happened_on: String,
    pub note: String,
    pub recorded_by: Option<Uuid>,
    pub created_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
