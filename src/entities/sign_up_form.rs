//! `sign_up_form`: whether an event takes sign-ups from the public, and how.

use sea_orm::entity::prelude::*;

/// An event's public sign-up settings (no row: closed to sign-ups).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_up_form")]
pub struct Model {
    /// The event.
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: Uuid,
    /// Whether job seekers may sign up.
    pub participants_open: bool,
    /// Whether the public page shows every session (else only those in `sign_up_session`).
    pub whole_event: bool,
    /// Whether someone may sign up with a phone number and no address.
    pub phone_allowed: bool,
    /// Whether confirmed sign-ups wait for a coordinator to accept them.
    pub approval: bool,
    /// Whether employers may sign up.
    pub employers_open: bool,
    /// When the settings last changed.
    pub updated_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
