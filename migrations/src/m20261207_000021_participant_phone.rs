//! Participants without an e-mail address: `participant.email` may be empty (NULL; still
//! unique where given) and `participant.phone` holds a number to reach them by instead.
//!
//! PostgreSQL drops the NOT NULL constraint directly. SQLite cannot alter a column, and
//! rebuilding `participant` would cascade through the eighteen tables that refer to it; but
//! removing a NOT NULL constraint changes nothing stored on disk, so, as SQLite's documentation
//! on schema changes describes for exactly this case, the table's definition is rewritten in
//! place (`PRAGMA writable_schema`) inside one transaction that also adds the column and raises
//! the schema version, and the result is checked with `PRAGMA integrity_check`.
//!
//! Going down deletes the people without an address (and, through the foreign keys, what they
//! hold): the old schema cannot hold them.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000021_participant_phone"
    }
}

const OLD_COLUMN: &str = "email TEXT NOT NULL UNIQUE";
const NEW_COLUMN: &str = "email TEXT UNIQUE";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match db.get_database_backend() {
            DbBackend::Postgres => {
                run_all(
                    manager,
                    &[
                        "ALTER TABLE participant ADD COLUMN phone TEXT",
                        "ALTER TABLE participant ALTER COLUMN email DROP NOT NULL",
                    ],
                )
                .await
            }
            _ => {
                let add = "ALTER TABLE participant ADD COLUMN phone TEXT";
                rewrite_sqlite_definition(manager, (add, OLD_COLUMN, NEW_COLUMN)).await
            }
        }
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match db.get_database_backend() {
            DbBackend::Postgres => {
                run_all(
                    manager,
                    &[
                        "DELETE FROM participant WHERE email IS NULL",
                        "ALTER TABLE participant ALTER COLUMN email SET NOT NULL",
                        "ALTER TABLE participant DROP COLUMN phone",
                    ],
                )
                .await
            }
            _ => {
                run_all(manager, &["DELETE FROM participant WHERE email IS NULL"]).await?;
                let drop = "ALTER TABLE participant DROP COLUMN phone";
                rewrite_sqlite_definition(manager, (drop, NEW_COLUMN, OLD_COLUMN)).await
            }
        }
    }
}

/// Runs `first`, then replaces `from` by `to` in the stored definition of `participant`, on
/// one connection and in one transaction (so a failure leaves nothing half done), then checks
/// the database.
async fn rewrite_sqlite_definition(
    manager: &SchemaManager<'_>,
    (first, from, to): (&str, &str, &str),
) -> Result<(), DbErr> {
    let txn = manager.get_connection().begin().await?;
    let sqlite = |sql: &str| Statement::from_string(DbBackend::Sqlite, sql.to_owned());
    txn.execute_raw(sqlite(first)).await?;
    let version: i64 = txn
        .query_one_raw(sqlite("PRAGMA schema_version"))
        .await?
        .ok_or_else(|| DbErr::Migration("no schema version".to_owned()))?
        .try_get_by_index(0)?;
    txn.execute_raw(sqlite("PRAGMA writable_schema = ON"))
        .await?;
    let changed = txn
        .execute_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) \
             WHERE type = 'table' AND name = 'participant' AND instr(sql, ?) > 0",
            [from.into(), to.into(), from.into()],
        ))
        .await?
        .rows_affected();
    if changed != 1 {
        return Err(DbErr::Migration(format!(
            "participant's definition does not hold '{from}'"
        )));
    }
    txn.execute_raw(sqlite(&format!("PRAGMA schema_version = {}", version + 1)))
        .await?;
    txn.execute_raw(sqlite("PRAGMA writable_schema = OFF"))
        .await?;
    txn.commit().await?;
    let db = manager.get_connection();
    let check: String = db
        .query_one_raw(sqlite("PRAGMA integrity_check"))
        .await?
        .ok_or_else(|| DbErr::Migration("no integrity check".to_owned()))?
        .try_get_by_index(0)?;
    if check != "ok" {
        return Err(DbErr::Migration(format!("after the change: {check}")));
    }
    Ok(())
}
