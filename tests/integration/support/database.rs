//! A fresh database per test: a SQLite file in a temporary folder, or, when
//! `FAIRPLAN_TEST_POSTGRES_URL` is set, a new PostgreSQL database dropped when the test ends.

use sea_orm::{ConnectionTrait, Database};

/// A database that exists for one test.
pub struct TestDatabase {
    /// Its connection URL.
    pub url: String,
    /// PostgreSQL: (admin URL, database name), dropped on drop.
    postgres: Option<(String, String)>,
    /// SQLite: the folder holding the file.
    _folder: Option<tempfile::TempDir>,
}

impl TestDatabase {
    /// Creates an empty database on the backend under test.
    pub async fn create() -> Self {
        match std::env::var("FAIRPLAN_TEST_POSTGRES_URL") {
            Ok(admin_url) if !admin_url.is_empty() => Self::create_postgres(admin_url).await,
            _ => Self::create_sqlite(),
        }
    }

    fn create_sqlite() -> Self {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let url = format!("sqlite://{}/fairplan.db?mode=rwc", folder.path().display());
        Self {
            url,
            postgres: None,
            _folder: Some(folder),
        }
    }

    async fn create_postgres(admin_url: String) -> Self {
        let name = format!("fairplan_t_{}", uuid::Uuid::new_v4().simple());
        let admin = Database::connect(&admin_url).await.unwrap_or_else(|e| {
            panic!("FAIRPLAN_TEST_POSTGRES_URL is set but PostgreSQL cannot be reached: {e}")
        });
        admin
            .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
            .await
            .expect("create a test database");
        admin.close().await.ok();
        let url = with_database(&admin_url, &name);
        Self {
            url,
            postgres: Some((admin_url, name)),
            _folder: None,
        }
    }
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{host_part}/{name}?{query}"),
        None => format!("{host_part}/{name}"),
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some((admin_url, name)) = self.postgres.take() else {
            return;
        };
        // Drop runs outside async code; a short-lived runtime on its own thread removes the database.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async {
                if let Ok(admin) = Database::connect(&admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                        ))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

#[test]
fn database_names_are_replaced_in_urls() {
    assert_eq!(
        with_database("postgres://u@h:5432/postgres", "x"),
        "postgres://u@h:5432/x"
    );
    assert_eq!(
        with_database("postgres://u@h/postgres?sslmode=disable", "x"),
        "postgres://u@h/x?sslmode=disable"
    );
    assert_eq!(with_database("postgres://u@h", "x"), "postgres://u@h/x");
}
