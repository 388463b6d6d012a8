//! `booking`: A participant's place in a slot (with its calendar UID and SEQUENCE).

use crate::domain::booking_status::BookingStatus;
use sea_orm::entity::prelude::*;

/// A participant's place in a slot (with its calendar UID and SEQUENCE).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "booking")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub session_id: Uuid,
    pub slot_id: Option<Uuid>,
    pub participant_id: Uuid,
    #[sea_orm(column_type = "Text")]
    pub status: BookingStatus,
    pub calendar_uid: String,
    pub sequence: i32,
    /// Which of the participant's places in the session this is (1 unless an allocation gave
    /// more than one).
    pub place_no: i32,
    pub waitlisted_at: Option<i64>,
    pub offer_expires_at: Option<i64>,
    /// When the participant was checked in at the venue (confirmed bookings only).
    pub arrived_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
