//! `outbox_message`: An e-mail waiting to be delivered, written with the change that caused it.

use crate::domain::delivery_status::DeliveryStatus;
use crate::domain::mail_kind::MailKind;
use sea_orm::entity::prelude::*;

/// An e-mail waiting to be delivered, written with the change that caused it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_message")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub message_id: String,
    pub kind: MailKind,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub calendar_method: Option<String>,
    pub calendar_ics: Option<String>,
    pub participant_id: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub status: DeliveryStatus,
    pub attempts: i32,
    pub next_attempt_at: i64,
    pub lease_until: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
