//! The coordinator's workspace: one header on every signed-in page (the workspace's sections,
//! the language of the pages and signing out) and, on an event's pages, the event's tabs with
//! the page shown marked.

use crate::support::TestApp;
use crate::support::demo::{demo_person, demo_session, session_of_format};
use axum::http::StatusCode;

const SECTIONS: [&str; 6] = [
    r#"href="/coordinator""#,
    r#"href="/coordinator/events""#,
    r#"href="/coordinator/reports""#,
    r#"href="/coordinator/audit""#,
    r#"href="/coordinator/api-tokens""#,
    r#"href="/coordinator/webhooks""#,
];

/// The `href` of the link marked `aria-current="page"` inside the `<nav>` of `class`.
fn current_in(html: &str, class: &str) -> Option<String> {
    let start = html.find(&format!(r#"<nav class="{class}""#))?;
    let end = start + html[start..].find("</nav>")?;
    let nav = &html[start..end];
    let marked = nav.find(r#" aria-current=""#)?;
    let href = nav[..marked].rfind("href=\"")? + 6;
    let close = href + nav[href..].find('"')?;
    Some(nav[href..close].to_owned())
}

#[tokio::test]
async fn every_coordinator_page_has_the_header_and_each_event_page_its_tabs() {
    let mut app = TestApp::spawn().await;
    let (_, mock) = demo_session(&mut app, "mock_interview").await;
    let networking = session_of_format(&app, "speed_networking").await;
    let placement = session_of_format(&app, "placement").await;
    let person = demo_person(&app, 1).await;
    let event = format!("/coordinator/events/{}", mock.event_id);
    let workspace = [
        ("/coordinator".to_owned(), "/coordinator"),
        ("/coordinator/events".to_owned(), "/coordinator/events"),
        ("/coordinator/events/new".to_owned(), "/coordinator/events"),
        ("/coordinator/reports".to_owned(), "/coordinator/reports"),
        ("/coordinator/audit".to_owned(), "/coordinator/audit"),
        (
            "/coordinator/api-tokens".to_owned(),
            "/coordinator/api-tokens",
        ),
        ("/coordinator/webhooks".to_owned(), "/coordinator/webhooks"),
    ];
    for (path, section) in &workspace {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        for link in SECTIONS {
            assert!(page.body.contains(link), "{path} lacks {link}");
        }
        assert!(
            page.body.contains(r#"action="/coordinator/logout""#),
            "{path}"
        );
        assert!(
            page.body.contains(r#"action="/coordinator/language""#),
            "{path}"
        );
        assert_eq!(
            current_in(&page.body, "workspace").as_deref(),
            Some(*section),
            "{path}"
        );
        assert!(
            !page.body.contains(r#"<nav class="tabs""#),
            "{path} has no event"
        );
    }
    let tab = |page: &str| format!("{event}{page}");
    let event_pages = [
        (event.clone(), tab("")),
        (tab("/edit"), tab("")),
        (tab("/sessions"), tab("/sessions")),
        (tab("/sessions/new"), tab("/sessions")),
        (
            format!("/coordinator/sessions/{}/edit", mock.id),
            tab("/sessions"),
        ),
        (
            format!("/coordinator/sessions/{}/placements", placement.id),
            tab("/sessions"),
        ),
        (tab("/participants"), tab("/participants")),
        (
            tab(&format!("/participants/{}", person.id)),
            tab("/participants"),
        ),
        (tab("/employers"), tab("/employers")),
        (tab("/check-in"), tab("/check-in")),
        (tab("/run-sheet"), tab("/check-in")),
        (tab("/planning"), tab("/planning")),
        (
            format!("/coordinator/sessions/{}/allocation", placement.id),
            tab("/planning"),
        ),
        (
            format!("/coordinator/sessions/{}/rotation", networking.id),
            tab("/planning"),
        ),
        (tab("/feedback"), tab("/feedback")),
        (tab("/outcomes"), tab("/outcomes")),
        (tab("/report"), tab("/report")),
        (tab("/copy"), tab("")),
    ];
    for (path, marked) in &event_pages {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert_eq!(
            current_in(&page.body, "workspace").as_deref(),
            Some("/coordinator/events"),
            "{path}"
        );
        assert_eq!(
            current_in(&page.body, "tabs").as_deref(),
            Some(marked.as_str()),
            "{path}"
        );
        assert!(
            page.body.contains("Career Evening"),
            "{path} names the event"
        );
        for other in [
            "/participants",
            "/employers",
            "/check-in",
            "/planning",
            "/report",
        ] {
            assert!(
                page.body.contains(&format!(r#"href="{event}{other}""#)),
                "{path}: {other}"
            );
        }
    }
    // An event that does not exist gets no tabs leading nowhere.
    let missing = app
        .get(&format!(
            "/coordinator/events/{}/report",
            uuid::Uuid::now_v7()
        ))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(!missing.body.contains(r#"<nav class="tabs""#));
}

#[tokio::test]
async fn the_header_s_language_form_comes_back_to_the_page_it_was_on() {
    let mut app = TestApp::spawn().await;
    let (csrf, session) = demo_session(&mut app, "mock_interview").await;
    let back = format!(
        "/coordinator/events/{}/participants?find=a",
        session.event_id
    );
    let page = app.get(&back).await;
    assert!(page.body.contains(&format!(
        r#"name="back" value="{}""#,
        back.replace('&', "&amp;")
    )));
    let changed = app
        .post_form(
            "/coordinator/language",
            &[("csrf", &csrf), ("language", "de"), ("back", &back)],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    assert_eq!(changed.header("location"), back);
    let german = app.get(&back).await;
    assert!(german.body.contains(r#"<html lang="de""#));
    assert!(german.body.contains("Abmelden"), "sign-out in German");
    let elsewhere = app
        .post_form(
            "/coordinator/language",
            &[
                ("csrf", &csrf),
                ("language", "en"),
                ("back", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(elsewhere.header("location"), "/coordinator");
}

#[tokio::test]
async fn the_events_page_lists_past_events_too_and_the_dashboard_only_those_not_long_over() {
    use fairplan::entities::event;
    use sea_orm::{ActiveModelTrait, EntityTrait};
    let mut app = TestApp::spawn().await;
    let (_, session) = demo_session(&mut app, "mock_interview").await;
    let demo = event::Entity::find_by_id(session.event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let year = 365 * 86_400_000;
    let past = event::Model {
        id: uuid::Uuid::now_v7(),
        slug: "last-years-fair".into(),
        title: "Last year: spring fair".into(),
        starts_at: demo.starts_at - year,
        ends_at: demo.ends_at - year,
        booking_opens_at: None,
        booking_closes_at: None,
        ..demo
    };
    event::ActiveModel::from(past)
        .reset_all()
        .insert(&app.db)
        .await
        .unwrap();
    let list = app.get("/coordinator/events").await;
    assert!(list.body.contains("Last year: spring fair"));
    assert!(list.body.contains("Career Evening"));
    assert!(list.body.contains("/copy\""), "each event can be copied");
    let dashboard = app.get("/coordinator").await;
    assert!(dashboard.body.contains("Career Evening"));
    assert!(!dashboard.body.contains("Last year"), "{}", dashboard.body);
    assert!(dashboard.body.contains("All 2 events, past ones included"));
}
