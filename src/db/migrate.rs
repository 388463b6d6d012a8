//! Applying the schema migrations, one process at a time: instances started together on an
//! empty PostgreSQL database would otherwise race to create the same tables, and all but one
//! would stop. SQLite runs one writer at a time anyway, so there nothing changes.

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr};
use std::time::Duration;

/// The PostgreSQL advisory lock every Fairplan instance takes to migrate: a fixed number
/// ("fairplan" in ASCII), so all instances on one database meet at the same lock.
const MIGRATION_LOCK: i64 = 0x6661_6972_706c_616e;

/// Applies every pending migration on `db`, whose URL is `url`. On PostgreSQL it first takes the
/// migration lock on a connection of its own, held until the migrations are done: a second
/// instance waits there, then finds nothing pending.
pub async fn up(db: &DatabaseConnection, url: &str) -> Result<(), DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Migrator::up(db, None).await;
    }
    // A pool of one connection: the lock belongs to a session, so taking and releasing it
    // must happen on the same connection, which no migration statement may borrow.
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(1)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    let lock = Database::connect(options).await?;
    lock.execute_unprepared(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))
        .await?;
    let migrated = Migrator::up(db, None).await;
    // Closing the connection would release the lock too; unlocking says so explicitly.
    let unlocked = lock
        .execute_unprepared(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"))
        .await;
    lock.close().await?;
    migrated?;
    unlocked.map(|_| ())
}
