//! Online backups: a consistent copy of the live database while `fairplan serve` keeps taking
//! bookings. SQLite is copied by SQLite itself (`VACUUM INTO`), never as a file copy that could
//! catch a page half-written; PostgreSQL by `pg_dump`. Backups are readable by their owner only.

use super::{UpkeepError, timestamp::file_stamp};
use crate::config::Config;
use crate::db::schema_version::SchemaVersion;
use crate::db::sqlite_file;
use sea_orm::DatabaseConnection;
use std::fmt;
use std::fs::OpenOptions;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// A backup written.
#[derive(Debug)]
pub struct BackupReport {
    /// Where it is.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// The schema it holds.
    pub schema: SchemaVersion,
    /// Older backups deleted to keep the newest `FAIRPLAN_BACKUP_KEEP`.
    pub deleted: Vec<PathBuf>,
    /// How many backups the rotation keeps, when this one joined it (none for `--output`).
    pub kept_in_rotation: Option<usize>,
}

impl fmt::Display for BackupReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Backup written to {} ({}, schema version {}).",
            self.path.display(),
            human_size(self.bytes),
            self.schema
        )?;
        for deleted in &self.deleted {
            writeln!(f, "Deleted the older backup {}.", deleted.display())?;
        }
        match self.kept_in_rotation {
            Some(keep) => write!(
                f,
                "People erased after this backup remain in it until the rotation deletes it: \
                 the newest {keep} backups are kept (FAIRPLAN_BACKUP_KEEP), so about {keep} \
                 days when one is taken each night."
            ),
            None => write!(
                f,
                "People erased after this backup remain in it until the file is deleted: \
                 it is outside the rotation (FAIRPLAN_BACKUP_KEEP), so delete it yourself \
                 when it is no longer needed."
            ),
        }
    }
}

/// Backs up the database of `config` into `output`, or, without one, into a new file named by
/// the time in `FAIRPLAN_BACKUP_DIR`, keeping the newest `FAIRPLAN_BACKUP_KEEP` there.
pub async fn run(
    config: &Config,
    output: Option<PathBuf>,
    now_ms: i64,
) -> Result<BackupReport, UpkeepError> {
    let sqlite = crate::db::sqlite_file_path(&config.database_url).is_some();
    let (target, rotating) = match output {
        Some(path) => (path, false),
        None => {
            // pg_dump's custom format is no SQLite file: its name says so.
            let extension = if sqlite { "db" } else { "pgdump" };
            let stem = format!("fairplan-{}", file_stamp(now_ms));
            (free_name(&config.backup_dir, &stem, extension)?, true)
        }
    };
    let schema = match crate::db::sqlite_file_path(&config.database_url) {
        Some(file) => {
            let file = PathBuf::from(file);
            if !file.is_file() {
                return Err(UpkeepError::Missing(file));
            }
            // Beside serving instances; a restore waits until this backup is written.
            let _running = super::instance_lock::InstanceLock::running(&file)?;
            let db = crate::db::connect(&config.database_url, 1).await?;
            let copied = write_sqlite_copy(&db, &target).await;
            db.close().await?;
            copied?
        }
        None => {
            let partial = partial_path(&target)?;
            let dumped = super::pg_dump::dump(config, &partial).await;
            let published = dumped.and_then(|schema| publish(&partial, &target).map(|()| schema));
            let _ = std::fs::remove_file(&partial);
            published?
        }
    };
    let bytes = std::fs::metadata(&target)
        .map_err(UpkeepError::io(format!("reading {}", target.display())))?
        .len();
    let deleted = if rotating {
        prune(&config.backup_dir, config.backup_keep)?
    } else {
        Vec::new()
    };
    Ok(BackupReport {
        path: std::path::absolute(&target).unwrap_or(target),
        bytes,
        schema,
        deleted,
        kept_in_rotation: rotating.then_some(config.backup_keep),
    })
}

/// The backup taken on SQLite before pending migrations change the schema to `to`.
pub(super) async fn before_upgrade(
    db: &DatabaseConnection,
    config: &Config,
    to: &SchemaVersion,
    now_ms: i64,
) -> Result<PathBuf, UpkeepError> {
    let stem = format!("fairplan-{}-before-schema-{to}", file_stamp(now_ms));
    let target = free_name(&config.backup_dir, &stem, "db")?;
    write_sqlite_copy(db, &target).await?;
    prune(&config.backup_dir, config.backup_keep)?;
    Ok(target)
}

/// `folder/stem.extension`, or `stem-2.extension` and so on if taken; creates the folder
/// (owner only).
fn free_name(folder: &Path, stem: &str, extension: &str) -> Result<PathBuf, UpkeepError> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(folder)
        .map_err(UpkeepError::io(format!("creating {}", folder.display())))?;
    let mut candidate = folder.join(format!("{stem}.{extension}"));
    let mut n = 2;
    while candidate.exists() {
        candidate = folder.join(format!("{stem}-{n}.{extension}"));
        n += 1;
    }
    Ok(candidate)
}

/// Copies the live SQLite database behind `db` into `target`, checks the copy, and returns
/// its schema. The copy is written beside the target under a temporary name and linked into
/// place only when whole, so `target` is never half-written and never overwritten.
async fn write_sqlite_copy(
    db: &DatabaseConnection,
    target: &Path,
) -> Result<SchemaVersion, UpkeepError> {
    let partial = partial_path(target)?;
    let written = async {
        sqlite_file::copy_into(db, &partial).await?;
        let inspection = sqlite_file::inspect(&partial).await?;
        if let Some(problem) = inspection.integrity_problem {
            return Err(UpkeepError::CopyDamaged {
                path: target.to_owned(),
                problem,
            });
        }
        publish(&partial, target)?;
        Ok(inspection.schema.database_version())
    }
    .await;
    // Gone already when published; a failed copy leaves nothing behind.
    let _ = std::fs::remove_file(&partial);
    written
}

/// An empty file readable by its owner only, beside `target`, for the copy to go into.
pub(super) fn partial_path(target: &Path) -> Result<PathBuf, UpkeepError> {
    if target.exists() {
        return Err(UpkeepError::Exists(target.to_owned()));
    }
    let name = target
        .file_name()
        .ok_or_else(|| UpkeepError::Exists(target.to_owned()))?
        .to_string_lossy();
    // Unique to this process and call: two backups started in the same second (the timer
    // and a hand) never share or remove each other's copy in the making.
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let partial = target.with_file_name(format!(".{name}.{}-{call}.partial", std::process::id()));
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&partial)
        .map_err(UpkeepError::io(format!("creating {}", partial.display())))?;
    Ok(partial)
}

/// Flushes `partial` to disk and gives it the name `target`, failing if that exists.
fn publish(partial: &Path, target: &Path) -> Result<(), UpkeepError> {
    let file = std::fs::File::open(partial)
        .map_err(UpkeepError::io(format!("opening {}", partial.display())))?;
    file.sync_all()
        .map_err(UpkeepError::io(format!("flushing {}", partial.display())))?;
    // A hard link never replaces an existing file, unlike a rename.
    std::fs::hard_link(partial, target).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            UpkeepError::Exists(target.to_owned())
        } else {
            UpkeepError::Io {
                what: format!("writing {}", target.display()),
                source,
            }
        }
    })?;
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::File::open(folder).and_then(|dir| dir.sync_all());
    }
    Ok(())
}

/// Deletes all but the newest `keep` backups in `folder` (files named `fairplan-….db` or
/// `fairplan-….pgdump`, whose names sort by the time they were taken).
pub fn prune(folder: &Path, keep: usize) -> Result<Vec<PathBuf>, UpkeepError> {
    let entries = std::fs::read_dir(folder)
        .map_err(UpkeepError::io(format!("reading {}", folder.display())))?;
    let mut backups: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with("fairplan-") && (n.ends_with(".db") || n.ends_with(".pgdump"))
            })
        })
        .collect();
    // Newest first: by when written (two backups of one second differ there), then by name.
    let written = |path: &PathBuf| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    backups.sort_by(|a, b| (written(b), b.file_name()).cmp(&(written(a), a.file_name())));
    let old = backups.split_off(keep.min(backups.len()));
    for path in &old {
        std::fs::remove_file(path)
            .map_err(UpkeepError::io(format!("deleting {}", path.display())))?;
    }
    Ok(old)
}

/// `12.3 MB`, `512 bytes`.
fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} bytes");
    }
    let mut size = bytes as f64 / 1000.0;
    let mut unit = 0;
    while size >= 1000.0 && unit + 1 < UNITS.len() {
        size /= 1000.0;
        unit += 1;
    }
    format!("{size:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(12_345_678), "12.3 MB");
    }

    #[test]
    fn pruning_keeps_the_newest_backups_and_nothing_else_is_touched() {
        let folder = tempfile::tempdir().unwrap();
        for name in [
            "fairplan-20261201-020000.db",
            "fairplan-20261202-020000.db",
            "fairplan-20261203-010000-before-schema-22.db",
            "fairplan-20261203-020000.db",
            "notes.txt",
        ] {
            std::fs::write(folder.path().join(name), b"x").unwrap();
        }
        let deleted = prune(folder.path(), 2).unwrap();
        let names: Vec<String> = deleted
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            ["fairplan-20261202-020000.db", "fairplan-20261201-020000.db"]
        );
        assert!(folder.path().join("notes.txt").exists());
    }
}
