//! `volunteer`: An interviewer, mentor or table host sent by an employer.

use sea_orm::entity::prelude::*;

/// An interviewer, mentor or table host sent by an employer.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "volunteer")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub employer_id: Uuid,
    pub name: String,
    pub email: String,
    pub job_title: String,
    pub locale: String,
    pub withdrawn_at: Option<i64>,
    pub created_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
