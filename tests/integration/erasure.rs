//! A participant downloads their data and erases it from their page (a coordinator can too):
//! afterwards their name and e-mail address are nowhere in the database, on SQLite or
//! PostgreSQL, while the bookings still count and their places went back.

use crate::support::demo::{book, demo_person, demo_session, first_slot};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::db::outbox;
use fairplan::entities::{booking, event, participant_sensitive, slot};
use fairplan::services::access_links;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, Statement};

/// Every text value of every table, as (table, column, value).
async fn every_text(app: &TestApp) -> Vec<(String, String, String)> {
    let backend = app.db.get_database_backend();
    let list = match backend {
        sea_orm::DatabaseBackend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        }
        _ => {
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
        }
    };
    let tables: Vec<String> = app
        .db
        .query_all_raw(Statement::from_string(backend, list))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get::<String>("", "name").unwrap())
        .collect();
    let mut found = Vec::new();
    for table in tables {
        let rows = app
            .db
            .query_all_raw(Statement::from_string(
                backend,
                format!("SELECT * FROM {table}"),
            ))
            .await
            .unwrap();
        for row in rows {
            for (i, column) in row.column_names().into_iter().enumerate() {
                if let Ok(Some(text)) = row.try_get_by_index::<Option<String>>(i) {
                    found.push((table.clone(), column, text));
                }
            }
        }
    }
    found
}

#[tokio::test]
async fn a_participant_takes_their_data_and_erases_it_without_a_trace() {
    let mut app = TestApp::spawn().await;
    let (_, session) = demo_session(&mut app, "mock_interview").await;
    let person = demo_person(&app, 1).await;
    let slot = first_slot(&app, session.id).await;
    book(&app, person.id, slot.id).await;
    participant_sensitive::Entity::insert(participant_sensitive::ActiveModel {
        participant_id: Set(person.id),
        residence_status: Set(Some("Aufenthaltsgestattung".to_owned())),
        work_permit: Set(Some("with approval".to_owned())),
        notes: Set(None),
        delete_after: Set(None),
        updated_at: Set(now_ms()),
    })
    .exec_without_returning(&app.db)
    .await
    .unwrap();
    // A mail to someone else that names them (a coordinator's notice, say), with the name in
    // the forms a mail holds it.
    outbox::enqueue(
        &app.db,
        outbox::NewMail {
            kind: fairplan::domain::mail_kind::MailKind::DeliveryFailed,
            to_address: "cora@programme.example".to_owned(),
            to_name: "Cora".to_owned(),
            subject: format!("A mail to {} could not be delivered", person.name),
            text: format!(
                "{} <{}> did not get their mail.",
                person.name,
                person.mail_address()
            ),
            html: format!(
                "<p><bdi>{}</bdi> ({})</p>",
                person.name,
                person.mail_address()
            ),
            calendar: None,
            participant_id: None,
        },
        "test",
        now_ms(),
    )
    .await
    .unwrap();
    app.drain_outbox().await;
    let event = event::Entity::find_by_id(session.event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let link = access_links::participant_link(&app.db, &app.config, person.id, &event, now_ms())
        .await
        .unwrap();
    let path = link.replace(&app.config.base_url, "");
    let before = every_text(&app).await;
    assert!(
        before.iter().any(|(_, _, v)| v.contains(&person.name)),
        "the test would see it"
    );

    // Their copy first: a download that changes nothing.
    app.forget_cookies();
    let copy = app.get(&format!("{path}/my-data.json")).await;
    assert_eq!(copy.status, StatusCode::OK);
    assert!(copy.header("content-disposition").contains("my-data.json"));
    let data: serde_json::Value = serde_json::from_str(&copy.body).unwrap();
    assert_eq!(data["person"]["email"], person.mail_address());
    assert_eq!(
        data["sensitive"]["residence_status"],
        "Aufenthaltsgestattung"
    );
    assert_eq!(data["bookings"][0]["status"], "confirmed");
    assert!(
        data["mails"].as_array().unwrap().len() >= 2,
        "invitation and booking"
    );

    let ask = app.get(&format!("{path}/erase")).await;
    assert_eq!(ask.status, StatusCode::OK);
    assert!(ask.body.contains("This cannot be undone."));
    assert!(
        ask.body.contains(&format!(
            "the programme keeps its last {} nightly backups",
            app.config.backup_keep
        )),
        "the page says how long backups keep an erased person"
    );
    assert_eq!(
        slot::Entity::find_by_id(slot.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .booked,
        1
    );
    let csrf = hidden_field(&ask.body, "csrf").unwrap();
    let done = app
        .post_form(&format!("{path}/erase"), &[("csrf", &csrf)])
        .await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.body.contains("Your data is erased"));

    let after = every_text(&app).await;
    let traces: Vec<_> = after
        .iter()
        .filter(|(_, _, v)| v.contains(&person.name) || v.contains(person.mail_address()))
        .collect();
    assert!(traces.is_empty(), "traces left: {traces:?}");
    assert!(
        !after
            .iter()
            .any(|(_, _, v)| v.contains("Aufenthaltsgestattung"))
    );
    // The booking still counts, cancelled, and its place went back.
    let kept = booking::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].status.as_str(), "cancelled");
    assert_eq!(
        slot::Entity::find_by_id(slot.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .booked,
        0
    );
    // The link is gone with them.
    assert_ne!(app.get(&path).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_coordinator_erases_a_person_and_the_audit_log_says_who() {
    let mut app = TestApp::spawn().await;
    let (csrf, session) = demo_session(&mut app, "mock_interview").await;
    let person = demo_person(&app, 2).await;
    let erase = format!(
        "/coordinator/events/{}/participants/{}/erase",
        session.event_id, person.id
    );
    let list = app
        .get(&format!(
            "/coordinator/events/{}/participants",
            session.event_id
        ))
        .await;
    assert!(!list.body.contains(&erase), "no erase button on the list");
    let own_page = app
        .get(&format!(
            "/coordinator/events/{}/participants/{}",
            session.event_id, person.id
        ))
        .await;
    assert!(
        own_page.body.contains(&erase),
        "erase is on the person's page"
    );
    let unconfirmed = app.post_form(&erase, &[("csrf", &csrf)]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unconfirmed.body.contains("tick the box"),
        "{}",
        unconfirmed.body
    );
    assert!(
        unconfirmed
            .body
            .contains(r#"<details class="danger" id="erase" open>"#)
            && unconfirmed
                .body
                .contains(r#"aria-describedby="erase-confirm-error""#),
        "the person's page again, the box marked"
    );
    assert!(
        !every_text(&app)
            .await
            .into_iter()
            .all(|(_, _, v)| !v.contains(&person.name)),
        "nothing is erased without the confirmation"
    );
    let done = app
        .post_form(&erase, &[("csrf", &csrf), ("confirm", "yes")])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(done.header("location").contains("link=erased"));
    let traces: Vec<_> = every_text(&app)
        .await
        .into_iter()
        .filter(|(_, _, v)| v.contains(&person.name) || v.contains(person.mail_address()))
        .collect();
    assert!(traces.is_empty(), "traces left: {traces:?}");
    let entry = fairplan::entities::audit_log::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.action == "participant.erased")
        .unwrap();
    assert_eq!(
        (entry.actor_kind.as_str(), entry.subject_id),
        ("coordinator", Some(person.id))
    );
    // Erased, they are a count on the list and nobody to book.
    let list = app
        .get(&format!(
            "/coordinator/events/{}/participants",
            session.event_id
        ))
        .await;
    assert!(
        list.body
            .contains("One erased person is left out of the list")
    );
    assert!(!list.body.contains(&person.id.to_string()));
    let base = format!(
        "/coordinator/events/{}/participants/{}",
        session.event_id, person.id
    );
    let own_page = app.get(&base).await;
    assert!(
        !own_page.body.contains(&format!("{base}/book")),
        "no booking form"
    );
    let slot = crate::support::demo::first_slot(&app, session.id).await;
    let booked = app
        .post_form(
            &format!("{base}/book"),
            &[("csrf", &csrf), ("slot_id", &slot.id.to_string())],
        )
        .await;
    assert_eq!(booked.status, StatusCode::CONFLICT);
    assert!(booked.body.contains("nobody can be booked in their name"));
    // Someone not on this event's list cannot be erased through it.
    let stranger = app
        .post_form(
            &format!(
                "/coordinator/events/{}/participants/{}/erase",
                session.event_id,
                uuid::Uuid::now_v7()
            ),
            &[("csrf", &csrf), ("confirm", "yes")],
        )
        .await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND);
}

/// Every byte of the SQLite file behind `app` (and of its WAL, if any) after moving the WAL's
/// pages into the file, so nothing of it is left only in the log.
async fn sqlite_bytes(app: &TestApp) -> Vec<u8> {
    let backend = app.db.get_database_backend();
    app.db
        .query_all_raw(Statement::from_string(
            backend,
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ))
        .await
        .unwrap();
    let file = fairplan::db::sqlite_file_path(&app.config.database_url).unwrap();
    let mut bytes = std::fs::read(&file).unwrap();
    bytes.extend(std::fs::read(format!("{file}-wal")).unwrap_or_default());
    bytes
}

fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[tokio::test]
async fn on_sqlite_an_erased_name_is_not_left_in_the_file_s_free_space() {
    use fairplan::entities::participant;
    let mut app = TestApp::spawn().await;
    if app.db.get_database_backend() != sea_orm::DatabaseBackend::Sqlite {
        // PostgreSQL's files are the server's; this is about the file SQLite keeps here.
        return;
    }
    let (csrf, session) = demo_session(&mut app, "mock_interview").await;
    let person = demo_person(&app, 3).await;
    let (name, email) = ("Zephyrine Quillfeather", "zephyrine.quill@example.org");
    participant::Entity::update(participant::ActiveModel {
        id: Set(person.id),
        name: Set(name.to_owned()),
        email: Set(Some(email.to_owned())),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    let slot = first_slot(&app, session.id).await;
    book(&app, person.id, slot.id).await;
    app.drain_outbox().await;
    let before = sqlite_bytes(&app).await;
    assert!(holds(&before, name), "the test would see it");

    let done = app
        .post_form(
            &format!(
                "/coordinator/events/{}/participants/{}/erase",
                session.event_id, person.id
            ),
            &[("csrf", &csrf), ("confirm", "yes")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);

    let after = sqlite_bytes(&app).await;
    assert!(!holds(&after, name), "the name is still in the file");
    assert!(!holds(&after, email), "the address is still in the file");
}
