//! Permanent delivery failures (a 5xx answer, an address that cannot be used) fail at once and
//! are shown to coordinators; only transient ones are tried again (see `outbox.rs`).

use crate::outbox::{mail, row};
use crate::support::TestApp;
use fairplan::clock::now_ms;
use fairplan::db::outbox;
use fairplan::entities::outbox_message::{self, Column};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn notices_about(app: &TestApp, address: &str) -> usize {
    outbox_message::Entity::find()
        .filter(Column::Kind.eq("delivery_failed"))
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .filter(|n| n.body_text.contains(address))
        .count()
}

#[tokio::test]
async fn a_recipient_the_server_refuses_for_good_fails_at_once_and_coordinators_see_it() {
    let mut app = TestApp::spawn().await;
    app.sign_in_as_coordinator().await;
    app.smtp.refuse_recipient("gone@example.org");
    let now = now_ms();
    let refused = outbox::enqueue(&app.db, mail("gone@example.org"), "fairplan.test", now)
        .await
        .unwrap()
        .expect("a mail with an address is stored");
    let fine = outbox::enqueue(&app.db, mail("amira@example.org"), "fairplan.test", now)
        .await
        .unwrap()
        .expect("a mail with an address is stored");

    assert_eq!(app.worker().deliver_due(now).await.unwrap(), 2);

    let stored = row(&app, refused).await;
    assert_eq!(
        (stored.status.as_str(), stored.attempts),
        ("failed", 1),
        "a 5xx answer is not retried"
    );
    let error = stored.last_error.unwrap();
    assert!(error.contains("550"), "{error}");
    assert_eq!(row(&app, fine).await.status.as_str(), "sent");
    assert_eq!(notices_about(&app, "gone@example.org").await, 1);

    let dashboard = app.get("/coordinator").await;
    assert!(
        dashboard.body.contains("gone@example.org"),
        "listed as failed"
    );
    assert!(
        dashboard.body.contains(&error),
        "with the server's answer: {error}"
    );

    // Days later nothing has been tried again.
    app.drain_outbox_at(now + 86_400_000).await;
    assert_eq!(row(&app, refused).await.attempts, 1);
}

#[tokio::test]
async fn a_malformed_address_fails_at_once_without_reaching_the_server() {
    let mut app = TestApp::spawn().await;
    app.sign_in_as_coordinator().await;
    let now = now_ms();
    let id = outbox::enqueue(&app.db, mail("amira at example"), "fairplan.test", now)
        .await
        .unwrap()
        .expect("a mail with an address is stored");

    assert_eq!(app.worker().deliver_due(now).await.unwrap(), 1);

    let stored = row(&app, id).await;
    assert_eq!((stored.status.as_str(), stored.attempts), ("failed", 1));
    assert!(
        stored
            .last_error
            .unwrap()
            .contains("not a deliverable address")
    );
    assert_eq!(notices_about(&app, "amira at example").await, 1);
    assert!(app.smtp.received().is_empty(), "the server was never asked");
    app.drain_outbox_at(now + 86_400_000).await;
    assert_eq!(row(&app, id).await.attempts, 1);
}

#[tokio::test]
async fn a_stored_name_with_a_line_break_is_delivered_on_one_line_not_stuck() {
    // Names are one line when typed today; a row from before may still hold a line break,
    // which once made the sender panic and left the row `sending` for ever.
    let app = TestApp::spawn().await;
    let now = now_ms();
    let mut broken = mail("amira@example.org");
    broken.to_name = "Amira\r\nBcc: someone@evil.example".to_owned();
    broken.subject = "Your booking\r\nBcc: someone@evil.example".to_owned();
    let id = outbox::enqueue(&app.db, broken, "fairplan.test", now)
        .await
        .unwrap()
        .expect("a mail with an address is stored");

    assert_eq!(app.worker().deliver_due(now).await.unwrap(), 1);

    assert_eq!(row(&app, id).await.status.as_str(), "sent");
    let received = app.last_mail_to("amira@example.org").unwrap();
    assert!(!received.raw.contains("\r\nBcc:"), "{}", received.raw);
}
