//! A personal link that does not work (unknown, cut off when copied, expired, revoked) is no
//! dead end: the page says so and offers the form for a new link, and the home page leads
//! there too.

use crate::support::TestApp;
use crate::support::demo::{demo_person, demo_session};
use axum::http::StatusCode;

#[tokio::test]
async fn an_unknown_or_revoked_link_offers_a_new_one_and_the_home_page_leads_there() {
    let mut app = TestApp::spawn().await;
    let (csrf, session) = demo_session(&mut app, "mock_interview").await;
    app.drain_outbox().await;
    let home = app.get("/").await;
    assert!(home.body.contains(r#"href="/p/new-link""#));

    let unknown = app.get("/p/not-a-real-token-just-cut-off").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(unknown.body.contains("This link does not work"));
    assert!(
        unknown.body.contains(r#"action="/p/new-link""#),
        "{}",
        unknown.body
    );
    assert!(unknown.body.contains(r#"<label for="email">"#));

    // The form on that page works: its token matches the cookie it set.
    let person = demo_person(&app, 4).await;
    let address = person.email.clone().unwrap();
    let token = crate::support::hidden_field(&unknown.body, "csrf").unwrap();
    let asked = app
        .post_form("/p/new-link", &[("csrf", &token), ("email", &address)])
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    assert_eq!(app.drain_outbox().await, 1);
    let link = app.link_from_last_mail(&address).unwrap();
    assert_eq!(app.get(&link).await.status, StatusCode::OK);

    // A revoked link says it is no longer valid, with the same form.
    let revoked = app
        .post_form(
            &format!(
                "/coordinator/events/{}/participants/{}/revoke-link",
                session.event_id, person.id
            ),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let gone = app.get(&link).await;
    assert_eq!(gone.status, StatusCode::GONE);
    assert!(gone.body.contains("no longer valid"));
    assert!(gone.body.contains(r#"action="/p/new-link""#));
    assert!(!gone.body.contains(&person.name), "the page names nobody");
}

#[tokio::test]
async fn an_employer_s_or_volunteer_s_link_that_does_not_work_says_whom_to_ask() {
    let mut app = TestApp::spawn().await;
    demo_session(&mut app, "mock_interview").await;
    let from = app.config.mail_from.email.to_string();
    for path in ["/e/not-a-real-token", "/v/cut-off-when-copi"] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.body.contains("This link does not work"), "{path}");
        assert!(
            page.body
                .contains("Links for employers and volunteers are sent by the coordinators"),
            "{}",
            page.body
        );
        assert!(page.body.contains(&from), "whom to write to");
        assert!(
            !page.body.contains("/p/new-link\""),
            "never the participants' form, which cannot send them one"
        );
    }
    // A page under a link, and other methods, keep their own answers.
    let under = app.get("/e/not-a-real-token/nothing-here").await;
    assert!(!under.body.contains("Links for employers and volunteers"));
}
