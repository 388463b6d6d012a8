//! `event`: One gathering: a fair evening, a mock-interview day, a Refugees' Day.

use crate::domain::event_status::EventStatus;
use sea_orm::entity::prelude::*;

/// One gathering: a fair evening, a mock-interview day, a Refugees' Day.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub description: String,
    #[sea_orm(column_type = "Text")]
    pub status: EventStatus,
    pub time_zone: String,
    pub venue_address: Option<String>,
    pub online_url: Option<String>,
    pub languages: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub booking_opens_at: Option<i64>,
    pub booking_closes_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
