//! The transactional outbox and its worker, against a real SMTP server.

use crate::support::smtp::Behaviour;
use crate::support::{TestApp, test_config};
use fairplan::clock::now_ms;
use fairplan::db::outbox::{self, CalendarPart, NewMail};
use fairplan::entities::outbox_message;
use fairplan::metrics::Metrics;
use sea_orm::{EntityTrait, TransactionTrait};
use std::collections::HashSet;
use std::sync::Arc;
use uuid::Uuid;

/// A mail to `to`, as a service would enqueue it.
pub fn mail(to: &str) -> NewMail {
    NewMail {
        kind: fairplan::domain::mail_kind::MailKind::BookingConfirmed,
        to_address: to.to_owned(),
        to_name: "Amira Haddad".to_owned(),
        subject: "Ihre Buchung – مرحبا".to_owned(),
        text: "Hello Amira,\n\nyour link: http://fairplan.test/p/abc\n".to_owned(),
        html: "<p>Hello <bdi>Amira</bdi></p>".to_owned(),
        calendar: None,
        participant_id: None,
    }
}

/// The outbox row `id` as stored now.
pub async fn row(app: &TestApp, id: Uuid) -> outbox_message::Model {
    outbox_message::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn an_enqueued_mail_is_delivered_over_smtp_exactly_once() {
    let app = TestApp::spawn().await;
    let txn = app.db.begin().await.unwrap();
    let id = outbox::enqueue(&txn, mail("amira@example.org"), "fairplan.test", now_ms())
        .await
        .unwrap()
        .expect("a mail with an address is stored");
    txn.commit().await.unwrap();

    assert_eq!(app.drain_outbox().await, 1);
    assert_eq!(app.drain_outbox().await, 0);

    let received = app.smtp.received();
    assert_eq!(received.len(), 1);
    let stored = row(&app, id).await;
    assert_eq!(stored.status.as_str(), "sent");
    assert_eq!(stored.attempts, 1);
    let delivered = &received[0];
    assert_eq!(delivered.to, ["amira@example.org"]);
    assert_eq!(delivered.header("Message-ID").unwrap(), stored.message_id);
    assert_eq!(delivered.header("Subject").unwrap(), "Ihre Buchung – مرحبا");
    assert!(
        delivered
            .part("text/plain")
            .unwrap()
            .contains("http://fairplan.test/p/abc")
    );
    assert!(
        delivered
            .part("text/html")
            .unwrap()
            .contains("<bdi>Amira</bdi>")
    );
}

#[tokio::test]
async fn a_mail_enqueued_in_a_transaction_that_rolls_back_is_never_sent() {
    let app = TestApp::spawn().await;
    let txn = app.db.begin().await.unwrap();
    let id = outbox::enqueue(&txn, mail("amira@example.org"), "fairplan.test", now_ms())
        .await
        .unwrap()
        .expect("a mail with an address is stored");
    txn.rollback().await.unwrap();

    assert_eq!(app.drain_outbox().await, 0);
    assert!(app.smtp.received().is_empty());
    assert!(
        outbox_message::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_server_that_puts_mail_off_leads_to_retries_and_finally_failed_with_the_error_kept() {
    let app = TestApp::spawn().await;
    app.smtp.set_behaviour(Behaviour::Defer);
    let now = now_ms();
    let id = outbox::enqueue(&app.db, mail("amira@example.org"), "fairplan.test", now)
        .await
        .unwrap()
        .expect("a mail with an address is stored");
    let worker = app.worker();

    assert_eq!(worker.deliver_due(now).await.unwrap(), 1);
    let after_first = row(&app, id).await;
    assert_eq!(
        (after_first.status.as_str(), after_first.attempts),
        ("pending", 1)
    );
    assert!(after_first.next_attempt_at > now, "the retry waits");
    assert!(
        after_first.last_error.as_deref().unwrap().contains("451"),
        "{:?}",
        after_first.last_error
    );
    assert_eq!(
        worker.deliver_due(now).await.unwrap(),
        0,
        "not due again yet"
    );

    assert_eq!(worker.deliver_due(now + 60_000).await.unwrap(), 1);
    assert_eq!(worker.deliver_due(now + 3_600_000).await.unwrap(), 1);
    let last = row(&app, id).await;
    assert_eq!((last.status.as_str(), last.attempts), ("failed", 3));
    assert!(last.last_error.unwrap().contains("Try again later"));
    assert_eq!(
        worker.deliver_due(now + 86_400_000).await.unwrap(),
        0,
        "failed mail is not retried"
    );
    assert!(app.smtp.received().is_empty());
}

#[tokio::test]
async fn an_unreachable_server_leads_to_retries_then_failed_and_nothing_is_lost() {
    let app = TestApp::spawn().await;
    // A port that was just free: nothing listens there.
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = test_config(
        app.config.database_url.clone(),
        format!("smtp://127.0.0.1:{closed_port}"),
    );
    let worker =
        fairplan::runtime::mail_worker(app.db.clone(), &config, Arc::new(Metrics::default()))
            .unwrap();
    let now = now_ms();
    let id = outbox::enqueue(&app.db, mail("amira@example.org"), "fairplan.test", now)
        .await
        .unwrap()
        .expect("a mail with an address is stored");

    for (attempt, at) in [now, now + 60_000, now + 3_600_000].into_iter().enumerate() {
        assert_eq!(
            worker.deliver_due(at).await.unwrap(),
            1,
            "attempt {}",
            attempt + 1
        );
    }
    let stored = row(&app, id).await;
    assert_eq!(stored.status.as_str(), "failed");
    assert!(stored.last_error.is_some());
    assert_eq!(
        (stored.to_address.as_str(), stored.subject.as_str()),
        ("amira@example.org", mail("x").subject.as_str()),
        "who it was for and what it was stays for coordinators"
    );
}

#[tokio::test]
async fn two_workers_racing_never_deliver_the_same_message_twice() {
    let app = TestApp::spawn().await;
    let now = now_ms();
    for n in 0..200 {
        outbox::enqueue(
            &app.db,
            mail(&format!("person{n}@example.org")),
            "fairplan.test",
            now,
        )
        .await
        .unwrap();
    }
    // Two workers with their own connection pools, as two processes would have.
    let other_db = fairplan::db::connect(&app.config.database_url, 4)
        .await
        .unwrap();
    let first = app.worker();
    let second =
        fairplan::runtime::mail_worker(other_db, &app.config, Arc::new(Metrics::default()))
            .unwrap();
    // Each drains the outbox as the running worker does, claiming ahead while it sends.
    let (_running, shutdown) = tokio::sync::watch::channel(false);
    let drain = |worker: fairplan::jobs::delivery::MailWorker| {
        let shutdown = shutdown.clone();
        async move {
            let mut claimed = 0;
            loop {
                match worker.drain(&shutdown).await.unwrap() {
                    0 => break claimed,
                    n => claimed += n,
                }
            }
        }
    };
    let (a, b) = tokio::join!(drain(first), drain(second));
    assert_eq!(a + b, 200, "every message claimed once in all");

    let received = app.smtp.received();
    let ids: HashSet<String> = received
        .iter()
        .map(|m| m.header("Message-ID").unwrap())
        .collect();
    assert_eq!(received.len(), 200, "no message sent twice");
    assert_eq!(ids.len(), 200);
}

#[tokio::test]
async fn a_mail_claimed_by_a_crashed_worker_is_sent_after_its_lease_with_the_same_message_id() {
    let app = TestApp::spawn().await;
    let now = now_ms();
    let id = outbox::enqueue(&app.db, mail("amira@example.org"), "fairplan.test", now)
        .await
        .unwrap()
        .expect("a mail with an address is stored");
    // A worker claims the row and dies before sending.
    assert_eq!(
        outbox::claim_due(&app.db, now, 300_000, 10)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        app.worker().deliver_due(now + 1_000).await.unwrap(),
        0,
        "the lease still holds"
    );

    assert_eq!(app.worker().deliver_due(now + 301_000).await.unwrap(), 1);
    let stored = row(&app, id).await;
    assert_eq!(stored.status.as_str(), "sent");
    assert_eq!(
        app.smtp.received()[0].header("Message-ID").unwrap(),
        stored.message_id
    );
}

#[tokio::test]
async fn a_calendar_mail_has_an_inline_calendar_part_and_an_invite_attachment() {
    let app = TestApp::spawn().await;
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fairplan//EN\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
    let mut with_calendar = mail("amira@example.org");
    with_calendar.calendar = Some(CalendarPart {
        method: "REQUEST".to_owned(),
        ics: ics.to_owned(),
    });
    outbox::enqueue(&app.db, with_calendar, "fairplan.test", now_ms())
        .await
        .unwrap();
    app.drain_outbox().await;

    let received = app.last_mail_to("amira@example.org").unwrap();
    let parsed = received.parsed();
    assert_eq!(parsed.ctype.mimetype, "multipart/mixed");
    let alternative = &parsed.subparts[0];
    assert_eq!(alternative.ctype.mimetype, "multipart/alternative");
    let calendar = alternative
        .subparts
        .iter()
        .find(|p| p.ctype.mimetype == "text/calendar")
        .unwrap();
    assert_eq!(
        calendar.ctype.params.get("method").map(String::as_str),
        Some("REQUEST")
    );
    assert!(calendar.get_body().unwrap().contains("METHOD:REQUEST"));
    let attachment = &parsed.subparts[1];
    assert_eq!(
        attachment
            .get_content_disposition()
            .params
            .get("filename")
            .map(String::as_str),
        Some("invite.ics")
    );
}

#[tokio::test]
async fn coordinators_hear_of_a_mail_that_finally_failed_and_failed_notices_do_not_cascade() {
    use fairplan::entities::outbox_message::Column;
    use sea_orm::{ColumnTrait, QueryFilter};
    let app = TestApp::spawn().await;
    for email in ["lead@programme.example", "deputy@programme.example"] {
        fairplan::services::auth::create_or_update_coordinator(
            &app.db,
            email,
            "Coordinator",
            "a long enough password",
            now_ms(),
        )
        .await
        .unwrap();
    }
    app.smtp.set_behaviour(Behaviour::Refuse);
    let now = now_ms();
    outbox::enqueue(&app.db, mail("amira@example.org"), "fairplan.test", now)
        .await
        .unwrap();
    let worker = app.worker();
    // A 5xx answer is final: the first attempt fails the mail and writes the notices.
    assert_eq!(worker.deliver_due(now).await.unwrap(), 1);
    let notices = || {
        outbox_message::Entity::find()
            .filter(Column::Kind.eq("delivery_failed"))
            .all(&app.db)
    };
    let written = notices().await.unwrap();
    assert_eq!(written.len(), 2, "one notice per coordinator");
    assert!(
        written
            .iter()
            .all(|n| n.body_text.contains("amira@example.org") && n.body_text.contains("554"))
    );
    assert!(
        written
            .iter()
            .all(|n| n.body_text.contains("http://fairplan.test/coordinator"))
    );

    // The notices fail too (the server still refuses): no notice about a notice.
    for day in 1..=4 {
        worker.deliver_due(now + day * 86_400_000).await.unwrap();
    }
    let after = notices().await.unwrap();
    assert_eq!(after.len(), 2);
    assert!(after.iter().all(|n| n.status.as_str() == "failed"));
}
