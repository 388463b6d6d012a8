//! A participant whose link expired gets a new one by e-mail, without anyone learning which
//! addresses are known, and without being flooded.

use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::access_link;
use fairplan::services::demo;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, IntoActiveModel};

async fn ask(app: &mut TestApp, email: &str) -> crate::support::TestResponse {
    let form = app.get("/p/new-link").await;
    let csrf = hidden_field(&form.body, "csrf").unwrap();
    app.post_form("/p/new-link", &[("email", email), ("csrf", &csrf)])
        .await
}

#[tokio::test]
async fn an_expired_link_leads_to_a_fresh_one_by_mail() {
    let mut app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    app.drain_outbox().await;
    let old = app
        .link_from_last_mail("participant03@demo.fairplan.test")
        .unwrap();
    for link in access_link::Entity::find().all(&app.db).await.unwrap() {
        let mut expired = link.into_active_model();
        expired.revoked_at = Set(Some(now_ms()));
        expired.update(&app.db).await.unwrap();
    }
    let gone = app.get(&old).await;
    assert_eq!(gone.status, StatusCode::GONE);
    assert!(gone.body.contains("This link has expired"));
    assert!(
        gone.body.contains(r#"action="/p/new-link""#),
        "the form for a new link is on the page itself"
    );

    let known = ask(&mut app, " Participant03@Demo.Fairplan.test ").await;
    assert_eq!(known.status, StatusCode::OK);
    assert!(known.body.contains("If we know this address"));
    app.drain_outbox().await;
    let fresh = app
        .link_from_last_mail("participant03@demo.fairplan.test")
        .unwrap();
    assert_ne!(fresh, old);
    let page = app.get(&fresh).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Farzana Ahmadi"));
}

#[tokio::test]
async fn unknown_addresses_get_the_same_answer_and_known_ones_are_not_flooded() {
    let mut app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    app.drain_outbox().await;
    let before = app.smtp.received().len();

    let unknown = ask(&mut app, "nobody@example.org").await;
    let known = ask(&mut app, "participant04@demo.fairplan.test").await;
    assert_eq!(unknown.status, known.status);
    assert_eq!(
        unknown.body, known.body,
        "the page never tells which addresses exist"
    );

    for _ in 0..5 {
        ask(&mut app, "participant04@demo.fairplan.test").await;
    }
    app.drain_outbox().await;
    let sent = app.smtp.received().len() - before;
    assert_eq!(sent, 3, "at most three new links an hour per address");

    let malformed = ask(&mut app, "not an address").await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        malformed
            .body
            .contains("Enter an e-mail address like name@example.org.")
    );

    let forged = app
        .post_form(
            "/p/new-link",
            &[("email", "participant04@demo.fairplan.test"), ("csrf", "x")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn guessing_personal_links_is_slowed_down_per_client() {
    use axum::body::Body;
    use axum::http::Request;
    let mut app = TestApp::spawn_with(|config| config.behind_proxy = true).await;
    // The trusted proxy appends the address it was reached from to whatever the client sent.
    let from = |client: &str, path: &str| {
        Request::get(path)
            .header("x-forwarded-for", format!("10.0.0.1, {client}"))
            .body(Body::empty())
            .unwrap()
    };
    for n in 0..fairplan::app::link_guard::MAX_FAILURES {
        let guess = format!("/p/{}", "A".repeat(42) + &(n % 10).to_string());
        let answer = app.request(from("203.0.113.7", &guess)).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "guess {n}");
    }
    let blocked = app.request(from("203.0.113.7", "/p/anything")).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    app.switch_to_another_instance();
    let elsewhere = app.request(from("203.0.113.7", "/p/anything")).await;
    assert_eq!(
        elsewhere.status,
        StatusCode::TOO_MANY_REQUESTS,
        "another instance reads the stored failures"
    );
    assert!(blocked.body.contains("Please wait"));
    assert!(
        blocked.body.contains("/p/new-link"),
        "points to the way out"
    );
    let other = app.request(from("198.51.100.9", "/p/anything")).await;
    assert_eq!(
        other.status,
        StatusCode::NOT_FOUND,
        "another client is not affected"
    );
    let form = app.request(from("203.0.113.7", "/p/new-link")).await;
    assert_eq!(
        form.status,
        StatusCode::OK,
        "asking for a new link still works"
    );
    let stored: Vec<String> = fairplan::entities::link_failure::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.client)
        .collect();
    assert!(
        stored.iter().all(|c| !c.contains("203.0.113")),
        "addresses are stored hashed"
    );
}

#[tokio::test]
async fn a_client_writing_a_new_forwarded_address_each_time_is_still_slowed_down() {
    use axum::body::Body;
    use axum::http::Request;
    for hops in [1, 2] {
        let mut app = TestApp::spawn_with(|config| {
            config.behind_proxy = true;
            config.trusted_proxy_hops = hops;
        })
        .await;
        // The client's own (forged) entry first, then what each trusted proxy appended.
        let guess = |n: u64, path: &str| {
            let appended = if hops == 1 {
                "203.0.113.7"
            } else {
                "203.0.113.7, 10.0.0.2"
            };
            Request::get(path)
                .header(
                    "x-forwarded-for",
                    format!("198.18.{}.{}, {appended}", n / 250, n % 250),
                )
                .body(Body::empty())
                .unwrap()
        };
        for n in 0..fairplan::app::link_guard::MAX_FAILURES {
            let path = format!("/p/{}", "B".repeat(42) + &(n % 10).to_string());
            assert_eq!(
                app.request(guess(n, &path)).await.status,
                StatusCode::NOT_FOUND
            );
        }
        let blocked = app.request(guess(999, "/p/anything")).await;
        assert_eq!(
            blocked.status,
            StatusCode::TOO_MANY_REQUESTS,
            "with {hops} trusted proxies, rotating the first entry does not help"
        );
    }
}
