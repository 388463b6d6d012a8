//! Translations of an event's own texts ([`translated_text`] rows): loaded for a whole event at
//! once, replaced one language at a time, copied with an event or a session.

use crate::domain::local_text::{TextField, Translations};
use crate::entities::translated_text;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

/// Every translation of event `event_id`'s texts (its own, its sessions' and placements').
pub async fn of_event(conn: &impl ConnectionTrait, event_id: Uuid) -> Result<Translations, DbErr> {
    let rows = translated_text::Entity::find()
        .filter(translated_text::Column::EventId.eq(event_id))
        .all(conn)
        .await?;
    Ok(Translations::from_rows(rows.into_iter().filter_map(|r| {
        TextField::parse(&r.field).map(|field| (r.owner_id, field, r.locale, r.body))
    })))
}

/// One text to store: its owner, field and words.
pub struct NewText<'a> {
    /// The event, session or placement slot.
    pub owner_id: Uuid,
    /// Which of its texts.
    pub field: TextField,
    /// The words (an empty text is not stored).
    pub body: &'a str,
}

/// Replaces every translation of event `event_id`'s texts into `locale` with `texts`.
pub async fn replace_language(
    conn: &impl ConnectionTrait,
    (event_id, locale): (Uuid, &str),
    texts: &[NewText<'_>],
) -> Result<(), DbErr> {
    translated_text::Entity::delete_many()
        .filter(translated_text::Column::EventId.eq(event_id))
        .filter(translated_text::Column::Locale.eq(locale))
        .exec(conn)
        .await?;
    insert(conn, event_id, texts.iter().map(|t| (t, locale))).await
}

/// Stores translations of event `event_id` in one statement, skipping empty ones.
async fn insert<'a>(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
    texts: impl Iterator<Item = (&'a NewText<'a>, &'a str)>,
) -> Result<(), DbErr> {
    let rows: Vec<translated_text::ActiveModel> = texts
        .filter(|(t, _)| !t.body.is_empty())
        .map(|(t, locale)| {
            translated_text::ActiveModel::from(translated_text::Model {
                owner_id: t.owner_id,
                field: t.field.as_str().to_owned(),
                locale: locale.to_owned(),
                event_id,
                body: t.body.to_owned(),
            })
        })
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    translated_text::Entity::insert_many(rows)
        .exec(conn)
        .await?;
    Ok(())
}

/// Copies the translations `texts` (of another event, or of a session of this one) whose owner
/// and field `new_owner` maps to a copy, onto that copy in event `event_id`.
pub async fn copy(
    conn: &impl ConnectionTrait,
    texts: &Translations,
    new_owner: impl Fn(Uuid, TextField) -> Option<Uuid>,
    event_id: Uuid,
) -> Result<(), DbErr> {
    let copies: Vec<(NewText<'_>, &str)> = texts
        .rows()
        .filter_map(|(owner, field, locale, body)| {
            new_owner(owner, field).map(|owner_id| {
                (
                    NewText {
                        owner_id,
                        field,
                        body,
                    },
                    locale,
                )
            })
        })
        .collect();
    insert(conn, event_id, copies.iter().map(|(t, l)| (t, *l))).await
}

/// Removes the translations of a session or placement that is removed.
pub async fn delete_of(conn: &impl ConnectionTrait, owner_id: Uuid) -> Result<(), DbErr> {
    translated_text::Entity::delete_many()
        .filter(translated_text::Column::OwnerId.eq(owner_id))
        .exec(conn)
        .await?;
    Ok(())
}
