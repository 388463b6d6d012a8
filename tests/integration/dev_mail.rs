//! Development mail mode: mails become `.eml` files and, in the demo or when asked for, are
//! readable at `/dev/mail`, so a newcomer running the demo can follow a participant's link.
//! A plain `serve` without SMTP does not show them: they hold everyone's personal links.

use crate::support::TestApp;
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::config::MailMode;
use fairplan::entities::outbox_message;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

#[tokio::test]
async fn mails_are_written_as_files_and_listed_with_their_links() {
    let folder = tempfile::tempdir().unwrap();
    let mail_dir = folder.path().to_path_buf();
    let mut app = TestApp::spawn_with(|config| {
        config.mail = MailMode::Files(mail_dir);
        config.dev_mail_page = true;
    })
    .await;
    fairplan::services::demo::seed(&app.db, &app.config, now_ms())
        .await
        .unwrap();
    assert_eq!(app.drain_outbox().await, 61);

    let files = std::fs::read_dir(folder.path()).unwrap().count();
    assert_eq!(files, 61, "one .eml file per mail");
    assert!(
        app.smtp.received().is_empty(),
        "nothing goes over SMTP in development mode"
    );

    let list = app.get("/dev/mail").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Book your place: Career Evening"));

    let invitation = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq("participant01@demo.fairplan.test"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let shown = app.get(&format!("/dev/mail/{}", invitation.id)).await;
    assert_eq!(shown.status, StatusCode::OK);
    let link_start = shown
        .body
        .find(r#"<a href="http://fairplan.test/p/"#)
        .expect("the personal link is clickable");
    let href = &shown.body[link_start + 9..];
    let path = href[..href.find('"').unwrap()]
        .strip_prefix("http://fairplan.test")
        .unwrap()
        .to_owned();
    assert_eq!(
        app.get(&path).await.status,
        StatusCode::OK,
        "the link opens the participant's page"
    );

    assert_eq!(
        app.get("/dev/mail/not-a-uuid").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn without_the_setting_mails_written_as_files_are_not_shown_to_anyone() {
    let folder = tempfile::tempdir().unwrap();
    let mail_dir = folder.path().to_path_buf();
    let mut app = TestApp::spawn_with(|config| config.mail = MailMode::Files(mail_dir)).await;
    fairplan::services::demo::seed(&app.db, &app.config, now_ms())
        .await
        .unwrap();
    app.drain_outbox().await;
    let invitation = outbox_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();

    assert_eq!(app.get("/dev/mail").await.status, StatusCode::NOT_FOUND);
    let one = app.get(&format!("/dev/mail/{}", invitation.id)).await;
    assert_eq!(one.status, StatusCode::NOT_FOUND);
    assert!(!one.body.contains("/p/"), "no personal link leaks");
    assert!(!app.get("/").await.body.contains("/dev/mail"));
}

#[test]
fn the_demo_turns_the_development_mailbox_on() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("demo.db");
    let plain = fairplan::config::Config::from_lookup(|_| None).unwrap();
    assert!(!plain.shows_dev_mailbox(), "a plain serve does not show it");
    let (demo, replaced) =
        fairplan::services::demo::demo_config(plain.clone(), file.to_str().unwrap()).unwrap();
    assert!(demo.shows_dev_mailbox());
    assert!(!replaced, "nothing to replace the first time");
    std::fs::write(&file, b"an earlier demo").unwrap();
    let (_, replaced) =
        fairplan::services::demo::demo_config(plain, file.to_str().unwrap()).unwrap();
    assert!(replaced, "a second demo says it replaces the first");
    assert!(!file.exists());
}
