//! Runs plain DDL on either backend.
//!
//! The schema is written as SQL both SQLite and PostgreSQL accept; the few types that differ are
//! written as placeholders and filled in per backend, so one text describes both databases.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

/// Replaces the type placeholders of `sql` for `backend`.
///
/// `{uuid}` becomes `uuid` on PostgreSQL and `BLOB` on SQLite (sqlx stores a UUID there as 16 bytes).
pub fn for_backend(sql: &str, backend: DbBackend) -> String {
    let uuid = match backend {
        DbBackend::Postgres => "uuid",
        _ => "BLOB",
    };
    sql.replace("{uuid}", uuid)
}

/// Executes each statement in order on the migration's connection.
pub async fn run_all(manager: &SchemaManager<'_>, statements: &[&str]) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = db.get_database_backend();
    for statement in statements {
        db.execute_unprepared(&for_backend(statement, backend))
            .await?;
    }
    Ok(())
}
