//! The demo programme, seen by each role: a coordinator signs in, a participant and an employer
//! contact follow the links in their invitation mails.

use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::access_link;
use fairplan::services::demo;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, IntoActiveModel};

async fn seeded() -> TestApp {
    let app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    app
}

#[tokio::test]
async fn a_coordinator_signs_in_sees_the_dashboard_and_signs_out() {
    let mut app = seeded().await;
    assert_eq!(app.get("/coordinator").await.status, StatusCode::SEE_OTHER);

    let form = app.get("/coordinator/login").await;
    let csrf = hidden_field(&form.body, "csrf").unwrap();
    let wrong = app
        .post_form(
            "/coordinator/login",
            &[
                ("email", "coordinator@demo.fairplan.test"),
                ("password", "wrong password!"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("the e-mail address or the password is not right")
    );

    let csrf = hidden_field(&wrong.body, "csrf").unwrap();
    let signed_in = app
        .post_form(
            "/coordinator/login",
            &[
                ("email", "Coordinator@Demo.Fairplan.test"),
                ("password", "demo-password-2026"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    let session_cookie = signed_in
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("fp_session="))
        .unwrap()
        .to_owned();
    assert!(
        session_cookie.contains("HttpOnly") && session_cookie.contains("SameSite=Lax"),
        "{session_cookie}"
    );

    let dashboard = app.get("/coordinator").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.body.contains("Career Evening"));
    assert!(
        dashboard.body.contains("0 of 21"),
        "21 interview slots, none booked yet"
    );
    assert!(dashboard.body.contains("30 participants"));

    let csrf = hidden_field(&dashboard.body, "csrf").unwrap();
    assert_eq!(
        app.post_form("/coordinator/logout", &[("csrf", &csrf)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.get("/coordinator").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_sign_in_without_the_form_token_is_refused() {
    let mut app = seeded().await;
    let response = app
        .post_form(
            "/coordinator/login",
            &[
                ("email", "coordinator@demo.fairplan.test"),
                ("password", "demo-password-2026"),
                ("csrf", "forged"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get("/coordinator").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_participant_follows_the_invitation_link_to_their_page() {
    let mut app = seeded().await;
    assert_eq!(
        app.drain_outbox().await,
        61,
        "30 participants, 3 employer contacts, and 7 volunteers with a schedule and 3 slot invitations each"
    );
    let mail = app
        .last_mail_to("participant01@demo.fairplan.test")
        .unwrap();
    // Amira reads Arabic: her mail (with the programme's English after it) and page say so.
    assert!(
        mail.part("text/html")
            .unwrap()
            .contains(r#"<html lang="ar" dir="rtl">"#)
    );

    let link = app
        .link_from_last_mail("participant01@demo.fairplan.test")
        .unwrap();
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(
        page.body.contains("\u{2068}Amira Haddad\u{2069}"),
        "names are isolated from the text's direction"
    );
    assert!(page.body.contains("Mock interviews"));
    assert!(
        page.body.contains("(\u{2066}Europe/Berlin\u{2069})"),
        "the zone kept left to right"
    );
    assert!(
        !page.body.contains("@havelhealth.example"),
        "volunteers' addresses stay private"
    );
}

#[tokio::test]
async fn an_employer_contact_follows_the_invitation_link_to_their_volunteers() {
    let mut app = seeded().await;
    app.drain_outbox().await;
    let link = app
        .link_from_last_mail("miriam.roth@havelhealth.example")
        .unwrap();
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Havel Health Kliniken"));
    assert!(page.body.contains("Olena Kovalenko"));
    assert!(
        !page.body.contains("Reza Karimi"),
        "another employer's volunteer"
    );
}

#[tokio::test]
async fn an_expired_or_revoked_link_gets_a_friendly_page() {
    let mut app = seeded().await;
    app.drain_outbox().await;
    let link = app
        .link_from_last_mail("participant02@demo.fairplan.test")
        .unwrap();
    for link_row in access_link::Entity::find().all(&app.db).await.unwrap() {
        let mut active = link_row.into_active_model();
        active.revoked_at = Set(Some(now_ms()));
        active.update(&app.db).await.unwrap();
    }
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(page.body.contains("no longer valid"));
}
