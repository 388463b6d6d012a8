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

#[tokio::test]
async fn upgrading_blanks_the_texts_of_mails_already_sent_and_keeps_those_still_due() {
    use fairplan::db::outbox::{self, NewMail};
    use fairplan::entities::outbox_message::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    let database = TestDatabase::create().await;
    let db = fairplan::db::connect(&database.url, 2).await.unwrap();
    // Every migration before the one that blanks the texts (later ones may follow it).
    let position = Migrator::migrations()
        .iter()
        .position(|m| m.name() == "m20261207_000019_outbox_forget_finished_texts")
        .unwrap();
    let before = u32::try_from(position).unwrap();
    Migrator::up(&db, Some(before)).await.unwrap();
    let mail = |to: &str| NewMail {
        kind: fairplan::domain::mail_kind::MailKind::ParticipantInvitation,
        to_address: to.to_owned(),
        to_name: String::new(),
        subject: "Book your place".to_owned(),
        text: "http://fairplan.test/p/a-working-link".to_owned(),
        html: "<a href=\"http://fairplan.test/p/a-working-link\">Book</a>".to_owned(),
        calendar: None,
        participant_id: None,
    };
    let sent = outbox::enqueue(&db, mail("sent@example.org"), "t", 1)
        .await
        .unwrap()
        .expect("a mail with an address is stored");
    let due = outbox::enqueue(&db, mail("due@example.org"), "t", 1)
        .await
        .unwrap()
        .expect("a mail with an address is stored");
    Entity::update_many()
        .col_expr(Column::Status, Expr::value("sent"))
        .filter(Column::Id.eq(sent))
        .exec(&db)
        .await
        .unwrap();

    Migrator::up(&db, None).await.unwrap();

    let sent = Entity::find_by_id(sent).one(&db).await.unwrap().unwrap();
    assert_eq!((sent.body_text.as_str(), sent.body_html.as_str()), ("", ""));
    assert_eq!(sent.subject, "Book your place");
    let due = Entity::find_by_id(due).one(&db).await.unwrap().unwrap();
    assert!(due.body_text.contains("a-working-link"), "still to be sent");
}

#[tokio::test]
async fn two_instances_migrating_an_empty_database_at_once_both_succeed() {
    // Each with its own pool, as two processes started together would have.
    let migrate = |url: String| async move {
        let config = crate::support::test_config(url.clone(), "smtp://127.0.0.1:1".to_owned());
        let db = fairplan::db::connect(&url, 4).await.unwrap();
        fairplan::upkeep::schema::migrate(&db, &config, 0).await
    };
    // A race is not lost every time: a few fresh databases make losing it likely.
    for round in 0..3 {
        // PostgreSQL's advisory lock, or on SQLite the migration lock file beside the database.
        let database = TestDatabase::create().await;
        let (first, second) = tokio::join!(
            tokio::spawn(migrate(database.url.clone())),
            tokio::spawn(migrate(database.url.clone()))
        );
        let (first, second) = (first.unwrap(), second.unwrap());
        assert!(
            first.is_ok() && second.is_ok(),
            "round {round}: {first:?} {second:?}"
        );
        let db = fairplan::db::connect(&database.url, 2).await.unwrap();
        assert!(
            Migrator::get_pending_migrations(&db)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            Migrator::get_applied_migrations(&db).await.unwrap().len(),
            Migrator::migrations().len(),
            "each applied once"
        );
    }
}

#[tokio::test]
async fn many_processes_opening_a_new_database_together_all_get_in() {
    // Every pool asks SQLite to switch the new file to WAL; only one can, and the others must
    // wait for it rather than fail (CI once lost this race while starting two instances).
    for round in 0..20 {
        let database = TestDatabase::create().await;
        let opens: Vec<_> = (0..8)
            .map(|_| {
                let url = database.url.clone();
                tokio::spawn(async move { fairplan::db::connect(&url, 2).await.map(|_| ()) })
            })
            .collect();
        for open in opens {
            let opened = open.await.unwrap();
            assert!(opened.is_ok(), "round {round}: {opened:?}");
        }
    }
}
