//! A coordinator who forgot their password gets a one-time link by mail.

use crate::support::coordinator::EMAIL;
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::entities::outbox_message;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const NEW_PASSWORD: &str = "a much longer new passphrase";

async fn ask_for_link(app: &mut TestApp, email: &str) -> (StatusCode, String) {
    let form = app.get("/coordinator/password-reset").await;
    let csrf = hidden_field(&form.body, "csrf").unwrap();
    let answer = app
        .post_form(
            "/coordinator/password-reset",
            &[("csrf", &csrf), ("email", email)],
        )
        .await;
    (answer.status, answer.body.replace(email, "ADDRESS"))
}

async fn reset_mails(app: &TestApp) -> u64 {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Kind.eq("password_reset"))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_and_signs_out_old_sessions() {
    let mut app = TestApp::spawn().await;
    app.sign_in_as_coordinator().await;
    assert_eq!(app.get("/coordinator").await.status, StatusCode::OK);

    let known = ask_for_link(&mut app, EMAIL).await;
    let unknown = ask_for_link(&mut app, "nobody@programme.example").await;
    assert_eq!(known.0, StatusCode::OK);
    assert_eq!(
        known, unknown,
        "the answer does not tell whether the address is known"
    );
    assert_eq!(reset_mails(&app).await, 1);
    let (status, body) = ask_for_link(&mut app, "not an address").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains(r#"aria-invalid="true""#));

    app.drain_outbox().await;
    let link = app.link_from_last_mail(EMAIL).unwrap();
    assert!(link.starts_with("/coordinator/password-reset/"), "{link}");
    let form = app.get(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    let csrf = hidden_field(&form.body, "csrf").unwrap();
    for (password, confirmation, field) in [
        ("short", "short", "password"),
        (NEW_PASSWORD, "something else entirely", "confirmation"),
    ] {
        let refused = app
            .post_form(
                &link,
                &[
                    ("csrf", &csrf),
                    ("password", password),
                    ("confirmation", confirmation),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains(&format!(r##"href="#{field}""##)));
    }
    let forged = app
        .post_form(
            &link,
            &[
                ("csrf", "forged"),
                ("password", NEW_PASSWORD),
                ("confirmation", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let saved = app
        .post_form(
            &link,
            &[
                ("csrf", &csrf),
                ("password", NEW_PASSWORD),
                ("confirmation", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.header("location"), "/coordinator/login?reset=done");

    let old_session = app.get("/coordinator").await;
    assert_eq!(
        old_session.status,
        StatusCode::SEE_OTHER,
        "signed out everywhere"
    );
    assert_eq!(
        app.get(&link).await.status,
        StatusCode::GONE,
        "the link works once"
    );

    let login = app.get("/coordinator/login?reset=done").await;
    assert!(login.body.contains("Your new password is saved"));
    let csrf = hidden_field(&login.body, "csrf").unwrap();
    let signed_in = app
        .post_form(
            "/coordinator/login",
            &[
                ("email", EMAIL),
                ("password", NEW_PASSWORD),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_address_gets_at_most_three_reset_mails_an_hour() {
    let mut app = TestApp::spawn().await;
    app.sign_in_as_coordinator().await;
    for _ in 0..6 {
        let (status, body) = ask_for_link(&mut app, EMAIL).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("is on its way"));
    }
    assert_eq!(reset_mails(&app).await, 3);
}

#[tokio::test]
async fn a_mistyped_address_is_named_in_the_readers_language() {
    let mut app = TestApp::spawn().await;
    app.speak("de-DE,de;q=0.9");
    let (status, body) = ask_for_link(&mut app, "not an address").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains("„ADDRESS“ ist keine E-Mail-Adresse wie name@example.org"),
        "{body}"
    );
    assert_eq!(reset_mails(&app).await, 0);
}
