//! Coordinators keep a participant's sensitive facts on a page of their own: every look, change
//! and export is in the audit log; nobody signed out (an employer, a volunteer, a participant)
//! reaches them.

use crate::support::TestApp;
use crate::support::demo::{demo_person, demo_session};
use axum::http::StatusCode;
use fairplan::entities::{audit_log, participant_sensitive};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

fn facts_page(event_id: uuid::Uuid, participant_id: uuid::Uuid) -> String {
    format!("/coordinator/events/{event_id}/participants/{participant_id}/sensitive")
}

fn export_path(event_id: uuid::Uuid) -> String {
    format!("/coordinator/events/{event_id}/sensitive-facts.csv")
}

async fn log_of(app: &TestApp, action: &str) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_coordinator_records_looks_at_and_exports_facts_and_every_step_is_logged() {
    let mut app = TestApp::spawn().await;
    let (csrf, session) = demo_session(&mut app, "mock_interview").await;
    let person = demo_person(&app, 1).await;
    let page = facts_page(session.event_id, person.id);

    let first = app.get(&page).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    assert!(
        first
            .body
            .contains("Sensitive facts: <bdi>Amira Haddad</bdi>")
    );
    let viewed = log_of(&app, "sensitive.viewed").await;
    assert_eq!(viewed.len(), 1);
    assert_eq!(viewed[0].actor_kind.as_str(), "coordinator");
    assert_eq!(viewed[0].subject_id, Some(person.id));

    let bad = app
        .post_form(
            &page,
            &[
                ("csrf", &csrf),
                ("residence_status", "Duldung"),
                ("delete_after", "soon"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Write the date like 2027-03-31."));
    assert!(bad.body.contains(r#"value="Duldung""#), "kept as typed");
    let none = participant_sensitive::Entity::find_by_id(person.id)
        .one(&app.db)
        .await
        .unwrap();
    assert!(none.is_none(), "nothing stored from a form with a problem");

    let far = app
        .post_form(
            &page,
            &[
                ("csrf", &csrf),
                ("residence_status", "Duldung"),
                ("delete_after", "9999-12-31"),
            ],
        )
        .await;
    assert_eq!(far.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(far.body.contains("Choose a day within the next 10 years."));

    // Two years on: within the ten years facts may be kept for.
    let delete_after = jiff::Zoned::now()
        .date()
        .saturating_add(jiff::Span::new().years(2))
        .to_string();
    let saved = app
        .post_form(
            &page,
            &[
                ("csrf", &csrf),
                ("residence_status", "Aufenthaltsgestattung"),
                ("work_permit", "with the foreigners' office's approval"),
                ("notes", "Asked us not to mention her family."),
                ("delete_after", &delete_after),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let facts = participant_sensitive::Entity::find_by_id(person.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        facts.residence_status.as_deref(),
        Some("Aufenthaltsgestattung")
    );
    assert!(facts.delete_after.is_some());
    assert_eq!(log_of(&app, "sensitive.changed").await.len(), 1);

    let again = app.get(&format!("{page}?saved=1")).await;
    assert!(again.body.contains(r#"value="Aufenthaltsgestattung""#));
    assert!(
        again.body.contains(&format!(r#"value="{delete_after}""#)),
        "{}",
        again.body
    );
    assert!(again.body.contains("changed sensitive facts"));
    assert!(again.body.contains(crate::support::coordinator::EMAIL));

    let export = app
        .post_form(&export_path(session.event_id), &[("csrf", &csrf)])
        .await;
    assert_eq!(export.status, StatusCode::OK);
    let sheet = export.body.trim_start_matches('\u{feff}');
    assert!(
        sheet.starts_with("name,email,residence_status,work_permit,notes"),
        "{sheet}"
    );
    assert!(sheet.contains("Amira Haddad,participant01@demo.fairplan.test,Aufenthaltsgestattung"));
    assert_eq!(sheet.lines().count(), 2, "only people with facts");
    assert_eq!(log_of(&app, "sensitive.exported").await.len(), 1);

    let audit = app.get("/coordinator/audit").await;
    assert_eq!(audit.status, StatusCode::OK);
    assert!(
        audit
            .body
            .contains("exported everyone&#39;s sensitive facts"),
        "{}",
        audit.body
    );
    assert!(audit.body.contains("looked at sensitive facts"));

    // Emptying every field deletes the facts.
    app.post_form(
        &page,
        &[
            ("csrf", &csrf),
            ("residence_status", ""),
            ("work_permit", ""),
            ("notes", ""),
        ],
    )
    .await;
    let gone = participant_sensitive::Entity::find_by_id(person.id)
        .one(&app.db)
        .await
        .unwrap();
    assert!(gone.is_none());
}

#[tokio::test]
async fn nobody_signed_out_reaches_the_facts_and_strangers_are_not_found() {
    let mut app = TestApp::spawn().await;
    let (csrf, session) = demo_session(&mut app, "mock_interview").await;
    let person = demo_person(&app, 1).await;
    let page = facts_page(session.event_id, person.id);
    let stranger = facts_page(session.event_id, uuid::Uuid::now_v7());
    assert_eq!(app.get(&stranger).await.status, StatusCode::NOT_FOUND);
    let forged = app
        .post_form(&page, &[("csrf", "forged"), ("residence_status", "x")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let export_by_link = app.get(&export_path(session.event_id)).await;
    assert_eq!(
        export_by_link.status,
        StatusCode::METHOD_NOT_ALLOWED,
        "an export is always a deliberate form"
    );

    app.forget_cookies();
    let signed_out = app.get(&page).await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    let export = app
        .post_form(&export_path(session.event_id), &[("csrf", &csrf)])
        .await;
    assert_ne!(export.status, StatusCode::OK);
    assert_eq!(
        app.get("/coordinator/audit").await.status,
        StatusCode::SEE_OTHER
    );
    assert!(
        log_of(&app, "sensitive.viewed").await.is_empty(),
        "no look was recorded because none happened"
    );
}
