//! The mail worker's own SMTP connections: their sockets have `TCP_NODELAY` set (without it,
//! each message waited about 40 ms for the server's delayed ACK), commands go pipelined where
//! the server offers PIPELINING, one connection carries many messages, and a refusal still
//! reaches the outbox as before. Not timed: the speed is measured by `benches/outbox_delivery.rs`.

use crate::outbox::mail;
use crate::support::TestApp;
use crate::support::smtp::Behaviour;
use fairplan::clock::now_ms;
use fairplan::db::outbox;

#[tokio::test]
async fn the_worker_sends_over_sockets_with_nodelay_and_pipelines_its_commands() {
    let app = TestApp::spawn().await;
    for n in 0..5 {
        outbox::enqueue(
            &app.db,
            mail(&format!("person{n}@example.org")),
            "t",
            now_ms(),
        )
        .await
        .unwrap();
    }
    let worker = app.worker();
    let mut delivered = 0;
    loop {
        let claimed = worker.deliver_due(now_ms()).await.unwrap();
        if claimed == 0 {
            break;
        }
        delivered += claimed;
    }
    assert_eq!(delivered, 5);
    let received = app.smtp.received();
    assert_eq!(received.len(), 5);
    assert!(
        received.iter().all(|m| m.pipelined),
        "MAIL, RCPT and DATA arrive in one write when the server offers PIPELINING"
    );
    let sockets = worker.transport().idle_connections_nodelay();
    assert!(
        !sockets.is_empty(),
        "connections are kept for the next mail"
    );
    assert!(
        sockets.iter().all(|nodelay| *nodelay),
        "every socket has TCP_NODELAY: {sockets:?}"
    );
    assert!(
        sockets.len() <= app.config.mail_concurrency,
        "no more idle connections than mails sent at once"
    );
}

#[tokio::test]
async fn a_pipelined_refusal_fails_the_mail_and_the_next_one_goes_through_a_fresh_connection() {
    let app = TestApp::spawn().await;
    let worker = app.worker();
    app.smtp.set_behaviour(Behaviour::Refuse);
    let refused = outbox::enqueue(&app.db, mail("refused@example.org"), "t", now_ms())
        .await
        .unwrap()
        .expect("a mail to someone");
    worker.deliver_due(now_ms()).await.unwrap();
    let row = crate::outbox::row(&app, refused).await;
    assert_eq!(
        row.status,
        fairplan::domain::delivery_status::DeliveryStatus::Failed,
        "a 5xx answer is final"
    );
    assert!(
        app.smtp.received().is_empty(),
        "DATA after a refused MAIL carries nothing"
    );

    app.smtp.set_behaviour(Behaviour::Accept);
    outbox::enqueue(&app.db, mail("accepted@example.org"), "t", now_ms())
        .await
        .unwrap();
    worker.deliver_due(now_ms()).await.unwrap();
    let received = app.smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, ["accepted@example.org"]);
}

#[tokio::test]
async fn a_kept_connection_the_server_closed_costs_no_retry() {
    let app = TestApp::spawn().await;
    let worker = app.worker();
    app.smtp.hang_up_after_each_mail();
    let mut sent = Vec::new();
    // One at a time: each mail after the first finds the kept connection closed.
    for n in 0..3 {
        let to = format!("person{n}@example.org");
        let id = outbox::enqueue(&app.db, mail(&to), "t", now_ms())
            .await
            .unwrap()
            .expect("a mail to someone");
        assert_eq!(worker.deliver_due(now_ms()).await.unwrap(), 1);
        sent.push(id);
    }
    assert_eq!(app.smtp.received().len(), 3, "each mail arrived once");
    for id in sent {
        let row = crate::outbox::row(&app, id).await;
        assert_eq!(
            (row.status.as_str(), row.attempts, row.last_error.as_deref()),
            ("sent", 1, None),
            "sent on the first attempt, over a new connection"
        );
    }
}
