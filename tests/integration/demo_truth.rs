//! The demo obeys its own rules and shows what Fairplan does: its event and sessions can be
//! saved unchanged (its taster day lies inside its event), and its Arabic, Ukrainian and Persian
//! participants read their pages and invitations in their own languages.

use crate::support::TestApp;
use crate::support::forms::post_forms;
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{event, session};
use fairplan::services::demo;
use sea_orm::EntityTrait;

/// Posts the form at `action` on the page `edit` exactly as a browser would, untouched.
async fn save_unchanged(app: &mut TestApp, edit: &str, action: &str) {
    let page = app.get(edit).await;
    assert_eq!(page.status, StatusCode::OK, "{edit}");
    let form = post_forms(&page.body, edit)
        .into_iter()
        .find(|f| f.action == action)
        .unwrap_or_else(|| panic!("no form posting to {action} on {edit}"));
    let fields: Vec<(&str, &str)> = form
        .fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    let saved = app.post_form(action, &fields).await;
    assert_eq!(
        saved.status,
        StatusCode::SEE_OTHER,
        "{action} refused its own values: {}",
        saved.body
    );
}

#[tokio::test]
async fn the_demo_event_and_its_sessions_can_be_saved_unchanged() {
    let mut app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    app.sign_in_as_coordinator().await;
    let the_event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let action = format!("/coordinator/events/{}", the_event.id);
    save_unchanged(&mut app, &format!("{action}/edit"), &action).await;
    for session in session::Entity::find().all(&app.db).await.unwrap() {
        let action = format!("/coordinator/sessions/{}", session.id);
        save_unchanged(&mut app, &format!("{action}/edit"), &action).await;
    }
}

#[tokio::test]
async fn the_demo_participants_read_their_own_languages() {
    let mut app = TestApp::spawn().await;
    let summary = demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    // Whoever tries the demo has an English browser.
    app.speak("en");
    let expected = [
        ("ar", "rtl", 0x0600..=0x06FF),
        ("uk", "ltr", 0x0400..=0x04FF),
        ("fa", "rtl", 0x0600..=0x06FF),
    ];
    app.drain_outbox().await;
    for (n, (language, direction, script)) in expected.into_iter().enumerate() {
        let (_, url) = &summary.participant_links[n];
        let path = &url[url.find("/p/").unwrap()..];
        let page = app.get(path).await;
        let opening = format!(r#"<html lang="{language}" dir="{direction}">"#);
        assert!(page.body.contains(&opening), "{opening}: {}", page.body);
        let address = format!("participant{:02}@demo.fairplan.test", n + 1);
        let invitation = app.last_mail_to(&address).expect("an invitation");
        let text = invitation.part("text/plain").unwrap();
        let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap();
        assert!(
            first_line.chars().any(|c| script.contains(&(c as u32))),
            "the invitation to {address} opens in {language}: {first_line}"
        );
    }
}
