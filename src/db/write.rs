//! Write transactions, and the queue SQLite writers wait in.
//!
//! SQLite lets one writer in at a time. Left to itself, a connection that finds the write lock
//! taken sleeps in SQLite's busy handler for 1, 2, 5, 10 ... up to 100 ms between tries, so
//! under load the lock often sits free while every waiter sleeps, and an unlucky waiter loses
//! many rounds in a row (the booking benchmark's p99 was ten times its p50). Writers of one
//! database file therefore first queue in-process for their turn (a fair, first-come async
//! lock) and only then issue `BEGIN IMMEDIATE`; SQLite's own locking still guards against other
//! processes and against transactions that did not come through here. PostgreSQL locks rows,
//! not the database, so its writers do not queue.

use crate::db::one_trip::QueuedTrip;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, ExecResult,
    QueryResult, SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
};
use std::collections::HashMap;
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};
use tokio::sync::{Mutex as TurnLock, OwnedMutexGuard};

/// What the writers of each SQLite database file share in this process.
static WRITERS: LazyLock<Mutex<HashMap<PathBuf, Arc<Writers>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// What the writers of one SQLite database file share in this process.
#[derive(Default)]
pub(crate) struct Writers {
    /// Whose turn it is to write: a fair, first-come async lock.
    turn: Arc<TurnLock<()>>,
    /// One-trip transactions waiting to be written together in the next turn.
    pub(crate) trips: Mutex<Vec<QueuedTrip>>,
}

impl Writers {
    /// Waits for the writers' turn and holds it until dropped.
    pub(crate) async fn turn(&self) -> OwnedMutexGuard<()> {
        self.turn.clone().lock_owned().await
    }
}

/// A transaction that will write, holding the writers' turn on SQLite until it ends.
///
/// Use it like a [`DatabaseTransaction`] (it is a [`ConnectionTrait`] and derefs to one), and
/// end it with [`commit`](Self::commit); dropping it rolls back.
pub struct WriteTransaction {
    // Declared before `_turn` so the transaction ends before the next writer is let in.
    txn: DatabaseTransaction,
    _turn: Option<OwnedMutexGuard<()>>,
}

/// Begins a transaction that will write. On SQLite it waits for this database's writers' turn,
/// then takes the write lock at `BEGIN` (`BEGIN IMMEDIATE`), so a read-then-write transaction
/// cannot fail half-way with SQLITE_BUSY.
pub async fn begin_write(db: &DatabaseConnection) -> Result<WriteTransaction, DbErr> {
    let turn = match writers(db) {
        Some(writers) => Some(writers.turn().await),
        None => None,
    };
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        })
        .await?;
    Ok(WriteTransaction { txn, _turn: turn })
}

/// Makes the transaction `txn` wait for any other one that called this with the same `key`
/// until that one ends (on PostgreSQL a transaction-scoped advisory lock; a SQLite write
/// transaction already excludes every other writer). For checks that must see what a
/// concurrent twin wrote, such as a message sent twice by a double click.
pub async fn serialize_on(txn: &impl ConnectionTrait, key: uuid::Uuid) -> Result<(), DbErr> {
    if txn.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let (high, low) = key.as_u64_pair();
    let key = i64::from_ne_bytes((high ^ low).to_ne_bytes());
    txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({key})"))
        .await?;
    Ok(())
}

/// What the writers of a SQLite database share; `None` for PostgreSQL.
pub(crate) fn writers(db: &DatabaseConnection) -> Option<Arc<Writers>> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return None;
    }
    let file = db
        .get_sqlite_connection_pool()
        .connect_options()
        .get_filename()
        .to_path_buf();
    let mut writers = WRITERS.lock().unwrap_or_else(PoisonError::into_inner);
    Some(writers.entry(file).or_default().clone())
}

impl WriteTransaction {
    /// Commits the transaction, then lets the next writer in.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }

    /// Rolls the transaction back, then lets the next writer in.
    pub async fn rollback(self) -> Result<(), DbErr> {
        self.txn.rollback().await
    }
}

impl Deref for WriteTransaction {
    type Target = DatabaseTransaction;

    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for WriteTransaction {
    fn get_database_backend(&self) -> DbBackend {
        self.txn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.txn.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::Database;

    #[tokio::test]
    async fn writers_of_one_file_share_a_turn_and_other_files_do_not() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = |name: &str| format!("sqlite://{}/{name}.db?mode=rwc", dir.path().display());
        let first = Database::connect(url("a")).await.expect("first pool");
        let same = Database::connect(url("a"))
            .await
            .expect("second pool, same file");
        let other = Database::connect(url("b"))
            .await
            .expect("pool of another file");
        let (Some(a), Some(a_again), Some(b)) = (writers(&first), writers(&same), writers(&other))
        else {
            panic!("SQLite files have turn locks");
        };
        assert!(Arc::ptr_eq(&a, &a_again));
        assert!(!Arc::ptr_eq(&a, &b));

        let writing = begin_write(&first).await.expect("first writer");
        assert!(a.turn.try_lock().is_err(), "the turn is held while writing");
        assert!(
            b.turn.try_lock().is_ok(),
            "another file's writers are not held up"
        );
        writing.commit().await.expect("commit");
        assert!(a.turn.try_lock().is_ok(), "the turn is free after commit");
    }
}
