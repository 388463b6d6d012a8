//! A fresh database for one benchmark run: a PostgreSQL database of its own when
//! `FAIRPLAN_BENCH_POSTGRES_URL` names the server, else a SQLite file in a temporary folder
//! (kept alive by the returned guard).

use sea_orm::{ConnectionTrait, Database};

/// The URL of a fresh database named after `label`, and the folder guard for SQLite.
pub async fn database(label: &str) -> (String, Option<tempfile::TempDir>) {
    match std::env::var("FAIRPLAN_BENCH_POSTGRES_URL") {
        Ok(admin) => {
            let name = format!("fairplan_bench_{label}");
            let db = Database::connect(&admin).await.unwrap();
            db.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await
                .unwrap();
            db.execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .unwrap();
            // Keep the server and any options after `?` (such as `sslmode`); swap the database.
            let (address, options) = admin.split_once('?').unwrap_or((&admin, ""));
            let base = address.rsplit_once('/').unwrap().0;
            let options = if options.is_empty() {
                String::new()
            } else {
                format!("?{options}")
            };
            (format!("{base}/{name}{options}"), None)
        }
        Err(_) => {
            let dir = tempfile::tempdir().unwrap();
            (
                format!("sqlite://{}/bench.db?mode=rwc", dir.path().display()),
                Some(dir),
            )
        }
    }
}
