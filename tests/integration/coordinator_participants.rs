//! Coordinators put participants on an event's list (one by one or from a CSV file) and send
//! each their personal link.

use crate::support::TestApp;
use axum::http::StatusCode;
use fairplan::entities::{event, event_participant, participant, participant_language};
use sea_orm::{EntityTrait, PaginatorTrait};
use uuid::Uuid;

const GOOD_FILE: &str = "name,email,language,occupations,languages,needs\n\
Amira Haddad,amira@example.org,ar,nursing; care,ar C2; de B1,\n\
\"Shevchenko, Olena\",olena@example.org,uk,engineering,uk C2; en B2,step-free access\n\
Amira H.,AMIRA@example.org,ar,nursing,de B2,\n";

async fn event_with_coordinator(app: &mut TestApp) -> (Uuid, String) {
    let csrf = app.sign_in_as_coordinator().await;
    let created = app
        .post_form(
            "/coordinator/events",
            &[
                ("csrf", &csrf),
                ("title", "Career evening"),
                ("venue_address", "Main Street 1"),
                ("time_zone", "Europe/Berlin"),
                ("starts", "2027-03-03T17:00"),
                ("ends", "2027-03-03T21:00"),
                ("languages", "de, en"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    (event.id, csrf)
}

async fn people(app: &TestApp) -> u64 {
    participant::Entity::find().count(&app.db).await.unwrap()
}

#[tokio::test]
async fn a_valid_file_is_imported_with_duplicates_merged() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_with_coordinator(&mut app).await;
    let url = format!("/coordinator/events/{event_id}/participants/import");
    let imported = app
        .post_multipart(&url, &[("csrf", &csrf)], ("file", GOOD_FILE.as_bytes()))
        .await;
    assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
    assert_eq!(people(&app).await, 2);
    let levels = participant_language::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        levels
            .iter()
            .any(|l| l.language == "de" && l.level.as_str() == "B2"),
        "the higher level kept"
    );

    // The same file again changes nobody and doubles nobody.
    app.post_multipart(&url, &[("csrf", &csrf)], ("file", GOOD_FILE.as_bytes()))
        .await;
    assert_eq!(people(&app).await, 2);
    assert_eq!(
        event_participant::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        2
    );
    let list = app
        .get(&format!("/coordinator/events/{event_id}/participants"))
        .await;
    assert!(list.body.contains("Shevchenko, Olena"));
}

#[tokio::test]
async fn a_file_with_a_bad_row_imports_nothing_unless_asked_for_the_valid_rows() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_with_coordinator(&mut app).await;
    let url = format!("/coordinator/events/{event_id}/participants/import");
    let file = format!("{GOOD_FILE}Jonas,not-an-address,de,,de C2,\n");
    let refused = app
        .post_multipart(&url, &[("csrf", &csrf)], ("file", file.as_bytes()))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("<td>5</td><td>email</td>"),
        "{}",
        refused.body
    );
    assert_eq!(people(&app).await, 0, "nothing imported");

    let partial = app
        .post_multipart(
            &url,
            &[("csrf", &csrf), ("valid_only", "yes")],
            ("file", file.as_bytes()),
        )
        .await;
    assert_eq!(partial.status, StatusCode::SEE_OTHER);
    assert_eq!(people(&app).await, 2);
}

#[tokio::test]
async fn garbage_huge_files_wrong_columns_and_forged_forms_change_nothing() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_with_coordinator(&mut app).await;
    let url = format!("/coordinator/events/{event_id}/participants/import");

    let huge = vec![b'x'; 10 * 1024 * 1024];
    let too_big = app
        .post_multipart(&url, &[("csrf", &csrf)], ("file", &huge))
        .await;
    assert!(
        too_big.status == StatusCode::UNPROCESSABLE_ENTITY
            || too_big.status == StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        too_big.status
    );
    assert!(too_big.body.contains("2 MB"), "{}", too_big.body);

    let binary = app
        .post_multipart(
            &url,
            &[("csrf", &csrf)],
            ("file", &[0xff, 0xfe, 0x00, 0x41, 0x0a]),
        )
        .await;
    assert_eq!(binary.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(binary.body.contains("UTF-8"));

    let wrong = app
        .post_multipart(
            &url,
            &[("csrf", &csrf)],
            ("file", b"vorname,mail\nA,a@example.org\n"),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.body.contains("email&#39; is missing"),
        "{}",
        wrong.body
    );

    let forged = app
        .post_multipart(&url, &[("csrf", "forged")], ("file", GOOD_FILE.as_bytes()))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(people(&app).await, 0);
}

#[tokio::test]
async fn one_person_added_by_form_gets_field_errors_or_a_place_on_the_list() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_with_coordinator(&mut app).await;
    let url = format!("/coordinator/events/{event_id}/participants");
    let refused = app
        .post_form(
            &url,
            &[
                ("csrf", &csrf),
                ("name", "Mariam"),
                ("email", "mariam@"),
                ("languages", "fa C9"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(r#"id="email-error""#));
    assert!(refused.body.contains(r#"id="languages-error""#));
    assert!(refused.body.contains(r#"value="Mariam""#));
    let added = app
        .post_form(
            &url,
            &[
                ("csrf", &csrf),
                ("name", "Mariam"),
                ("email", "mariam@example.org"),
                ("language", "fa"),
                ("languages", "fa C2"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    assert_eq!(people(&app).await, 1);
}

#[tokio::test]
async fn invitations_go_out_once_and_only_for_a_published_event() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_with_coordinator(&mut app).await;
    app.post_multipart(
        &format!("/coordinator/events/{event_id}/participants/import"),
        &[("csrf", &csrf)],
        ("file", GOOD_FILE.as_bytes()),
    )
    .await;
    let send = format!("/coordinator/events/{event_id}/invitations");
    let draft = app.post_form(&send, &[("csrf", &csrf)]).await;
    assert_eq!(draft.status, StatusCode::CONFLICT);
    assert!(draft.body.contains("Publish the event first"));

    app.post_form(
        &format!("/coordinator/events/{event_id}/status"),
        &[("csrf", &csrf), ("action", "publish")],
    )
    .await;
    let sent = app.post_form(&send, &[("csrf", &csrf)]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(sent.header("location").ends_with("sent=2"));
    let again = app.post_form(&send, &[("csrf", &csrf)]).await;
    assert!(again.header("location").ends_with("sent=0"), "nobody twice");
    assert_eq!(app.drain_outbox().await, 2);

    let link = app.link_from_last_mail("olena@example.org").unwrap();
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Career evening"));
}

#[tokio::test]
async fn a_coordinator_revokes_a_persons_links_or_sends_a_fresh_one() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_with_coordinator(&mut app).await;
    app.post_multipart(
        &format!("/coordinator/events/{event_id}/participants/import"),
        &[("csrf", &csrf)],
        ("file", GOOD_FILE.as_bytes()),
    )
    .await;
    app.post_form(
        &format!("/coordinator/events/{event_id}/status"),
        &[("csrf", &csrf), ("action", "publish")],
    )
    .await;
    let send = format!("/coordinator/events/{event_id}/invitations");
    app.post_form(&send, &[("csrf", &csrf)]).await;
    app.drain_outbox().await;
    let first = app.link_from_last_mail("olena@example.org").unwrap();
    let olena = fairplan::entities::participant::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.email.as_deref() == Some("olena@example.org"))
        .unwrap();
    let base = format!("/coordinator/events/{event_id}/participants/{}", olena.id);

    let forged = app
        .post_form(&format!("{base}/resend-link"), &[("csrf", "nope")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&first).await.status,
        StatusCode::OK,
        "nothing changed"
    );

    let resent = app
        .post_form(&format!("{base}/resend-link"), &[("csrf", &csrf)])
        .await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER);
    assert!(resent.header("location").ends_with("?notice=link-resent"));
    let told = app.get(resent.header("location")).await;
    assert!(
        told.body.contains("a new personal link is on its way"),
        "{}",
        told.body
    );
    app.drain_outbox().await;
    let second = app.link_from_last_mail("olena@example.org").unwrap();
    assert_ne!(first, second);
    assert_eq!(
        app.get(&first).await.status,
        StatusCode::GONE,
        "the old link is revoked"
    );
    assert_eq!(app.get(&second).await.status, StatusCode::OK);

    let revoked = app
        .post_form(&format!("{base}/revoke-link"), &[("csrf", &csrf)])
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get(&second).await.status, StatusCode::GONE);
    let page = app.get(revoked.header("location")).await;
    assert!(page.body.contains("Their personal links no longer work"));

    let stranger = uuid::Uuid::now_v7();
    let unknown = app
        .post_form(
            &format!("/coordinator/events/{event_id}/participants/{stranger}/resend-link"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}
