//! Webhooks: a coordinator registers a receiving system; every change it asked for reaches it
//! signed, in order, with ids and states only; a failed delivery (an error, no answer in time)
//! is tried again later while the next ones wait; a change rolled back sends nothing.

use crate::support::demo::{book, demo_person, demo_session, slots_of_session};
use crate::support::webhook_receiver::{Answer, Receiver};
use crate::support::{TestApp, audited};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::domain::webhook::verify;
use fairplan::entities::{session, webhook_delivery, webhook_endpoint};
use fairplan::services::webhooks::{client, deliver_due};
use sea_orm::{EntityTrait, PaginatorTrait, QueryOrder, TransactionTrait};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(1);

/// Registers `url` for `events` through the page; returns the endpoint as stored.
pub(crate) async fn register(
    app: &mut TestApp,
    csrf: &str,
    url: &str,
    events: &[&str],
) -> webhook_endpoint::Model {
    let ticked: Vec<String> = events.iter().map(|e| format!("event:{e}")).collect();
    let mut fields = vec![("csrf", csrf), ("url", url)];
    fields.extend(ticked.iter().map(|name| (name.as_str(), "yes")));
    let added = app.post_form("/coordinator/webhooks", &fields).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let page = app.get(added.header("location")).await;
    assert!(page.body.contains("The address is added."));
    let endpoint = webhook_endpoint::Entity::find()
        .order_by_desc(webhook_endpoint::Column::CreatedAt)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(page.body.contains(&endpoint.secret), "the secret is shown");
    endpoint
}

/// The demo with a coordinator signed in (their form token, the mock-interview session) and
/// `url` registered for `events`.
pub(crate) async fn demo_heard_at(url: &str, events: &[&str]) -> (TestApp, String, session::Model) {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    register(&mut app, &csrf, url, events).await;
    (app, csrf, mock)
}

pub(crate) async fn deliveries(app: &TestApp) -> Vec<webhook_delivery::Model> {
    webhook_delivery::Entity::find()
        .order_by_asc(webhook_delivery::Column::CreatedAt)
        .order_by_asc(webhook_delivery::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

pub(crate) async fn deliver_at(app: &TestApp, at: i64) -> usize {
    let private = app.config.webhook_private_networks;
    let client = client(private).unwrap();
    deliver_due(&app.db, (&client, private), WAIT, || at)
        .await
        .unwrap()
}

#[tokio::test]
async fn each_change_asked_for_arrives_signed_in_order_with_ids_and_states_only() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    let receiver = Receiver::start().await;
    let events = ["booking.created", "booking.cancelled", "check_in"];
    let endpoint = register(&mut app, &csrf, &receiver.url, &events).await;
    assert_eq!(audited(&app, "webhook.registered").await.len(), 1);
    let amira = demo_person(&app, 1).await;
    let slots = slots_of_session(&app, mock.id).await;
    let booking = book(&app, amira.id, slots[0].id).await;
    // Cancelled by a coordinator for her: the second change, after the first.
    let cancel = format!(
        "/coordinator/events/{}/participants/{}/bookings/{}/cancel",
        mock.event_id, amira.id, booking.id
    );
    let cancelled = app
        .post_form(&cancel, &[("csrf", &csrf), ("note", "")])
        .await;
    assert_eq!(
        cancelled.status,
        StatusCode::SEE_OTHER,
        "{}",
        cancelled.body
    );
    assert_eq!(deliveries(&app).await.len(), 2, "written with the changes");

    assert_eq!(deliver_at(&app, now_ms()).await, 2);
    let got = receiver.received();
    assert_eq!(
        got.iter().map(|r| r.event.as_str()).collect::<Vec<_>>(),
        ["booking.created", "booking.cancelled"]
    );
    for delivery in &got {
        assert!(verify(
            &endpoint.secret,
            &delivery.signature,
            &delivery.body
        ));
        assert!(!verify(
            "whsec_someone_else",
            &delivery.signature,
            &delivery.body
        ));
        let body: serde_json::Value = serde_json::from_str(&delivery.body).unwrap();
        assert_eq!(body["type"], delivery.event);
        assert_eq!(body["event_id"], mock.event_id.to_string());
        assert_eq!(body["data"]["booking_id"], booking.id.to_string());
        assert_eq!(body["data"]["participant_id"], amira.id.to_string());
        for private in [amira.name.as_str(), amira.mail_address(), "/p/"] {
            assert!(
                !delivery.body.contains(private),
                "{private} in {}",
                delivery.body
            );
        }
    }
    let body: serde_json::Value = serde_json::from_str(&got[1].body).unwrap();
    assert_eq!(body["data"]["status"], "cancelled");
    assert!(deliveries(&app).await.iter().all(|d| d.status == "sent"));

    // The log shows them; "send again" puts one back in line, and it goes again.
    let log_path = format!("/coordinator/webhooks/{}", endpoint.id);
    let log = app.get(&log_path).await;
    assert_eq!(log.status, StatusCode::OK);
    assert_eq!(log.body.matches(">taken<").count(), 2, "{}", log.body);
    let first = deliveries(&app).await[0].id;
    let again = app
        .post_form(
            &format!("{log_path}/deliveries/{first}/send-again"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(deliver_at(&app, now_ms()).await, 1);
    assert_eq!(receiver.received().len(), 3);

    // Paused, it hears of nothing; removed, it is gone with its log.
    let pause = format!("{log_path}/change");
    app.post_form(&pause, &[("csrf", &csrf), ("action", "pause")])
        .await;
    book(&app, amira.id, slots[1].id).await;
    assert_eq!(
        deliveries(&app).await.len(),
        2,
        "nothing written while paused"
    );
    app.post_form(&pause, &[("csrf", &csrf), ("action", "remove")])
        .await;
    assert_eq!(
        webhook_endpoint::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(deliveries(&app).await.len(), 0);
    assert_eq!(audited(&app, "webhook.removed").await.len(), 1);
}

#[tokio::test]
async fn a_failed_delivery_is_tried_again_later_and_the_next_ones_wait_for_it() {
    let receiver = Receiver::start().await;
    let (app, _, mock) = demo_heard_at(&receiver.url, &["booking.created"]).await;
    receiver.answer(&[Answer::Status(500), Answer::Late(WAIT * 3)]);
    let slots = slots_of_session(&app, mock.id).await;
    let (amira, bo) = (demo_person(&app, 1).await, demo_person(&app, 2).await);
    book(&app, amira.id, slots[0].id).await;
    book(&app, bo.id, slots[1].id).await;
    let start = now_ms();

    // The first answers 500: it waits for its retry, and the second waits behind it.
    assert_eq!(deliver_at(&app, start).await, 0);
    let [first, second] = &deliveries(&app).await[..] else {
        panic!("two deliveries")
    };
    assert_eq!((first.status.as_str(), first.attempts), ("pending", 1));
    assert_eq!(first.last_status, Some(500));
    assert_eq!(first.next_attempt_at, start + 10_000);
    assert_eq!((second.status.as_str(), second.attempts), ("pending", 0));
    assert_eq!(
        receiver.received().len(),
        1,
        "the second was not sent before the first"
    );
    assert_eq!(deliver_at(&app, start + 9_000).await, 0, "not due yet");
    assert_eq!(receiver.received().len(), 1);

    // No answer in time: tried again 20 s later.
    assert_eq!(deliver_at(&app, start + 10_000).await, 0);
    let first = deliveries(&app).await[0].clone();
    assert_eq!(first.attempts, 2);
    assert_eq!(first.last_error.as_deref(), Some("no answer within 1 s"));
    assert_eq!(first.next_attempt_at, start + 10_000 + 20_000);

    // Then it is taken, and the second goes after it.
    assert_eq!(deliver_at(&app, start + 30_000).await, 2);
    let got = receiver.received();
    assert_eq!(got.len(), 4);
    let booking_of = |body: &str| {
        serde_json::from_str::<serde_json::Value>(body).unwrap()["data"]["participant_id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let order: Vec<String> = got.iter().map(|r| booking_of(&r.body)).collect();
    let (a, b) = (amira.id.to_string(), bo.id.to_string());
    assert_eq!(order, [a.clone(), a.clone(), a, b]);
    assert!(deliveries(&app).await.iter().all(|d| d.status == "sent"));
}

#[tokio::test]
async fn a_change_rolled_back_sends_nothing() {
    let receiver = Receiver::start().await;
    let (app, _, mock) = demo_heard_at(&receiver.url, &["check_in"]).await;
    let amira = demo_person(&app, 1).await;
    let slots = slots_of_session(&app, mock.id).await;
    let booking = book(&app, amira.id, slots[0].id).await;
    let actor = fairplan::domain::actor::Actor::System;
    for commit in [false, true] {
        let txn = app.db.begin().await.unwrap();
        fairplan::db::audit::booking_changed(&txn, actor, "booking.arrived", booking.id, now_ms())
            .await
            .unwrap();
        if commit {
            txn.commit().await.unwrap();
        } else {
            txn.rollback().await.unwrap();
        }
        assert_eq!(deliveries(&app).await.len(), usize::from(commit));
    }
    assert_eq!(deliver_at(&app, now_ms()).await, 1);
    assert_eq!(receiver.received()[0].event, "check_in");
}

#[tokio::test]
async fn two_workers_never_send_one_delivery_twice_and_a_stale_claim_records_nothing() {
    use fairplan::db::webhooks::{Attempt, claim_due, record_attempt};
    use std::collections::HashSet;
    let (app, _, mock) = demo_heard_at("https://crm.example.org/in", &["booking.created"]).await;
    let amira = demo_person(&app, 1).await;
    book(&app, amira.id, slots_of_session(&app, mock.id).await[0].id).await;
    let none = HashSet::new();
    let now = now_ms();
    let first = claim_due(&app.db, (now, now + 120_000), &none)
        .await
        .unwrap();
    assert!(first.is_some(), "worker A claims it");
    let second = claim_due(&app.db, (now, now + 120_000), &none)
        .await
        .unwrap();
    assert!(second.is_none(), "worker B finds it held");
    // A's hold ran out (A hangs): B takes it over; A's late answer then records nothing.
    let later = now + 121_000;
    let taken_over = claim_due(&app.db, (later, later + 120_000), &none)
        .await
        .unwrap();
    let (delivery, _) = taken_over.expect("the hold ran out");
    let sent = |error| Attempt {
        status: Some(200),
        error,
        retry_at: None,
    };
    record_attempt(&app.db, (delivery.id, now + 120_000), sent(None), later)
        .await
        .unwrap();
    assert_eq!(
        deliveries(&app).await[0].status,
        "pending",
        "A's claim was gone"
    );
    record_attempt(&app.db, (delivery.id, later + 120_000), sent(None), later)
        .await
        .unwrap();
    let done = &deliveries(&app).await[0];
    assert_eq!((done.status.as_str(), done.attempts), ("sent", 1));
}

#[tokio::test]
async fn erasing_a_person_cancels_their_bookings_for_the_systems_that_listen_too() {
    let (mut app, csrf, mock) =
        demo_heard_at("https://crm.example.org/in", &["booking.cancelled"]).await;
    let bo = demo_person(&app, 2).await;
    let booking = book(&app, bo.id, slots_of_session(&app, mock.id).await[0].id).await;
    let erase = format!(
        "/coordinator/events/{}/participants/{}/erase",
        mock.event_id, bo.id
    );
    let erased = app
        .post_form(&erase, &[("csrf", &csrf), ("confirm", "yes")])
        .await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);
    let written = deliveries(&app).await;
    assert_eq!(written.len(), 1);
    let body: serde_json::Value = serde_json::from_str(&written[0].payload).unwrap();
    assert_eq!(body["type"], "booking.cancelled");
    assert_eq!(body["data"]["booking_id"], booking.id.to_string());
    assert_eq!(body["data"]["change"], "booking.erased");
}
