//! SQLite database files as wholes: a consistent copy of a live database, the integrity check
//! and schema of a file, and folding the write-ahead log back into the file before it is moved.

use super::schema_version::{self, SchemaState};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr, Statement};
use std::path::Path;
use std::time::Duration;

/// Writes a consistent copy of the SQLite database behind `db` into `target`, which must not
/// exist or be empty. `VACUUM INTO` reads in one transaction, so writers go on meanwhile and
/// the copy holds each of their transactions whole or not at all; unlike a file copy it never
/// catches a page half-written or misses what is still in the write-ahead log.
pub async fn copy_into(db: &impl ConnectionTrait, target: &Path) -> Result<(), DbErr> {
    let target = target
        .to_str()
        .ok_or_else(|| DbErr::Custom(format!("{} is not valid UTF-8", target.display())))?;
    let literal = target.replace('\'', "''");
    db.execute_unprepared(&format!("VACUUM INTO '{literal}'"))
        .await
        .map(|_| ())
}

/// What a SQLite file holds, as far as a restore must know.
#[derive(Debug)]
pub struct Inspection {
    /// The first problem `PRAGMA integrity_check` reported, if any.
    pub integrity_problem: Option<String>,
    /// Its schema against this binary's migrations.
    pub schema: SchemaState,
}

/// Opens the SQLite file at `path` read-only and checks it: its integrity and its schema.
pub async fn inspect(path: &Path) -> Result<Inspection, DbErr> {
    let db = open_single(path, "ro").await?;
    let inspected = async {
        let rows = db
            .query_all_raw(Statement::from_string(
                db.get_database_backend(),
                "PRAGMA integrity_check",
            ))
            .await?;
        let first = rows
            .first()
            .map(|row| row.try_get_by_index::<String>(0))
            .transpose()?
            .unwrap_or_default();
        let integrity_problem = (first != "ok").then_some(first);
        let schema = schema_version::state(&db).await?;
        Ok(Inspection {
            integrity_problem,
            schema,
        })
    }
    .await;
    db.close().await?;
    inspected
}

/// Folds the write-ahead log of the SQLite file at `path` into the file and empties the log,
/// so that the file alone holds the whole database and can be moved aside. Returns false when
/// a reader kept SQLite from finishing (it says so in a row, not as an error).
pub async fn checkpoint(path: &Path) -> Result<bool, DbErr> {
    let db = open_single(path, "rw").await?;
    let done = async {
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                "PRAGMA wal_checkpoint(TRUNCATE)",
            ))
            .await?;
        let busy = row
            .map(|row| row.try_get_by_index::<i64>(0))
            .transpose()?
            .unwrap_or(0);
        Ok(busy == 0)
    }
    .await;
    db.close().await?;
    done
}

/// One read-only connection to an existing SQLite file.
pub async fn open_read_only(path: &Path) -> Result<DatabaseConnection, DbErr> {
    open_single(path, "ro").await
}

/// One connection to an existing file, without the pragmas of the serving pool (a read-only
/// file cannot be switched to WAL).
async fn open_single(path: &Path, mode: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(format!("sqlite://{}?mode={mode}", path.display()));
    options
        .max_connections(1)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|opts| opts.busy_timeout(Duration::from_secs(15)));
    Database::connect(options).await
}
