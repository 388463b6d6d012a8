//! Every row of a table as text, read through the catalogue, so the same comparison works for
//! any table on SQLite and PostgreSQL: UUIDs as 32 lower-case hex digits, booleans as
//! `true`/`false`, numbers and texts as themselves, NULL as `None`.

use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement};
use std::collections::BTreeMap;

/// One row: column → value.
pub type Row = BTreeMap<String, Option<String>>;

/// A table's rows by primary key.
pub type Table = BTreeMap<Vec<Option<String>>, Row>;

/// Every table but `seaql_migrations`, by name.
pub type Snapshot = BTreeMap<String, Table>;

/// The first column of every row `sql` returns, as text.
async fn texts(db: &DatabaseConnection, sql: String) -> Vec<String> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get_by_index::<String>(0).unwrap())
        .collect()
}

/// The names of the tables, sorted.
pub async fn tables(db: &DatabaseConnection) -> Vec<String> {
    let sql = match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name <> 'seaql_migrations' ORDER BY name"
        }
        _ => {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
             AND table_name <> 'seaql_migrations' ORDER BY 1"
        }
    };
    texts(db, sql.to_owned()).await
}

/// `table`'s columns with their declared types, in order, and its primary key's columns.
async fn columns(db: &DatabaseConnection, table: &str) -> (Vec<(String, String)>, Vec<String>) {
    let backend = db.get_database_backend();
    let (list, key) = match backend {
        DatabaseBackend::Sqlite => (
            format!("SELECT name, type FROM pragma_table_info('{table}') ORDER BY cid"),
            format!("SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk"),
        ),
        _ => (
            format!(
                "SELECT CAST(column_name AS TEXT), CAST(data_type AS TEXT) \
                 FROM information_schema.columns WHERE table_schema = current_schema() \
                 AND table_name = '{table}' ORDER BY ordinal_position"
            ),
            format!(
                "SELECT CAST(k.column_name AS TEXT) FROM information_schema.table_constraints c \
                 JOIN information_schema.key_column_usage k \
                 ON k.constraint_schema = c.constraint_schema \
                 AND k.constraint_name = c.constraint_name \
                 WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema() \
                 AND c.table_name = '{table}' ORDER BY k.ordinal_position"
            ),
        ),
    };
    let columns = db
        .query_all_raw(Statement::from_string(backend, list))
        .await
        .unwrap()
        .into_iter()
        .map(|row| {
            let name: String = row.try_get_by_index(0).unwrap();
            let kind: String = row.try_get_by_index(1).unwrap();
            (name, kind.to_lowercase())
        })
        .collect();
    (columns, texts(db, key).await)
}

/// A column rendered as text the same way on both backends.
fn as_text(backend: DatabaseBackend, column: &str, kind: &str) -> String {
    let c = format!("\"{column}\"");
    match (backend, kind) {
        // sqlx keeps a UUID in SQLite as 16 bytes (hex(NULL) would be '', not NULL).
        (DatabaseBackend::Sqlite, "blob") => {
            format!("CASE WHEN {c} IS NULL THEN NULL ELSE lower(hex({c})) END")
        }
        (DatabaseBackend::Sqlite, "boolean") => {
            format!("CASE WHEN {c} IS NULL THEN NULL WHEN {c} THEN 'true' ELSE 'false' END")
        }
        (DatabaseBackend::Postgres, "uuid") => format!("replace(CAST({c} AS TEXT), '-', '')"),
        _ => format!("CAST({c} AS TEXT)"),
    }
}

/// Every row of `table`, keyed by its primary key.
pub async fn table(db: &DatabaseConnection, table: &str) -> Table {
    let backend = db.get_database_backend();
    let (columns, key) = columns(db, table).await;
    assert!(!columns.is_empty(), "{table} has no columns");
    let select: Vec<String> = columns
        .iter()
        .map(|(name, kind)| as_text(backend, name, kind))
        .collect();
    let sql = format!("SELECT {} FROM \"{table}\"", select.join(", "));
    let mut rows = Table::new();
    for result in db
        .query_all_raw(Statement::from_string(backend, sql))
        .await
        .unwrap()
    {
        let row: Row = columns
            .iter()
            .enumerate()
            .map(|(i, (name, _))| (name.clone(), result.try_get_by_index(i).unwrap()))
            .collect();
        // A table without a primary key is keyed by all of its columns.
        let key: Vec<Option<String>> = if key.is_empty() {
            row.values().cloned().collect()
        } else {
            key.iter().map(|column| row[column].clone()).collect()
        };
        assert!(rows.insert(key, row).is_none(), "{table}: a key twice");
    }
    rows
}

/// Every table.
pub async fn all(db: &DatabaseConnection) -> Snapshot {
    let mut snapshot = Snapshot::new();
    for name in tables(db).await {
        let rows = table(db, &name).await;
        snapshot.insert(name, rows);
    }
    snapshot
}
