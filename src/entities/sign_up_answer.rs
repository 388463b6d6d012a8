//! `sign_up_answer`: a participant's answer to one of an event's own sign-up questions.

use sea_orm::entity::prelude::*;

/// One answer.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_up_answer")]
pub struct Model {
    /// Who answered.
    #[sea_orm(primary_key, auto_increment = false)]
    pub participant_id: Uuid,
    /// The question.
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: Uuid,
    /// Its event, so one query loads an event's answers.
    pub event_id: Uuid,
    /// The answer as given (a choice as its text, yes/no as `yes` or `no`).
    pub answer: String,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
