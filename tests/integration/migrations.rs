//! The schema applies from zero and rolls back cleanly on both databases.

use crate::support::database::TestDatabase;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Statement};

async fn table_exists(db: &sea_orm::DatabaseConnection, table: &str) -> bool {
    let sql = format!("SELECT COUNT(*) FROM {table}");
    db.query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .is_ok()
}

#[tokio::test]
async fn migrations_apply_from_zero_and_down_then_up_round_trips() {
    let database = TestDatabase::create().await;
    let db = fairplan::db::connect(&database.url, 2).await.unwrap();
    assert!(!table_exists(&db, "outbox_message").await);

    Migrator::up(&db, None).await.unwrap();
    for table in [
        "programme",
        "coordinator",
        "event",
        "session",
        "slot",
        "booking",
        "participant_sensitive",
        "access_link",
        "outbox_message",
        "audit_log",
        "allocation_run",
        "job_run",
    ] {
        assert!(table_exists(&db, table).await, "{table} after up");
    }
    assert!(
        Migrator::get_pending_migrations(&db)
            .await
            .unwrap()
            .is_empty()
    );

    Migrator::down(&db, None).await.unwrap();
    assert!(!table_exists(&db, "outbox_message").await);
    assert!(!table_exists(&db, "event").await);

    Migrator::up(&db, None).await.unwrap();
    assert!(table_exists(&db, "booking").await);
    assert_eq!(
        Migrator::get_applied_migrations(&db).await.unwrap().len(),
        Migrator::migrations().len()
    );
}
