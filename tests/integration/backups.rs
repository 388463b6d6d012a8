//! Online backups: a SQLite backup taken in the middle of a booking storm holds each booking
//! whole or not at all and agrees with itself; an upgrade on SQLite backs up first; PostgreSQL
//! is dumped with pg_dump, or the operator is told to use it.

use crate::process::fairplan;
use crate::support::TestApp;
use crate::support::database::TestDatabase;
use crate::support::seats::first_come_tables;
use crate::support::team::participant_named;
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::db::schema_version::SchemaState;
use fairplan::db::sqlite_file;
use fairplan::domain::mail_kind::MailKind;
use fairplan::entities::{audit_log, booking, event, outbox_message, slot};
use fairplan::services::{access_links, demo, participant_bookings};
use fairplan::upkeep::{backup, schema};
use migration::{Migrator, MigratorTrait};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::os::unix::fs::PermissionsExt;
use std::sync::Arc;
use uuid::Uuid;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// What one copy of the database says about the racers' bookings: every seat count matches
/// the bookings holding it and stays within capacity, and each booking has its mail and its
/// audit entry. Returns the number of bookings.
async fn agrees_with_itself(db: &DatabaseConnection, racers: &[Uuid], tables: &[Uuid]) -> usize {
    let bookings = booking::Entity::find()
        .filter(booking::Column::ParticipantId.is_in(racers.to_vec()))
        .filter(booking::Column::Status.eq("confirmed"))
        .all(db)
        .await
        .unwrap();
    for table in tables {
        let seat = slot::Entity::find_by_id(*table)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let holders = bookings
            .iter()
            .filter(|b| b.slot_id == Some(*table))
            .count();
        assert_eq!(
            usize::try_from(seat.booked).unwrap(),
            holders,
            "seat count of {table}"
        );
        assert!(seat.booked <= seat.capacity);
    }
    let mails = outbox_message::Entity::find()
        .filter(outbox_message::Column::Kind.eq(MailKind::BookingConfirmed))
        .filter(outbox_message::Column::ParticipantId.is_in(racers.to_vec()))
        .all(db)
        .await
        .unwrap();
    assert_eq!(mails.len(), bookings.len(), "one confirmation per booking");
    let logged = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("booking.booked"))
        .filter(audit_log::Column::ActorId.is_in(racers.to_vec()))
        .all(db)
        .await
        .unwrap();
    assert_eq!(logged.len(), bookings.len(), "one audit entry per booking");
    bookings.len()
}

#[tokio::test]
async fn a_backup_taken_in_a_booking_storm_holds_each_booking_whole() {
    let app = TestApp::spawn().await;
    if !app.config.database_url.starts_with("sqlite") {
        return; // SQLite's own copy; PostgreSQL is pg_dump's (below).
    }
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let tables = first_come_tables(&app.db, &event, "Job-fair tables", (4, 10)).await;
    let mut racers = Vec::new();
    let mut tokens = Vec::new();
    for n in 0..60 {
        let person =
            participant_named(&app, &format!("Racer {n}"), &format!("r{n}@example.org")).await;
        let token = access_links::issue(
            &app.db,
            LinkSubject::Participant(person.id),
            Some(event.id),
            now_ms(),
            event.ends_at,
        )
        .await
        .unwrap();
        racers.push(person.id);
        tokens.push(token);
    }

    // The first wave books 20 places before any backup: one backup then holds exactly those.
    let config = Arc::new(app.config.clone());
    let book_all = |tokens: Vec<String>, spread: bool| {
        let (db, config, tables) = (app.db.clone(), Arc::clone(&config), tables.clone());
        tokio::spawn(async move {
            let mut bookings = Vec::new();
            for (n, token) in tokens.into_iter().enumerate() {
                let (db, config, table) = (db.clone(), Arc::clone(&config), tables[n % 4]);
                bookings.push(tokio::spawn(async move {
                    participant_bookings::book(&db, &config, &token, table, now_ms()).await
                }));
                if spread {
                    // Spread over a while, so that backups land between bookings.
                    tokio::time::sleep(std::time::Duration::from_millis(2)).await;
                }
            }
            for booking in bookings {
                let _ = booking.await.unwrap();
            }
        })
    };
    let second_wave = tokens.split_off(20);
    book_all(tokens, false).await.unwrap();
    let folder = tempfile::tempdir().unwrap();
    let between = folder.path().join("between-waves.db");
    backup::run(&app.config, Some(between.clone()), now_ms())
        .await
        .unwrap();

    // The second wave (40 people for the 20 places left) races the backups.
    let storm = book_all(second_wave, true);
    let mut copies = vec![between.clone()];
    while !storm.is_finished() || copies.len() < 3 {
        let path = folder.path().join(format!("storm-{}.db", copies.len()));
        let report = backup::run(&app.config, Some(path.clone()), now_ms())
            .await
            .unwrap();
        assert_eq!(report.path, std::path::absolute(&path).unwrap());
        assert!(report.bytes > 0);
        copies.push(path);
    }
    storm.await.unwrap();

    let live = agrees_with_itself(&app.db, &racers, &tables).await;
    assert_eq!(live, 40, "four tables of ten filled");
    for copy in &copies {
        assert_eq!(mode(copy), 0o600, "a backup is its owner's alone");
        let inspection = sqlite_file::inspect(copy).await.unwrap();
        assert_eq!(inspection.integrity_problem, None);
        assert!(matches!(inspection.schema, SchemaState::Current(_)));
        let db = sqlite_file::open_read_only(copy).await.unwrap();
        let held = agrees_with_itself(&db, &racers, &tables).await;
        if copy == &between {
            assert_eq!(
                held, 20,
                "the backup between the waves holds the first wave"
            );
        }
        assert!((20..=live).contains(&held), "{held} of {live}");
        db.close().await.unwrap();
    }
}

#[tokio::test]
async fn a_backup_never_overwrites_a_file() {
    let app = TestApp::spawn().await;
    if !app.config.database_url.starts_with("sqlite") {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let taken = folder.path().join("taken.db");
    std::fs::write(&taken, b"someone else's file").unwrap();
    let refused = backup::run(&app.config, Some(taken.clone()), now_ms())
        .await
        .unwrap_err();
    assert!(refused.to_string().contains("already exists"), "{refused}");
    assert_eq!(std::fs::read(&taken).unwrap(), b"someone else's file");
}

#[tokio::test]
async fn backups_into_the_folder_keep_the_newest_few() {
    let app = TestApp::spawn_with(|config| config.backup_keep = 2).await;
    if !app.config.database_url.starts_with("sqlite") {
        return;
    }
    let day = 86_400_000;
    let start = now_ms();
    let mut reports = Vec::new();
    for n in 0..4 {
        reports.push(
            backup::run(&app.config, None, start + n * day)
                .await
                .unwrap(),
        );
    }
    assert_eq!(reports[3].deleted.len(), 1, "{}", reports[3]);
    let left: Vec<_> = std::fs::read_dir(&app.config.backup_dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(left.len(), 2);
    assert!(left.contains(&reports[3].path) && left.contains(&reports[2].path));
    let said = reports[3].to_string();
    assert!(
        said.contains("erased") && said.contains("the newest 2 backups are kept"),
        "the report says how long erased people stay: {said}"
    );
    let own = backup::run(
        &app.config,
        Some(app.config.backup_dir.join("own.db")),
        start,
    )
    .await
    .unwrap()
    .to_string();
    assert!(own.contains("outside the rotation"), "{own}");
}

#[tokio::test]
async fn an_upgrade_on_sqlite_is_backed_up_before_the_schema_changes() {
    let database = TestDatabase::create().await;
    if !database.url.starts_with("sqlite") {
        return; // PostgreSQL is backed up by its operator's pg_dump.
    }
    let config = crate::support::test_config(database.url.clone(), "smtp://127.0.0.1:1".into());
    let db = fairplan::db::connect(&database.url, 2).await.unwrap();
    let all = u32::try_from(Migrator::migrations().len()).unwrap();
    Migrator::up(&db, Some(all - 1)).await.unwrap();

    let outcome = schema::migrate(&db, &config, now_ms()).await.unwrap();
    let schema::Migrated::Upgraded {
        backup: Some(taken),
    } = outcome
    else {
        panic!("expected an upgrade with a backup, got {outcome:?}");
    };
    assert_eq!(mode(&taken), 0o600);
    let inspection = sqlite_file::inspect(&taken).await.unwrap();
    assert!(
        matches!(&inspection.schema, SchemaState::Behind { pending, .. } if pending.len() == 1),
        "the backup holds the schema before the upgrade: {:?}",
        inspection.schema
    );
    assert_eq!(
        schema::migrate(&db, &config, now_ms()).await.unwrap(),
        schema::Migrated::AlreadyCurrent
    );
}

#[tokio::test]
async fn postgres_is_dumped_with_pg_dump_or_the_operator_is_told_to_use_it() {
    let app = TestApp::spawn().await;
    if app.config.database_url.starts_with("sqlite") {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let mail = tempfile::tempdir().unwrap();
    let output = folder.path().join("fairplan.pgdump");
    let dumped = fairplan(&app.config.database_url, 0, mail.path())
        .args(["backup", "--output"])
        .arg(&output)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&dumped.stdout);
    assert!(
        dumped.status.success(),
        "{}",
        String::from_utf8_lossy(&dumped.stderr)
    );
    assert!(
        said.contains("Backup written to") && said.contains("schema version"),
        "{said}"
    );
    assert_eq!(mode(&output), 0o600);
    assert!(std::fs::read(&output).unwrap().starts_with(b"PGDMP"));

    let without = fairplan(&app.config.database_url, 0, mail.path())
        .args(["backup", "--output"])
        .arg(folder.path().join("other.pgdump"))
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert!(!without.status.success());
    let complaint = String::from_utf8_lossy(&without.stderr);
    assert_eq!(complaint.trim().lines().count(), 1, "{complaint}");
    assert!(complaint.contains("pg_dump"), "{complaint}");
}
