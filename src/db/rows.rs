//! Generic row insertion, for code that builds many rows at once (the demo, imports) or builds
//! its own insert statements (`db::one_trip`, the PostgreSQL booking statement).

use sea_orm::sea_query::OnConflict;
use sea_orm::sea_query::Value;
use sea_orm::{ActiveModelTrait, ActiveValue, ConnectionTrait, DbErr, EntityTrait, Iterable};

/// Inserts `rows` in chunks small enough for every backend's bind-parameter limit.
pub async fn insert_many<A>(conn: &impl ConnectionTrait, rows: Vec<A>) -> Result<(), DbErr>
where
    A: ActiveModelTrait + Send,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(200).collect();
        A::Entity::insert_many(chunk)
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}

/// Inserts `row` unless a row with the same `key` columns exists; `true` when it was inserted.
/// One statement, so two requests adding the same row at once cannot collide.
pub async fn insert_if_missing<A>(
    conn: &impl ConnectionTrait,
    row: A,
    key: impl IntoIterator<Item = <A::Entity as EntityTrait>::Column>,
) -> Result<bool, DbErr>
where
    A: ActiveModelTrait + Send,
{
    let inserted = A::Entity::insert(row)
        .on_conflict(OnConflict::columns(key).do_nothing().to_owned())
        .exec_without_returning(conn)
        .await?;
    Ok(inserted > 0)
}

/// The columns a model sets, with their values, in the entity's column order.
pub(crate) fn set_values<A: ActiveModelTrait>(
    model: &A,
) -> Vec<(<A::Entity as EntityTrait>::Column, Value)> {
    <A::Entity as EntityTrait>::Column::iter()
        .filter_map(|column| match model.get(column) {
            ActiveValue::Set(value) | ActiveValue::Unchanged(value) => Some((column, value)),
            ActiveValue::NotSet => None,
        })
        .collect()
}
