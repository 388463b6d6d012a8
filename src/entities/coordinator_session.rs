//! `coordinator_session`: A signed-in coordinator's browser session (token stored hashed).

use sea_orm::entity::prelude::*;

/// A signed-in coordinator's browser session (token stored hashed).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coordinator_session")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub token_hash: String,
    pub coordinator_id: Uuid,
    pub csrf_token: String,
    pub created_at: i64,
    pub expires_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
