//! Restoring a backup with the real `fairplan` binary: refused while an instance serves the
//! database, refused for a damaged file or a newer schema (in one line naming both versions,
//! as `serve` does on such a database), and afterwards every personal link works again.

use crate::process::{fairplan, free_port, http_get, terminate, wait_until_serving};
use crate::support::TestApp;
use crate::support::team::participant_named;
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::entities::event;
use fairplan::services::{access_links, demo};
use fairplan::upkeep::backup;
use sea_orm::{ConnectionTrait, EntityTrait};
use std::process::Output;

/// The lines the command wrote about its failure (logs aside).
fn complaint(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|line| line.starts_with("fairplan:"))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn a_restore_waits_for_the_instance_to_stop_and_brings_back_every_link() {
    let app = TestApp::spawn().await;
    if !app.config.database_url.starts_with("sqlite") {
        return; // PostgreSQL is restored with pg_restore.
    }
    let url = app.config.database_url.clone();
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let person = participant_named(&app, "Amira Haddad", "amira@example.org").await;
    let token = access_links::issue(
        &app.db,
        LinkSubject::Participant(person.id),
        Some(event.id),
        now_ms(),
        event.ends_at,
    )
    .await
    .unwrap();
    let folder = tempfile::tempdir().unwrap();
    let saved = folder.path().join("before.db");
    backup::run(&app.config, Some(saved.clone()), now_ms())
        .await
        .unwrap();
    // After the backup, every link is lost (as after a mistaken bulk revoke).
    app.db
        .execute_unprepared("DELETE FROM access_link")
        .await
        .unwrap();
    app.db.clone().close().await.unwrap();

    let (mail, port) = (tempfile::tempdir().unwrap(), free_port());
    let mut server = fairplan(&url, port, mail.path())
        .arg("serve")
        .spawn()
        .unwrap();
    wait_until_serving(port, &mut server).await;
    let lost = http_get(port, &format!("/p/{token}")).await.unwrap();
    assert!(lost.starts_with("HTTP/1.1 404"), "{lost}");

    let refused = fairplan(&url, port, mail.path())
        .args(["restore", "--input"])
        .arg(&saved)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let said = complaint(&refused);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("stop it first") && said[0].contains(".lock"),
        "{said:?}"
    );
    terminate(&mut server);

    let restored = fairplan(&url, port, mail.path())
        .args(["restore", "--input"])
        .arg(&saved)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&restored.stdout);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    assert!(
        report.contains("Restored") && report.contains("kept at"),
        "{report}"
    );
    let file = fairplan::db::sqlite_file_path(&url).unwrap();
    let beside = std::path::Path::new(&file).parent().unwrap();
    let kept = std::fs::read_dir(beside)
        .unwrap()
        .filter(|entry| {
            entry
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".replaced-")
        })
        .count();
    assert_eq!(kept, 1, "the replaced database is kept beside it");

    let mut server = fairplan(&url, port, mail.path())
        .arg("serve")
        .spawn()
        .unwrap();
    wait_until_serving(port, &mut server).await;
    let back = http_get(port, &format!("/p/{token}")).await.unwrap();
    assert!(
        back.starts_with("HTTP/1.1 200"),
        "the link works again: {back}"
    );
    terminate(&mut server);
}

#[tokio::test]
async fn damaged_files_and_newer_schemas_are_refused_in_one_line() {
    let app = TestApp::spawn().await;
    if !app.config.database_url.starts_with("sqlite") {
        return;
    }
    let url = app.config.database_url.clone();
    let folder = tempfile::tempdir().unwrap();
    let mail = tempfile::tempdir().unwrap();

    let damaged = folder.path().join("damaged.db");
    std::fs::write(&damaged, vec![0x42; 8192]).unwrap();
    let refused = fairplan(&url, 0, mail.path())
        .args(["restore", "--input"])
        .arg(&damaged)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let said = complaint(&refused);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("cannot open") && said[0].contains("not a database"),
        "{said:?}"
    );

    // A real SQLite file that opens but fails SQLite's integrity check: an index whose stored
    // definition no longer matches its entries.
    let broken = folder.path().join("broken.db");
    backup::run(&app.config, Some(broken.clone()), now_ms())
        .await
        .unwrap();
    let file = sea_orm::Database::connect(format!("sqlite://{}?mode=rw", broken.display()))
        .await
        .unwrap();
    file.execute_unprepared(
        "CREATE TABLE scratch (a INTEGER, b INTEGER); \
         INSERT INTO scratch VALUES (1, 2), (3, 4); \
         CREATE INDEX scratch_a ON scratch (a); \
         PRAGMA writable_schema = ON; \
         UPDATE sqlite_master SET sql = 'CREATE INDEX scratch_a ON scratch (b)' \
         WHERE name = 'scratch_a';",
    )
    .await
    .unwrap();
    file.close().await.unwrap();
    let refused = fairplan(&url, 0, mail.path())
        .args(["restore", "--input"])
        .arg(&broken)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let said = complaint(&refused);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("integrity") && said[0].contains("scratch_a"),
        "{said:?}"
    );

    // A database a newer Fairplan migrated: one migration this binary does not know.
    let binary = fairplan::db::schema_version::binary_version();
    app.db
        .execute_unprepared(
            "INSERT INTO seaql_migrations (version, applied_at) \
             VALUES ('m20991231_000099_from_a_newer_fairplan', 0)",
        )
        .await
        .unwrap();
    let newer = folder.path().join("newer.db");
    backup::run(&app.config, Some(newer.clone()), now_ms())
        .await
        .unwrap();
    let versions = format!("version 99, newer than this fairplan's version {binary}");

    let serve = fairplan(&url, free_port(), mail.path())
        .arg("serve")
        .output()
        .unwrap();
    assert!(!serve.status.success());
    let said = complaint(&serve);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains(&versions), "{said:?}");

    let other = folder.path().join("other.db");
    let other_url = format!("sqlite://{}?mode=rwc", other.display());
    let restore = fairplan(&other_url, 0, mail.path())
        .args(["restore", "--input"])
        .arg(&newer)
        .output()
        .unwrap();
    assert!(!restore.status.success());
    let said = complaint(&restore);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains(&versions), "{said:?}");
    assert!(!other.exists(), "nothing was restored");

    let status = fairplan(&url, 0, mail.path())
        .args(["migrate", "status"])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&status.stdout);
    assert!(
        listed.contains("m20991231_000099_from_a_newer_fairplan\tApplied by a newer fairplan"),
        "{listed}"
    );
}

#[tokio::test]
async fn serve_and_worker_refuse_a_database_a_newer_fairplan_migrated() {
    let app = TestApp::spawn().await;
    let mail = tempfile::tempdir().unwrap();
    app.db
        .execute_unprepared(
            "INSERT INTO seaql_migrations (version, applied_at) \
             VALUES ('m20991231_000099_from_a_newer_fairplan', 0)",
        )
        .await
        .unwrap();
    let binary = fairplan::db::schema_version::binary_version();
    let versions = format!("version 99, newer than this fairplan's version {binary}");
    for command in ["serve", "worker", "migrate up"] {
        let output = fairplan(&app.config.database_url, free_port(), mail.path())
            .args(command.split(' '))
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(3),
            "{command}: systemd must not restart it"
        );
        let said = complaint(&output);
        assert_eq!(said.len(), 1, "{command}: {said:?}");
        assert!(said[0].contains(&versions), "{command}: {said:?}");
    }
}
