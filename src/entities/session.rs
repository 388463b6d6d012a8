//! `session`: A part of an event with one format and one booking mode.

use crate::domain::booking_mode::BookingMode;
use crate::domain::cefr::CefrLevel;
use crate::domain::session_format::Format;
use sea_orm::entity::prelude::*;

/// A part of an event with one format and one booking mode.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "session")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub format: Format,
    #[sea_orm(column_type = "Text")]
    pub booking_mode: BookingMode,
    pub room: String,
    /// What a participant should bring (may be empty).
    pub what_to_bring: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub capacity: Option<i32>,
    pub slot_minutes: Option<i32>,
    pub break_minutes: i32,
    pub rounds: Option<i32>,
    pub round_minutes: Option<i32>,
    pub changeover_minutes: i32,
    pub seats_per_table: Option<i32>,
    pub interview_language: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub min_language_level: Option<CefrLevel>,
    pub require_occupation_match: bool,
    pub max_bookings_per_participant: i32,
    pub preferences_open_at: Option<i64>,
    pub preferences_close_at: Option<i64>,
    pub created_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
