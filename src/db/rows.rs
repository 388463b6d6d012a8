//! Generic row code: insertion for code that builds many rows at once (the demo, imports) or
//! builds its own insert statements (`db::one_trip`, the PostgreSQL booking statement), and the
//! prefixed columns of joined reads.

use sea_orm::sea_query::{
    Alias, Expr, OnConflict, Query, SelectStatement, SqliteQueryBuilder, Value,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue, ConnectionTrait, DbBackend, DbErr, EntityTrait, IdenStatic,
    Iterable, Statement,
};

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

/// `INSERT INTO <table> (<columns>) SELECT <values> WHERE changes() = 1` for SQLite: inserts the
/// model's set columns only if the statement before it changed exactly one row (and, chained,
/// only if every guarded statement before did).
pub fn insert_if_changed<A: ActiveModelTrait>(model: &A) -> Result<Statement, DbErr> {
    let (columns, values): (Vec<_>, Vec<_>) = set_values(model)
        .into_iter()
        .map(|(column, value)| (column, Expr::val(value)))
        .unzip();
    let guarded = Query::select()
        .exprs(values)
        .and_where(Expr::cust("changes() = 1"))
        .to_owned();
    let insert = Query::insert()
        .into_table(A::Entity::default())
        .columns(columns)
        .select_from(guarded)
        .map_err(|e| DbErr::Custom(e.to_string()))?
        .to_owned();
    let (sql, values) = insert.build(SqliteQueryBuilder);
    Ok(Statement::from_sql_and_values(
        DbBackend::Sqlite,
        sql,
        values,
    ))
}

/// Adds every column of `E` to `select`, named with `prefix` (read back by
/// `FromQueryResult::from_query_result(row, prefix)`), for joins of more entities than sea-orm's
/// `select_also` takes.
pub(crate) fn select_prefixed<E: EntityTrait + Default>(
    select: &mut SelectStatement,
    prefix: &str,
) {
    for column in E::Column::iter() {
        select.expr_as(
            Expr::col((E::default(), column)),
            Alias::new(format!("{prefix}{}", column.as_str())),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_guarded_insert_selects_its_values_only_after_a_change() {
        let guarded = insert_if_changed(&crate::entities::audit_log::ActiveModel {
            action: sea_orm::ActiveValue::Set("booking.booked".to_owned()),
            ..Default::default()
        })
        .expect("statement");
        assert_eq!(
            guarded.sql,
            r#"INSERT INTO "audit_log" ("action") SELECT ? WHERE changes() = 1"#
        );
    }
}
