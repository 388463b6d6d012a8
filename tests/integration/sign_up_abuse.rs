//! Sign-ups that should get nowhere: a robot filling the hidden field, floods from one address
//! or one client, hostile values in every field, and links left unconfirmed for 48 hours.

use crate::sign_ups::{AMINA, person, seeded};
use crate::support::hidden_field;
use crate::support::sign_up::amina;
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::sign_up;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

#[tokio::test]
async fn robots_floods_and_hostile_input_get_nowhere() {
    let (mut app, page) = seeded().await;
    let robot = app
        .sign_up(
            (&page, "/sign-up"),
            &amina(AMINA, &[("website", "http://spam.example")]),
        )
        .await;
    assert_eq!(
        robot.status,
        StatusCode::SEE_OTHER,
        "a robot is told what everyone is told"
    );
    assert_eq!(sign_up::Entity::find().count(&app.db).await.unwrap(), 0);
    assert_eq!(app.drain_outbox().await, 0);

    for _ in 0..5 {
        app.sign_up((&page, "/sign-up"), &amina(AMINA, &[])).await;
    }
    assert_eq!(
        app.drain_outbox().await,
        3,
        "at most three mails an hour to one address"
    );

    let huge = "x".repeat(1_000_000);
    for (field, value) in [
        ("name", "Amina\u{0}"),
        ("name", "Amina\r\nBcc: all@example.org"),
        ("needs", huge.as_str()),
        ("language", "xx"),
        ("level_1", "fluent"),
        ("email", ""),
        ("occupations", "not-a-field"),
    ] {
        let refused = app
            .sign_up(
                (&page, "/sign-up"),
                &amina("new@example.org", &[(field, value)]),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        // Control characters are refused before any form is read; the rest beside the field.
        if !value.contains(['\0', '\r']) {
            assert!(refused.body.contains("error-summary"), "{field}");
        }
        assert!(
            !refused.body.contains(&huge),
            "a megabyte is not shown back"
        );
    }
    let pending = sign_up::Entity::find()
        .filter(sign_up::Column::Address.eq("new@example.org"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(pending, 0, "nothing is half-written");

    // One client may send twenty sign-ups an hour (six counted above: refused forms do not
    // count); then it is told to wait.
    let mut statuses = Vec::new();
    for n in 0..16 {
        let email = format!("person{n}@example.org");
        let sent = app.sign_up((&page, "/sign-up"), &amina(&email, &[])).await;
        statuses.push(sent.status);
    }
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count(),
        14
    );
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS));
}

#[tokio::test]
async fn an_unconfirmed_sign_up_is_forgotten_after_48_hours() {
    let (mut app, page) = seeded().await;
    app.sign_up((&page, "/sign-up"), &amina(AMINA, &[])).await;
    app.drain_outbox().await;
    let link = app.link_from_last_mail(AMINA).unwrap();
    let now = now_ms();
    let kept = fairplan::services::sign_ups::forget_old(&app.db, now + 47 * 3_600_000)
        .await
        .unwrap();
    assert_eq!(kept.0, 0);
    let gone = fairplan::services::sign_ups::forget_old(&app.db, now + 49 * 3_600_000)
        .await
        .unwrap();
    assert_eq!(gone.0, 1);
    assert_eq!(sign_up::Entity::find().count(&app.db).await.unwrap(), 0);
    let expired = app.get(&link).await;
    assert_eq!(expired.status, StatusCode::GONE);
    let csrf = hidden_field(&app.get(&page).await.body, "csrf").unwrap();
    let pressed = app.post_form(&link, &[("csrf", &csrf)]).await;
    assert_eq!(pressed.status, StatusCode::GONE);
    assert!(person(&app, AMINA).await.is_none());
}
