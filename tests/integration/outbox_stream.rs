//! The running worker drains the outbox as a stream: it claims ahead while it sends, records
//! sent mails in groups, claims a dead worker's rows beside the waiting ones, and once asked to
//! stop finishes the sends in flight and gives back the rows it had not begun.

use crate::outbox::{mail, row};
use crate::support::TestApp;
use fairplan::clock::now_ms;
use fairplan::db::outbox;
use std::collections::HashSet;
use tokio::sync::watch;

async fn enqueue(app: &TestApp, people: std::ops::Range<usize>, at: i64) -> Vec<uuid::Uuid> {
    let mut ids = Vec::new();
    for n in people {
        let to = format!("person{n}@example.org");
        let id = outbox::enqueue(&app.db, mail(&to), "fairplan.test", at)
            .await
            .unwrap()
            .expect("a mail with an address is stored");
        ids.push(id);
    }
    ids
}

#[tokio::test]
async fn a_long_queue_goes_out_once_each_and_every_mail_is_recorded_sent() {
    let app = TestApp::spawn().await;
    let ids = enqueue(&app, 0..150, now_ms()).await;
    let (_running, shutdown) = watch::channel(false);

    assert_eq!(app.worker().drain(&shutdown).await.unwrap(), 150);

    let received = app.smtp.received();
    let recipients: HashSet<_> = received.iter().map(|m| m.header("To").unwrap()).collect();
    assert_eq!(received.len(), 150, "each mail sent once");
    assert_eq!(recipients.len(), 150, "to each person");
    for id in ids {
        assert_eq!(row(&app, id).await.status.as_str(), "sent");
    }
    assert_eq!(
        app.worker().drain(&shutdown).await.unwrap(),
        0,
        "nothing is left to claim"
    );
}

#[tokio::test]
async fn a_worker_asked_to_stop_claims_nothing_more() {
    let app = TestApp::spawn().await;
    let ids = enqueue(&app, 0..5, now_ms()).await;
    let (_stopping, shutdown) = watch::channel(true);

    assert_eq!(app.worker().drain(&shutdown).await.unwrap(), 0);

    assert!(app.smtp.received().is_empty());
    for id in ids {
        assert_eq!(row(&app, id).await.status.as_str(), "pending");
    }
}

#[tokio::test]
async fn a_worker_stopping_mid_queue_gives_back_what_it_had_not_begun() {
    let app = TestApp::spawn().await;
    let ids = enqueue(&app, 0..1000, now_ms()).await;
    let mut config = app.config.clone();
    config.mail_concurrency = 1;
    let worker = app.worker_with(&config);
    let (stop, shutdown) = watch::channel(false);
    let draining = tokio::spawn(async move { worker.drain(&shutdown).await });
    while app.smtp.received().is_empty() {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    stop.send(true).unwrap();
    assert!(draining.await.unwrap().unwrap() > 1, "it had claimed ahead");

    let received = app.smtp.received().len();
    assert!(received < 1000, "it stopped early");
    let (mut sent, mut given_back) = (0, 0);
    for id in ids {
        let row = row(&app, id).await;
        match row.status.as_str() {
            "sent" => sent += 1,
            "pending" => {
                assert_eq!(row.attempts, 0, "an attempt never begun is not counted");
                assert_eq!(row.lease_until, None);
                given_back += 1;
            }
            other => panic!("a row left {other}"),
        }
    }
    assert_eq!(sent, received, "each mail sent is recorded sent");
    assert!(given_back > 0, "the rows not begun went back");
}

#[tokio::test]
async fn a_dead_workers_rows_are_claimed_beside_the_waiting_ones() {
    let app = TestApp::spawn().await;
    let now = now_ms();
    let abandoned = enqueue(&app, 0..3, now).await;
    // A worker claims three rows and dies before sending them.
    assert_eq!(
        outbox::claim_due(&app.db, now, 300_000, 3)
            .await
            .unwrap()
            .len(),
        3
    );
    let waiting = enqueue(&app, 3..6, now + 1_000).await;

    // After the lease: up to the limit of each kind, the waiting ones oldest first.
    let claimed = outbox::claim_due(&app.db, now + 301_000, 300_000, 2)
        .await
        .unwrap();
    let claimed_ids: HashSet<_> = claimed.iter().map(|m| m.id).collect();
    assert_eq!(claimed.len(), 4, "two of each kind: {claimed_ids:?}");
    assert_eq!(
        claimed_ids
            .intersection(&HashSet::from_iter(abandoned))
            .count(),
        2
    );
    assert!(claimed_ids.contains(&waiting[0]) && claimed_ids.contains(&waiting[1]));
    assert!(
        claimed
            .windows(2)
            .all(|w| w[0].next_attempt_at <= w[1].next_attempt_at),
        "oldest first"
    );
}
