//! `placement_detail`: where a taster placement happens and whom to ask there.

use sea_orm::entity::prelude::*;

/// Where a taster placement happens and whom to ask there (empty texts: as the event).
#[derive(Clone, Debug, Default, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "placement_detail")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub slot_id: Uuid,
    /// The employer's address, when the day is spent there.
    pub address: String,
    /// Whom to ask for on arrival (a name, a phone number).
    pub contact: String,
    /// What to do on arrival, what to wear, how to get there.
    pub instructions: String,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
