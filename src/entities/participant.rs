//! `participant`: A job seeker (no account; acts through a personal link).

use sea_orm::entity::prelude::*;

/// A job seeker (no account; acts through a personal link).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participant")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Empty (NULL) for someone reached by phone only: nothing is ever mailed to them.
    pub email: Option<String>,
    /// A number to reach them by (optional; the only contact of someone without an address).
    pub phone: Option<String>,
    pub name: String,
    pub locale: String,
    pub language_chosen: bool,
    pub time_zone: Option<String>,
    pub needs: String,
    pub keep_after_event: bool,
    pub anonymised_at: Option<i64>,
    pub created_at: i64,
}

/// Joins are written in `db/`, explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// Where mail to them goes: empty when they have no address (the outbox then keeps
    /// nothing; see `db::outbox::enqueue`).
    pub fn mail_address(&self) -> &str {
        self.email.as_deref().unwrap_or_default()
    }

    /// How a coordinator reaches them: their address, else their phone number.
    pub fn contact(&self) -> &str {
        self.email
            .as_deref()
            .or(self.phone.as_deref())
            .unwrap_or_default()
    }
}
