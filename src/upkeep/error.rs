//! What can stop a backup, a restore or a start, each said in one line an operator can act on.

use crate::db::schema_version::SchemaVersion;
use std::path::PathBuf;

/// Why keeping the installation could not go ahead.
#[derive(Debug, thiserror::Error)]
pub enum UpkeepError {
    /// The database was migrated by a newer Fairplan.
    #[error(
        "the database's schema is version {database}, newer than this fairplan's version \
         {binary}: run the newer fairplan, or restore a backup taken before the upgrade"
    )]
    NewerSchema {
        /// The newest migration the database holds.
        database: SchemaVersion,
        /// The newest migration this binary knows.
        binary: SchemaVersion,
    },
    /// A restore needs the database to itself.
    #[error(
        "fairplan is running on {} (it holds {}): stop it first, e.g. systemctl stop fairplan",
        database.display(), lock.display()
    )]
    InUse {
        /// The SQLite file.
        database: PathBuf,
        /// The lock file a running instance holds.
        lock: PathBuf,
    },
    /// A start met a restore under way.
    #[error("a restore of {} is under way: start fairplan when it has finished", database.display())]
    RestoreUnderWay {
        /// The SQLite file.
        database: PathBuf,
    },
    /// Restoring is for SQLite files.
    #[error("restore replaces a SQLite file; on PostgreSQL restore a pg_dump file with pg_restore")]
    RestoreNeedsSqlite,
    /// PostgreSQL is backed up by its own tool.
    #[error(
        "on PostgreSQL, back up with pg_dump (pg_dump --format=custom --file FILE \
         \"$FAIRPLAN_DATABASE_URL\"); no pg_dump was found on the PATH"
    )]
    PgDumpMissing,
    /// `pg_dump` ran and failed.
    #[error("pg_dump failed: {0}")]
    PgDumpFailed(String),
    /// A backup never overwrites a file.
    #[error("{} already exists: choose a new file name", .0.display())]
    Exists(PathBuf),
    /// Nothing to back up or restore from.
    #[error("there is no database file at {}", .0.display())]
    Missing(PathBuf),
    /// A file that fails SQLite's integrity check is not restored.
    #[error("{} fails the integrity check ({problem}): it is not restored", path.display())]
    Damaged {
        /// The file.
        path: PathBuf,
        /// The first problem SQLite reported.
        problem: String,
    },
    /// A backup's copy failed SQLite's check: it was not kept.
    #[error("the copy in {} fails the integrity check ({problem}): it was not kept", path.display())]
    CopyDamaged {
        /// The backup that was to be written.
        path: PathBuf,
        /// The first problem SQLite reported.
        problem: String,
    },
    /// A file SQLite cannot open (permissions, not a database).
    #[error("cannot open {}: {reason}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why, as SQLite said it.
        reason: String,
    },
    /// The write-ahead log could not be folded in (a reader holds it).
    #[error(
        "{} is busy (a backup may be running): try the restore again when it has finished",
        .0.display()
    )]
    Busy(PathBuf),
    /// A file without Fairplan's migrations table.
    #[error("{} holds no Fairplan database", .0.display())]
    NotFairplan(PathBuf),
    /// A file operation failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being done, naming the file.
        what: String,
        /// The operating system's answer.
        source: std::io::Error,
    },
    /// A database operation failed.
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
}

impl UpkeepError {
    /// An IO failure while doing `what`.
    pub fn io(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> Self {
        let what = what.into();
        move |source| Self::Io { what, source }
    }
}
