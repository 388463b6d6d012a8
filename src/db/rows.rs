//! Generic row insertion, for code that builds many rows at once (the demo, imports).

use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait};

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
