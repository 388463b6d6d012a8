//! Participants read their pages in their own language: their choice, else their browser's,
//! else the programme's; right-to-left languages are marked so; refusals and error pages come in
//! the same language.

use crate::support::demo::{demo_person, first_slot, session_of_format};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{event, participant};
use fairplan::services::{access_links, demo};
use sea_orm::EntityTrait;

/// The demo, and the page path of demo participant 1 (Amira, who has chosen no language yet).
async fn amira() -> (TestApp, String, uuid::Uuid) {
    let app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    crate::support::demo::none_chose_a_language(&app).await;
    let person = demo_person(&app, 1).await;
    assert!(!person.language_chosen);
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let link = access_links::participant_link(&app.db, &app.config, person.id, &event, now_ms())
        .await
        .unwrap();
    let path = link.replace(&app.config.base_url, "");
    (app, path, person.id)
}

#[tokio::test]
async fn without_a_choice_the_page_follows_the_browser_then_the_programme() {
    let (mut app, path, _) = amira().await;
    let english = app.get(&path).await;
    assert!(english.body.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(english.body.contains("My schedule"));

    app.speak("ar-SY,ar;q=0.9,en;q=0.5");
    let arabic = app.get(&path).await;
    assert_eq!(arabic.status, StatusCode::OK);
    assert!(
        arabic.body.contains(r#"<html lang="ar" dir="rtl">"#),
        "{}",
        arabic.body
    );
    assert!(
        arabic.body.contains("جدولي"),
        "the schedule heading in Arabic"
    );
    assert!(!arabic.body.contains("My schedule"));
    assert!(
        arabic.body.contains("\u{2066}Europe/Berlin\u{2069}"),
        "the zone stays left to right inside Arabic text"
    );
    assert!(
        arabic
            .body
            .contains(r#"<option value="uk" lang="uk">Українська</option>"#)
    );
    assert!(
        arabic
            .body
            .contains(r#"<option value="ar" lang="ar" selected>العربية</option>"#)
    );

    app.speak("ti, tr;q=0.8");
    let unknown = app.get(&path).await;
    assert!(
        unknown.body.contains(r#"<html lang="en" dir="ltr">"#),
        "no page in Tigrinya or Turkish yet: the programme's language"
    );
}

#[tokio::test]
async fn a_chosen_language_is_stored_and_wins_over_the_browser() {
    let (mut app, path, person_id) = amira().await;
    app.speak("ar");
    let page = app.get(&path).await;
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    let chosen = app
        .post_form(
            &format!("{path}/language"),
            &[("csrf", &csrf), ("language", "uk"), ("back", &path)],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    assert_eq!(chosen.header("location"), format!("{path}?notice=language"));
    let stored = participant::Entity::find_by_id(person_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (stored.locale.as_str(), stored.language_chosen),
        ("uk", true)
    );

    let ukrainian = app.get(&format!("{path}?notice=language")).await;
    assert!(ukrainian.body.contains(r#"<html lang="uk" dir="ltr">"#));
    assert!(
        ukrainian
            .body
            .contains("Ця сторінка і наші листи до вас тепер українською.")
    );
    assert!(ukrainian.body.contains("Мій розклад"));

    // A place given out from ranked choices cannot be booked directly: said in Ukrainian.
    let placement = session_of_format(&app, "placement").await;
    let slot = first_slot(&app, placement.id).await;
    let refused = app
        .post_form(
            &format!("{path}/book"),
            &[("csrf", &csrf), ("slot_id", &slot.id.to_string())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains(r#"<html lang="uk" dir="ltr">"#));
    assert!(
        refused
            .body
            .contains("Місця в цій сесії розподіляються за вашим вибором.")
    );

    // Persian, the other right-to-left check; the switcher comes back to the page it was on.
    let survey_page = format!("{path}/erase");
    let persian = app
        .post_form(
            &format!("{path}/language"),
            &[("csrf", &csrf), ("language", "fa"), ("back", &survey_page)],
        )
        .await;
    assert_eq!(persian.header("location"), survey_page);
    let erase = app.get(&survey_page).await;
    assert!(erase.body.contains(r#"<html lang="fa" dir="rtl">"#));
    assert!(erase.body.contains("داده\u{200c}های من پاک شود؟"));
}

#[tokio::test]
async fn bad_choices_and_foreign_targets_are_refused() {
    let (mut app, path, person_id) = amira().await;
    app.speak("de");
    let page = app.get(&path).await;
    assert!(page.body.contains(r#"<html lang="de" dir="ltr">"#));
    let csrf = hidden_field(&page.body, "csrf").unwrap();

    let unknown = app
        .post_form(
            &format!("{path}/language"),
            &[("csrf", &csrf), ("language", "ti"), ("back", &path)],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::CONFLICT);
    assert!(
        unknown.body.contains("Diese Sprache gibt es noch nicht."),
        "{}",
        unknown.body
    );
    let unchanged = participant::Entity::find_by_id(person_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(!unchanged.language_chosen, "nothing stored");

    let elsewhere = app
        .post_form(
            &format!("{path}/language"),
            &[
                ("csrf", &csrf),
                ("language", "de"),
                ("back", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(
        elsewhere.header("location"),
        format!("{path}?notice=language")
    );

    let forged = app
        .post_form(
            &format!("{path}/language"),
            &[("csrf", "forged"), ("language", "ar")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(forged.body.contains("Dieses Formular ist abgelaufen."));

    let missing = app.get("/p/not-a-real-link").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Dieser Link funktioniert nicht"));
    assert!(
        missing.body.contains(r#"action="/p/new-link""#),
        "the way forward"
    );
    assert!(missing.body.contains(r#"<html lang="de" dir="ltr">"#));
}

#[tokio::test]
async fn mails_follow_the_chosen_language_with_the_programmes_after_it() {
    let (mut app, path, _) = amira().await;
    let page = app.get(&path).await;
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    app.post_form(
        &format!("{path}/language"),
        &[("csrf", &csrf), ("language", "ar"), ("back", &path)],
    )
    .await;
    let arabic = app.get(&path).await;
    let slot_id = hidden_field(&arabic.body, "slot_id").unwrap();
    let booked = app
        .post_form(
            &format!("{path}/book"),
            &[("csrf", &csrf), ("slot_id", &slot_id)],
        )
        .await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.body);
    app.drain_outbox().await;
    let mail = app
        .last_mail_to("participant01@demo.fairplan.test")
        .unwrap();
    let subject = mail.header("Subject").unwrap();
    assert!(subject.starts_with("تم الحجز"), "{subject}");
    assert!(
        subject.contains(" / Booked: "),
        "the programme's language follows: {subject}"
    );
    let html = mail.part("text/html").unwrap();
    assert!(html.contains(r#"lang="ar" dir="rtl""#), "{html}");
    assert!(html.contains("تم حجز مكانك."));
    assert!(html.contains("your place is booked."));
    let arabic_first =
        html.find("تم حجز مكانك.").unwrap() < html.find("your place is booked.").unwrap();
    assert!(arabic_first, "the reader's language comes first");
}
