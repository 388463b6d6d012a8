//! `calendar_feed`: a read-only calendar subscription with its own hashed token.

use sea_orm::entity::prelude::*;

/// A read-only calendar subscription with its own hashed token.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "calendar_feed")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub token_hash: String,
    pub participant_id: Option<Uuid>,
    pub volunteer_id: Option<Uuid>,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
