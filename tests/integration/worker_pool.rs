//! The background work's own pool: web requests that hold every connection of the main pool
//! cannot keep the mail worker from recording what it sent, so no mail goes out twice.

use crate::outbox::mail;
use crate::support::TestApp;
use fairplan::clock::now_ms;
use fairplan::db::outbox;
use fairplan::entities::outbox_message;
use fairplan::runtime::Background;
use sea_orm::{DatabaseTransaction, EntityTrait, TransactionTrait};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// The main pool of the app under test: small, so that two requests take all of it.
const MAIN_POOL: u32 = 2;
const MAILS: usize = 10;

/// Takes every connection of the app's main pool, as long-running requests would, and checks
/// that none is left.
async fn hold_the_main_pool(app: &TestApp) -> Vec<DatabaseTransaction> {
    let mut held = Vec::new();
    for _ in 0..MAIN_POOL {
        held.push(app.db.begin().await.unwrap());
    }
    let another = tokio::time::timeout(Duration::from_millis(300), app.db.begin()).await;
    assert!(another.is_err(), "the main pool has no connection left");
    held
}

#[tokio::test]
async fn mail_is_recorded_once_while_web_requests_hold_every_main_connection() {
    let app = TestApp::spawn_with(|config| config.database_connections = MAIN_POOL).await;
    let txn = app.db.begin().await.unwrap();
    let addresses: Vec<String> = (0..MAILS).map(|i| format!("p{i}@example.org")).collect();
    for address in &addresses {
        outbox::enqueue(&txn, mail(address), "fairplan.test", now_ms())
            .await
            .unwrap();
    }
    txn.commit().await.unwrap();
    let held = hold_the_main_pool(&app).await;

    // Started as `fairplan serve` starts it beside the web application.
    let (stop, stopped) = watch::channel(false);
    let background = Background::start_beside_web(&app.config, &app.metrics, &stopped)
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while app.smtp.received().len() < MAILS {
        assert!(
            Instant::now() < deadline,
            "only {} of {MAILS} mails were sent while the main pool was taken",
            app.smtp.received().len()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Stopping lets the batch in hand finish, records included, before the requests end.
    stop.send(true).unwrap();
    background.finish().await.unwrap();
    drop(held);

    let rows = outbox_message::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), MAILS);
    for row in &rows {
        assert_eq!(row.status.as_str(), "sent", "{}", row.to_address);
        assert_eq!(row.attempts, 1, "{}", row.to_address);
    }
    // Past the lease, nothing is left for a worker to claim and send again.
    assert_eq!(app.drain_outbox_at(now_ms() + 10 * 60 * 1000).await, 0);
    let mut received: Vec<String> = app
        .smtp
        .received()
        .iter()
        .flat_map(|m| m.to.clone())
        .collect();
    received.sort();
    let mut expected = addresses.clone();
    expected.sort();
    assert_eq!(received, expected, "each mail arrived exactly once");
}
