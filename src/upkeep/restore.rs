//! Restoring a backup over the SQLite database: only while no instance runs on it, only from a
//! file that passes SQLite's integrity check and whose schema this binary knows, and without
//! losing the database it replaces, which is kept beside it.

use super::instance_lock::{InstanceLock, with_suffix};
use super::{UpkeepError, timestamp::file_stamp};
use crate::config::Config;
use crate::db::schema_version::{SchemaState, SchemaVersion};
use crate::db::sqlite_file;
use std::fmt;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// A restore done.
#[derive(Debug)]
pub struct RestoreReport {
    /// The database file now holding the backup.
    pub database: PathBuf,
    /// The schema of the backup (a start migrates it further if it is older).
    pub schema: SchemaVersion,
    /// Where the replaced database was kept, if there was one.
    pub replaced: Option<PathBuf>,
}

impl fmt::Display for RestoreReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Restored {} (schema version {}).",
            self.database.display(),
            self.schema
        )?;
        if let Some(replaced) = &self.replaced {
            writeln!(
                f,
                "The database it replaced is kept at {}.",
                replaced.display()
            )?;
        }
        write!(
            f,
            "Start fairplan again; it applies any newer migrations, after a backup."
        )
    }
}

/// Replaces the database of `config` with the backup `input`.
pub async fn run(config: &Config, input: &Path, now_ms: i64) -> Result<RestoreReport, UpkeepError> {
    let database = crate::db::sqlite_file_path(&config.database_url)
        .map(PathBuf::from)
        .ok_or(UpkeepError::RestoreNeedsSqlite)?;
    if let Some(folder) = database.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .map_err(UpkeepError::io(format!("creating {}", folder.display())))?;
    }
    // Held to the end: no instance may start on the file while it is being replaced.
    let _alone = InstanceLock::alone(&database)?;
    let schema = check_backup(input).await?;

    // The backup is copied by SQLite, beside the database, so the last step is one rename.
    let incoming = with_suffix(&database, ".restoring");
    let _ = std::fs::remove_file(&incoming);
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&incoming)
        .map_err(UpkeepError::io(format!("creating {}", incoming.display())))?;
    let copied = copy_backup(input, &incoming).await;
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&incoming);
        return Err(e);
    }

    // Restored by root for a service that runs as its own user: the file stays theirs.
    if let Ok(old) = std::fs::metadata(&database) {
        use std::os::unix::fs::MetadataExt;
        std::os::unix::fs::chown(&incoming, Some(old.uid()), Some(old.gid())).map_err(
            UpkeepError::io(format!("handing {} to its owner", incoming.display())),
        )?;
    }
    let replaced = if database.exists() {
        // The log folded in first: the kept file alone then holds the whole old database, and
        // no log of it is left for SQLite to apply to the restored one.
        if !sqlite_file::checkpoint(&database).await? {
            let _ = std::fs::remove_file(&incoming);
            return Err(UpkeepError::Busy(database));
        }
        let kept = with_suffix(&database, &format!(".replaced-{}", file_stamp(now_ms)));
        std::fs::hard_link(&database, &kept)
            .map_err(UpkeepError::io(format!("keeping {}", kept.display())))?;
        Some(kept)
    } else {
        None
    };
    for leftover in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(with_suffix(&database, leftover));
    }
    std::fs::rename(&incoming, &database)
        .map_err(UpkeepError::io(format!("replacing {}", database.display())))?;
    if let Some(folder) = database.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::File::open(folder).and_then(|dir| dir.sync_all());
    }
    Ok(RestoreReport {
        database: std::path::absolute(&database).unwrap_or(database),
        schema,
        replaced,
    })
}

/// Refuses a backup that is missing, damaged, not Fairplan's, or newer than this binary.
async fn check_backup(input: &Path) -> Result<SchemaVersion, UpkeepError> {
    if !input.is_file() {
        return Err(UpkeepError::Missing(input.to_owned()));
    }
    let inspection = sqlite_file::inspect(input)
        .await
        .map_err(|e| UpkeepError::Unreadable {
            path: input.to_owned(),
            reason: e.to_string(),
        })?;
    if let Some(problem) = inspection.integrity_problem {
        return Err(UpkeepError::Damaged {
            path: input.to_owned(),
            problem,
        });
    }
    match inspection.schema {
        SchemaState::Empty => Err(UpkeepError::NotFairplan(input.to_owned())),
        SchemaState::Newer { database, binary } => {
            Err(UpkeepError::NewerSchema { database, binary })
        }
        SchemaState::Current(version)
        | SchemaState::Behind {
            database: version, ..
        } => Ok(version),
    }
}

/// Copies the backup file with SQLite (a consistent copy even if the file has a log beside it).
async fn copy_backup(input: &Path, incoming: &Path) -> Result<(), UpkeepError> {
    let source = sqlite_file::open_read_only(input).await?;
    let copied = sqlite_file::copy_into(&source, incoming).await;
    source.close().await?;
    copied?;
    std::fs::File::open(incoming)
        .and_then(|file| file.sync_all())
        .map_err(UpkeepError::io(format!("flushing {}", incoming.display())))
}
