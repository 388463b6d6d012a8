//! `sign_up`: someone who signed up on an event's public page and is not on its list yet:
//! waiting to confirm their address, or for a coordinator's answer.

use sea_orm::entity::prelude::*;

/// One sign-up.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_up")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The event.
    pub event_id: Uuid,
    /// `participant` or `employer`.
    pub kind: String,
    /// `unconfirmed` or `awaiting_approval`.
    pub state: String,
    /// The normalised address; none for a job seeker with only a phone number.
    pub address: Option<String>,
    /// The phone number given by someone without an address, as typed.
    pub phone: Option<String>,
    /// The person's name, for the coordinator's list.
    pub name: String,
    /// The language the person chose.
    pub locale: String,
    /// The form as typed (JSON), checked again when it becomes a person or an employer.
    pub details: String,
    /// The confirmation link's hash, while unconfirmed.
    pub token_hash: Option<String>,
    /// When an unconfirmed sign-up is forgotten.
    pub expires_at: Option<i64>,
    /// When it was sent.
    pub created_at: i64,
    /// When its address was confirmed.
    pub confirmed_at: Option<i64>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
