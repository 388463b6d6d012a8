//! `networking_table`: An employer's table in a speed-networking session.

use sea_orm::entity::prelude::*;

/// An employer's table in a speed-networking session.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "networking_table")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub session_id: Uuid,
    pub employer_id: Option<Uuid>,
    pub volunteer_id: Option<Uuid>,
    pub label: String,
    pub seats: i32,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
