//! `translated_text`: an organiser's text (a title, a description, what to bring) in a language
//! other than the programme's.

use sea_orm::entity::prelude::*;

/// One text of an event, a session or a placement in one language.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translated_text")]
pub struct Model {
    /// The event, session or placement slot the text belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub owner_id: Uuid,
    /// Which text (`event_title`, `what_to_bring` ...).
    #[sea_orm(primary_key, auto_increment = false)]
    pub field: String,
    /// The language tag.
    #[sea_orm(primary_key, auto_increment = false)]
    pub locale: String,
    /// The event it is part of, so one query loads an event's texts.
    pub event_id: Uuid,
    /// The text.
    pub body: String,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
