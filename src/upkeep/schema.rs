//! The one place migrations apply, whichever command starts first (`serve`, `worker`, `demo`,
//! `create-coordinator`, `migrate up`): it refuses a database a newer Fairplan migrated, lets
//! one process at a time migrate, and on SQLite takes a backup before it changes the schema.

use super::{UpkeepError, backup, instance_lock::InstanceLock};
use crate::config::Config;
use crate::db::schema_version::{self, SchemaState};
use sea_orm::DatabaseConnection;
use std::path::Path;

/// What [`migrate`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Migrated {
    /// Nothing was pending.
    AlreadyCurrent,
    /// A new database got the whole schema.
    Created,
    /// Pending migrations were applied; on SQLite the database was backed up first, here.
    Upgraded {
        /// The backup taken before, if any.
        backup: Option<std::path::PathBuf>,
    },
}

/// Applies every pending migration to `db` (the database of `config`), after checking that
/// this binary is not older than the schema. `now_ms` names the backup taken before an upgrade.
pub async fn migrate(
    db: &DatabaseConnection,
    config: &Config,
    now_ms: i64,
) -> Result<Migrated, UpkeepError> {
    refuse_newer(schema_version::state(db).await?)?;
    let sqlite_file = crate::db::sqlite_file_path(&config.database_url);
    // On SQLite one process migrates at a time; PostgreSQL's advisory lock does the same
    // inside `db::migrate::up`.
    let _turn = match &sqlite_file {
        Some(file) => Some(InstanceLock::migrating(Path::new(file)).await?),
        None => None,
    };
    // Read again: another process may have migrated while this one waited for its turn.
    let state = schema_version::state(db).await?;
    let outcome = match &state {
        SchemaState::Current(_) => return Ok(Migrated::AlreadyCurrent),
        SchemaState::Newer { .. } => return refuse_newer(state).map(|()| Migrated::AlreadyCurrent),
        SchemaState::Empty => Migrated::Created,
        SchemaState::Behind { database, pending } => {
            let backup = match sqlite_file {
                Some(_) => {
                    let to = schema_version::binary_version();
                    let taken = backup::before_upgrade(db, config, &to, now_ms).await?;
                    tracing::info!(
                        backup = %taken.display(),
                        from = %database,
                        to = %to,
                        pending = pending.len(),
                        "backed up the database before upgrading its schema"
                    );
                    Some(taken)
                }
                None => None,
            };
            Migrated::Upgraded { backup }
        }
    };
    crate::db::migrate::up(db, &config.database_url).await?;
    Ok(outcome)
}

fn refuse_newer(state: SchemaState) -> Result<(), UpkeepError> {
    match state {
        SchemaState::Newer { database, binary } => {
            Err(UpkeepError::NewerSchema { database, binary })
        }
        _ => Ok(()),
    }
}
