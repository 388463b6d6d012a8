//! `webhook_endpoint`: another system's address that hears of changes.

use sea_orm::entity::prelude::*;

/// Another system's address that hears of the changes it subscribes to.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_endpoint")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Where deliveries are posted.
    pub url: String,
    /// The key deliveries are signed with (the receiver holds it too, so it is kept as is).
    pub secret: String,
    /// The events it hears of, comma-separated (`booking.created,check_in`).
    pub events: String,
    pub created_at: i64,
    /// When it was paused (nothing is written for it while paused).
    pub disabled_at: Option<i64>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
