//! The lock that marks a running instance: a file beside the SQLite database that every
//! serving process holds shared for as long as it runs, and that a restore must hold alone.
//! The kernel releases it when the process exits, even after a crash, so a stale lock never
//! blocks anyone.

use super::UpkeepError;
use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// A held lock; dropping it releases it.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
}

/// The lock file of the SQLite file `database`: `fairplan.db.lock` beside `fairplan.db`.
pub fn lock_path(database: &Path) -> PathBuf {
    with_suffix(database, ".lock")
}

/// The file migrations are serialised on, so two processes started together on one SQLite
/// file do not both apply the same migration.
fn migration_lock_path(database: &Path) -> PathBuf {
    with_suffix(database, ".migrate-lock")
}

/// `database` with `suffix` added to its file name.
pub(super) fn with_suffix(database: &Path, suffix: &str) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Opens (or creates) a lock file. Reading is enough to lock, so a lock file created by
/// another user (root running a restore) still serves the service's user.
fn open(path: &Path) -> Result<File, UpkeepError> {
    // The first start on a fresh machine: the database's folder (`./data`) is made here, before
    // the database itself, since the lock comes first.
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(UpkeepError::io(format!(
            "creating the folder {}",
            folder.display()
        )))?;
    }
    let opened = match File::open(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o644)
            .open(path),
        other => other,
    };
    opened.map_err(UpkeepError::io(format!(
        "opening the lock file {}",
        path.display()
    )))
}

impl InstanceLock {
    /// Marks this process as running on `database`, beside any others; refused while a
    /// restore holds the lock.
    pub fn running(database: &Path) -> Result<Self, UpkeepError> {
        let path = lock_path(database);
        let file = open(&path)?;
        match file.try_lock_shared() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(UpkeepError::RestoreUnderWay {
                database: database.to_owned(),
            }),
            Err(TryLockError::Error(source)) => Err(UpkeepError::Io {
                what: format!("locking {}", path.display()),
                source,
            }),
        }
    }

    /// Takes `database` for this process alone; refused while any instance runs on it.
    pub fn alone(database: &Path) -> Result<Self, UpkeepError> {
        let path = lock_path(database);
        let file = open(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(UpkeepError::InUse {
                database: database.to_owned(),
                lock: path,
            }),
            Err(TryLockError::Error(source)) => Err(UpkeepError::Io {
                what: format!("locking {}", path.display()),
                source,
            }),
        }
    }

    /// Waits until no other process is migrating `database`, then holds that turn.
    pub async fn migrating(database: &Path) -> Result<Self, UpkeepError> {
        let path = migration_lock_path(database);
        let file = open(&path)?;
        tokio::task::spawn_blocking(move || file.lock().map(|()| file))
            .await
            .map_err(|e| UpkeepError::Io {
                what: format!("waiting for {}", path.display()),
                source: std::io::Error::other(e),
            })?
            .map(|file| Self { _file: file })
            .map_err(UpkeepError::io(format!("locking {}", path.display())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instances_share_the_lock_and_a_restore_needs_it_alone() {
        let folder = tempfile::tempdir().unwrap();
        let database = folder.path().join("fairplan.db");
        let first = InstanceLock::running(&database).unwrap();
        let second = InstanceLock::running(&database).unwrap();
        let refused = InstanceLock::alone(&database).unwrap_err();
        assert!(refused.to_string().contains("stop it first"), "{refused}");
        drop((first, second));
        let alone = InstanceLock::alone(&database).unwrap();
        assert!(matches!(
            InstanceLock::running(&database),
            Err(UpkeepError::RestoreUnderWay { .. })
        ));
        drop(alone);
        assert!(InstanceLock::running(&database).is_ok());
    }
}
