//! `access_link`: A personal link's hashed token, scope and expiry.

use crate::domain::link_scope::LinkScope;
use sea_orm::entity::prelude::*;

/// A personal link's hashed token, scope and expiry.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "access_link")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub token_hash: String,
    #[sea_orm(column_type = "Text")]
    pub scope: LinkScope,
    pub event_id: Option<Uuid>,
    pub participant_id: Option<Uuid>,
    pub employer_contact_id: Option<Uuid>,
    pub volunteer_id: Option<Uuid>,
    pub coordinator_id: Option<Uuid>,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub used_at: Option<i64>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
