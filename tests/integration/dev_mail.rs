//! Development mail mode: mails become `.eml` files and are readable at `/dev/mail`, so a
//! newcomer running the demo can follow a participant's link.

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
    let mut app = TestApp::spawn_with(|config| config.mail = MailMode::Files(mail_dir)).await;
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
