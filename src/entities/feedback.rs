//! `feedback`: a volunteer's written feedback on one mock interview.

use sea_orm::entity::prelude::*;

/// A volunteer's written feedback on one mock interview (one per booking).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub booking_id: Uuid,
    pub volunteer_id: Uuid,
    pub preparation: i32,
    pub presentation: i32,
    pub professional_depth: i32,
    pub communication: i32,
    pub strengths: String,
    pub next_steps: String,
    pub submitted_at: i64,
}

impl Model {
    /// The ratings in the rubric's order ([`crate::domain::feedback::RUBRIC`]).
    pub fn ratings(&self) -> [i32; 4] {
        [
            self.preparation,
            self.presentation,
            self.professional_depth,
            self.communication,
        ]
    }
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
