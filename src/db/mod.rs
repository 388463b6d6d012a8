//! Database access: connecting, transactions, and queries per aggregate.
//!
//! The only place that builds SQL. Functions take `&impl ConnectionTrait`, so a service decides
//! whether they run inside its transaction.

pub mod access_links;
pub mod allocations;
pub mod api_tokens;
pub mod audit;
pub mod audit_names;
pub mod booking_step;
pub mod bookings;
pub mod calendar_feeds;
pub mod check_in;
pub mod coordinators;
pub mod employers;
pub mod erasure;
pub mod event_report;
pub mod events;
pub mod feedback;
pub mod job_runs;
pub mod link_and_slot;
pub mod link_failures;
pub mod link_requests;
pub mod migrate;
pub mod networking_wishes;
pub mod one_trip;
pub mod outbox;
pub mod outcomes;
pub mod participants;
pub mod personal_data;
pub mod placement_details;
pub mod preferences;
pub mod reminders;
pub mod retention;
pub mod rotations;
pub mod rows;
pub mod schema_version;
pub mod sensitive_facts;
pub mod session_fill;
pub mod sessions;
pub mod sqlite_file;
pub mod standby;
pub mod surveys;
pub mod translations;
pub mod waitlist;
pub mod webhooks;

pub mod sign_up_forms;
pub mod sign_ups;
pub mod slot_calendar;
pub mod slots;
pub mod volunteer_profiles;
pub mod volunteers;
mod write;

pub use write::{WriteTransaction, begin_write, serialize_on};

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::path::Path;
use std::time::Duration;

/// Opens a pool on `url`, creating a SQLite file's folder first and switching SQLite to WAL
/// with a busy timeout (sqlx does neither by default), so readers never block the writer, and
/// to `secure_delete`, so what is deleted or overwritten (an erased person's name) is zeroed in
/// the file instead of lingering in free space.
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = sqlite_file_path(url)
        && let Some(folder) = Path::new(&path)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(folder).map_err(|e| {
            DbErr::Custom(format!(
                "cannot create the folder {}: {e}",
                folder.display()
            ))
        })?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(15))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|opts| {
            opts.journal_mode(sqlx_sqlite_wal())
                .busy_timeout(Duration::from_secs(15))
                .foreign_keys(true)
                .create_if_missing(true)
                .pragma("secure_delete", "ON")
        });
    // Two processes opening a new SQLite file together both ask to switch it to WAL; SQLite
    // refuses one at once (no busy wait can help a lock upgrade both want), so the loser tries
    // again once the winner is through.
    let started = std::time::Instant::now();
    loop {
        match Database::connect(options.clone()).await {
            Err(err) if is_contention(&err) && started.elapsed() < SQLITE_OPEN_PATIENCE => {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            outcome => return outcome,
        }
    }
}

/// How long [`connect`] keeps trying to open a database another process is switching to WAL.
const SQLITE_OPEN_PATIENCE: Duration = Duration::from_secs(15);

fn sqlx_sqlite_wal() -> sea_orm::sqlx::sqlite::SqliteJournalMode {
    sea_orm::sqlx::sqlite::SqliteJournalMode::Wal
}

/// The file behind a `sqlite:` URL, or `None` for PostgreSQL and in-memory databases.
pub fn sqlite_file_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| path.to_owned())
}

/// Whether an error is a unique or check constraint refusing the change (a conflict the user
/// can be told about, not an internal failure).
pub fn is_constraint_violation(err: &DbErr) -> bool {
    use sea_orm::SqlErr;
    matches!(
        err.sql_err(),
        Some(SqlErr::UniqueConstraintViolation(_) | SqlErr::ForeignKeyConstraintViolation(_))
    ) || err.to_string().contains("CHECK constraint")
        || err.to_string().contains("violates check constraint")
}

/// Whether `err` says two transactions met and one must give way: a deadlock or a
/// serialization failure on PostgreSQL (SQLSTATE 40P01, 40001), a busy or locked database on
/// SQLite. Trying the whole change again may then work.
pub fn is_contention(err: &DbErr) -> bool {
    use sea_orm::RuntimeErr;
    let (DbErr::Exec(RuntimeErr::SqlxError(e))
    | DbErr::Query(RuntimeErr::SqlxError(e))
    | DbErr::Conn(RuntimeErr::SqlxError(e))) = err
    else {
        return false;
    };
    e.as_database_error()
        .and_then(|db| db.code())
        .is_some_and(|code| matches!(code.as_ref(), "40P01" | "40001" | "5" | "6" | "517"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(
            sqlite_file_path("sqlite://./data/f.db?mode=rwc").as_deref(),
            Some("./data/f.db")
        );
        assert_eq!(sqlite_file_path("sqlite::memory:"), None);
        assert_eq!(sqlite_file_path("postgres://localhost/x"), None);
    }
}
