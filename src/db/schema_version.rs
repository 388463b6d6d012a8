//! Which schema a database holds, compared with the one this binary knows: read from the
//! migrations table directly, so a database migrated by a newer Fairplan is named as such
//! (the ORM's own check only says that some migration file is missing).

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};
use std::fmt;

/// A schema version: the number of the newest migration applied (`m20261207_000021_…` is 21),
/// with the migration's full name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaVersion {
    /// The migration's sequence number.
    pub number: u32,
    /// The migration's name, as in the migrations table.
    pub name: String,
}

impl SchemaVersion {
    /// The version a migration name stands for; names that do not follow the pattern count 0.
    pub fn of(name: &str) -> Self {
        let number = name
            .split('_')
            .nth(1)
            .and_then(|digits| digits.parse().ok())
            .unwrap_or(0);
        Self {
            number,
            name: name.to_owned(),
        }
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number)
    }
}

/// Where a database stands against this binary's migrations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaState {
    /// No migration applied yet (a new database).
    Empty,
    /// Every migration this binary knows is applied, and no other.
    Current(SchemaVersion),
    /// Older: these migrations of this binary are still to apply.
    Behind {
        /// The newest migration applied.
        database: SchemaVersion,
        /// Names of the migrations still to apply, oldest first.
        pending: Vec<String>,
    },
    /// Migrated by a newer Fairplan: it holds migrations this binary does not know.
    Newer {
        /// The newest migration applied.
        database: SchemaVersion,
        /// The newest migration this binary knows.
        binary: SchemaVersion,
    },
}

impl SchemaState {
    /// The newest migration the database holds (version 0 for an empty one), whatever this
    /// binary thinks of it.
    pub fn database_version(self) -> SchemaVersion {
        match self {
            Self::Current(version)
            | Self::Behind {
                database: version, ..
            }
            | Self::Newer {
                database: version, ..
            } => version,
            Self::Empty => SchemaVersion::of(""),
        }
    }
}

/// The names of the migrations this binary knows, oldest first.
pub fn known_migrations() -> Vec<String> {
    Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect()
}

/// The newest schema this binary can create.
pub fn binary_version() -> SchemaVersion {
    newest(&known_migrations()).unwrap_or_else(|| SchemaVersion::of(""))
}

/// Compares the migrations applied to `db` with those this binary knows.
pub async fn state(db: &impl ConnectionTrait) -> Result<SchemaState, DbErr> {
    let applied = applied_migrations(db).await?;
    Ok(compare(&applied, &known_migrations()))
}

/// The pure comparison behind [`state`].
pub fn compare(applied: &[String], known: &[String]) -> SchemaState {
    let Some(database) = newest(applied) else {
        return SchemaState::Empty;
    };
    if applied.iter().any(|name| !known.contains(name)) {
        return SchemaState::Newer {
            database,
            binary: newest(known).unwrap_or_else(|| SchemaVersion::of("")),
        };
    }
    let pending: Vec<String> = known
        .iter()
        .filter(|name| !applied.contains(name))
        .cloned()
        .collect();
    if pending.is_empty() {
        SchemaState::Current(database)
    } else {
        SchemaState::Behind { database, pending }
    }
}

/// Migration names sort by their date and sequence number, so the greatest is the newest.
fn newest(names: &[String]) -> Option<SchemaVersion> {
    names.iter().max().map(|name| SchemaVersion::of(name))
}

/// The names in the migrations table, or none when the table does not exist yet.
pub async fn applied_migrations(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let backend = db.get_database_backend();
    let exists_sql = match backend {
        DbBackend::Postgres => "SELECT to_regclass('seaql_migrations') IS NOT NULL AS present",
        _ => {
            "SELECT COUNT(*) > 0 AS present FROM sqlite_master \
             WHERE type = 'table' AND name = 'seaql_migrations'"
        }
    };
    let present = db
        .query_one_raw(Statement::from_string(backend, exists_sql))
        .await?
        .map(|row| row.try_get::<bool>("", "present"))
        .transpose()?
        .unwrap_or(false);
    if !present {
        return Ok(Vec::new());
    }
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT version FROM seaql_migrations ORDER BY version",
        ))
        .await?;
    rows.iter()
        .map(|row| row.try_get::<String>("", "version"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn versions_are_the_sequence_numbers_of_migrations() {
        assert_eq!(
            SchemaVersion::of("m20261207_000021_participant_phone").number,
            21
        );
        assert_eq!(SchemaVersion::of("odd").number, 0);
    }

    #[test]
    fn a_database_is_empty_current_behind_or_newer() {
        let known = names(&["m1_000001_a", "m1_000002_b"]);
        assert_eq!(compare(&[], &known), SchemaState::Empty);
        assert!(matches!(compare(&known, &known), SchemaState::Current(v) if v.number == 2));
        assert!(matches!(
            compare(&names(&["m1_000001_a"]), &known),
            SchemaState::Behind { database, pending }
                if database.number == 1 && pending == names(&["m1_000002_b"])
        ));
        assert!(matches!(
            compare(&names(&["m1_000001_a", "m1_000002_b", "m2_000003_c"]), &known),
            SchemaState::Newer { database, binary } if database.number == 3 && binary.number == 2
        ));
    }

    #[test]
    fn this_binary_knows_its_newest_migration() {
        assert!(binary_version().number >= 21);
    }
}
