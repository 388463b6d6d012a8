//! `sign_up_question`: a question of the coordinator's own on an event's sign-up form.

use sea_orm::entity::prelude::*;

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_up_question")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The event whose form asks it.
    pub event_id: Uuid,
    /// Its place on the form, from 1.
    pub position: i32,
    /// `text`, `choice` or `yes_no`.
    pub kind: String,
    /// The question as asked.
    pub label: String,
    /// A choice question's answers, one per line.
    pub choices: String,
    /// Whether it must be answered.
    pub required: bool,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
