//! Sensitive facts (residence status, work permit, notes) stay with the coordinators: an
//! employer contact's and a volunteer's pages, the coordinators' CSV exports and JSON API, and
//! every mail and calendar entry hold none of them; an employer's link opens neither the
//! coordinators' exports nor the API.

use crate::support::TestApp;
use crate::support::demo::{book, demo_person, demo_session, first_slot};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::entities::{employer_contact, outbox_message, participant_sensitive, volunteer};
use fairplan::services::{access_links, api_tokens};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

const FACTS: [&str; 3] = ["Duldung-7Q", "Arbeitserlaubnis-7Q", "Trauma-Notiz-7Q"];

fn leaks(text: &str) -> Vec<&'static str> {
    FACTS.iter().copied().filter(|f| text.contains(f)).collect()
}

async fn api_get(app: &mut TestApp, path: &str, token: &str) -> (StatusCode, String) {
    let answer = app
        .request(
            Request::get(path)
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    (answer.status, answer.body)
}

#[tokio::test]
async fn sensitive_facts_never_reach_employers_volunteers_exports_or_mails() {
    let mut app = TestApp::spawn().await;
    let (_, session) = demo_session(&mut app, "mock_interview").await;
    let event_id = session.event_id;
    let person = demo_person(&app, 1).await;
    participant_sensitive::Entity::insert(participant_sensitive::ActiveModel {
        participant_id: Set(person.id),
        residence_status: Set(Some(FACTS[0].to_owned())),
        work_permit: Set(Some(FACTS[1].to_owned())),
        notes: Set(Some(FACTS[2].to_owned())),
        delete_after: Set(None),
        updated_at: Set(now_ms()),
    })
    .exec_without_returning(&app.db)
    .await
    .unwrap();
    let slot = first_slot(&app, session.id).await;
    book(&app, person.id, slot.id).await;
    let interviewer = volunteer::Entity::find_by_id(slot.volunteer_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let contact = employer_contact::Entity::find()
        .filter(employer_contact::Column::EmployerId.eq(interviewer.employer_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let later = now_ms() + 30 * 86_400_000;
    let employer_token = access_links::issue(
        &app.db,
        LinkSubject::EmployerContact(contact.id),
        Some(event_id),
        now_ms(),
        later,
    )
    .await
    .unwrap();
    let volunteer_token = access_links::issue(
        &app.db,
        LinkSubject::Volunteer(interviewer.id),
        Some(event_id),
        now_ms(),
        later,
    )
    .await
    .unwrap();

    // The coordinators' own exports and API leave them out by default.
    let coordinator = fairplan::entities::coordinator::Entity::find()
        .filter(
            fairplan::entities::coordinator::Column::Email.eq(crate::support::coordinator::EMAIL),
        )
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    for (path, names_them) in [
        (format!("/coordinator/events/{event_id}/bookings.csv"), true),
        (
            format!("/coordinator/events/{event_id}/volunteer-schedule.csv"),
            true,
        ),
        (format!("/coordinator/events/{event_id}/report.csv"), false),
        (format!("/coordinator/events/{event_id}/run-sheet"), true),
        (format!("/coordinator/events/{event_id}/check-in"), true),
    ] {
        let page = app.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert_eq!(page.body.contains(&person.name), names_them, "{path}");
        assert_eq!(leaks(&page.body), Vec::<&str>::new(), "{path}");
    }
    let api = api_tokens::create(&app.db, coordinator.id, "privacy", 1, now_ms())
        .await
        .unwrap();
    for path in [
        format!("/api/v1/events/{event_id}/participants"),
        format!("/api/v1/events/{event_id}/bookings"),
    ] {
        let (status, body) = api_get(&mut app, &path, &api.secret).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        assert_eq!(leaks(&body), Vec::<&str>::new(), "{path}");
    }

    // An employer contact and a volunteer see their pages without them.
    app.forget_cookies();
    let employer_page = app.get(&format!("/e/{employer_token}")).await;
    assert_eq!(employer_page.status, StatusCode::OK);
    assert_eq!(leaks(&employer_page.body), Vec::<&str>::new());
    let volunteer_page = app.get(&format!("/v/{volunteer_token}")).await;
    assert_eq!(volunteer_page.status, StatusCode::OK);
    assert!(
        volunteer_page.body.contains(&person.name),
        "they see who comes"
    );
    assert_eq!(leaks(&volunteer_page.body), Vec::<&str>::new());

    // Their links open neither the coordinators' exports nor the API.
    for token in [&employer_token, &volunteer_token] {
        let export = app
            .request(
                Request::get(format!("/coordinator/events/{event_id}/bookings.csv"))
                    .header(header::COOKIE, format!("fp_session={token}"))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_ne!(export.status, StatusCode::OK);
        assert_eq!(leaks(&export.body), Vec::<&str>::new());
        let (status, body) = api_get(
            &mut app,
            &format!("/api/v1/events/{event_id}/participants"),
            token,
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(leaks(&body), Vec::<&str>::new());
    }

    // No mail or calendar entry carries them.
    app.drain_outbox().await;
    for mail in outbox_message::Entity::find().all(&app.db).await.unwrap() {
        let all = format!(
            "{}{}{}{}",
            mail.subject,
            mail.body_text,
            mail.body_html,
            mail.calendar_ics.unwrap_or_default()
        );
        assert_eq!(leaks(&all), Vec::<&str>::new(), "mail {}", mail.kind);
    }
}

#[tokio::test]
async fn the_privacy_page_gives_this_installation_s_numbers_in_every_language() {
    let mut app = TestApp::spawn_with(|config| {
        config.retention_days = 120;
        config.backup_keep = 9;
    })
    .await;
    let home = app.get("/").await;
    assert!(
        home.body.contains(r#"href="/privacy""#),
        "the footer links to it"
    );
    let page = app.get("/privacy").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("120 days after your last event"));
    assert!(page.body.contains("its last 9 backups"));
    assert!(page.body.contains("never see your residence status"));
    for (language, dir) in [("de", "ltr"), ("ar", "rtl"), ("uk", "ltr"), ("fa", "rtl")] {
        app.speak(language);
        let page = app.get("/privacy").await;
        assert!(
            page.body
                .contains(&format!(r#"<html lang="{language}" dir="{dir}""#)),
            "{language}"
        );
        assert!(
            page.body.contains("120") && page.body.contains('9'),
            "{language}"
        );
        assert!(
            !page.body.contains("privacy-"),
            "{language}: an untranslated id"
        );
    }
}
