//! The coordinator's pages for the day itself (allocation, rounds, check-in, reports and
//! certificates) and every refusal and file problem they show come in German for a coordinator
//! who chose German.

use crate::support::ranked::{oversubscribed_session, preview};
use crate::support::{TestApp, TestResponse};
use axum::http::StatusCode;
use fairplan::entities::{event, volunteer};
use sea_orm::EntityTrait;

/// Fails unless the page shows every one of `texts`.
fn assert_shows(page: &TestResponse, texts: &[&str]) {
    for text in texts {
        assert!(page.body.contains(text), "{text}: {}", page.body);
    }
}

async fn choose_german(app: &mut TestApp, csrf: &str) {
    let chosen = app
        .post_form(
            "/coordinator/language",
            &[("language", "de"), ("csrf", csrf)],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
}

/// The demo and its event, with the test coordinator signed in and German chosen; returns their
/// form token too.
async fn german_demo() -> (TestApp, event::Model, String) {
    let mut app = TestApp::spawn().await;
    fairplan::services::demo::seed(&app.db, &app.config, fairplan::clock::now_ms())
        .await
        .unwrap();
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let csrf = app.sign_in_as_coordinator().await;
    choose_german(&mut app, &csrf).await;
    (app, event, csrf)
}

/// Uploads `file` as the event's participant list.
async fn upload(app: &mut TestApp, event: &event::Model, csrf: &str, file: &str) -> TestResponse {
    app.post_multipart(
        &format!("/coordinator/events/{}/participants/import", event.id),
        &[("csrf", csrf)],
        ("file", file.as_bytes()),
    )
    .await
}

#[tokio::test]
async fn an_allocation_run_and_its_reasons_come_in_german() {
    let mut app = TestApp::spawn().await;
    let setup = oversubscribed_session(&mut app, 6).await;
    choose_german(&mut app, &setup.csrf).await;
    let run = preview(&mut app, &setup, "7").await;
    let page = app
        .get(&format!(
            "/coordinator/sessions/{}/allocation?run={run}&notice=previewed",
            setup.session.id
        ))
        .await;
    assert_shows(
        &page,
        &[
            "Die Vorschau ist fertig.",
            "<h2 id=\"demand-heading\">Nachfrage</h2>",
            "Vorschau mit Startwert 7",
            "Übernehmen und allen schreiben",
            "Ihre erste Wahl (",
        ],
    );
    assert!(!page.body.contains("Your first choice"), "{}", page.body);

    // A seed that is not a number is refused in German too.
    let refused = app
        .post_form(
            &format!(
                "/coordinator/sessions/{}/allocation/preview",
                setup.session.id
            ),
            &[("csrf", &setup.csrf), ("seed", "sieben")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_shows(
        &refused,
        &["Der Startwert für das Los muss eine ganze Zahl"],
    );
}

#[tokio::test]
async fn rounds_check_in_reports_and_certificates_come_in_german() {
    let (mut app, event, csrf) = german_demo().await;
    let networking = crate::support::demo::session_of_format(&app, "speed_networking").await;

    let rounds = app
        .get(&format!("/coordinator/sessions/{}/rotation", networking.id))
        .await;
    assert_shows(&rounds, &["Runden:", "Planen ab Runde", "Runden planen"]);
    let mail_first = app
        .post_form(
            &format!("/coordinator/sessions/{}/rotation/mail", networking.id),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(mail_first.status, StatusCode::CONFLICT);
    assert_shows(&mail_first, &["Planen Sie zuerst die Runden"]);

    let base = format!("/coordinator/events/{}", event.id);
    let check_in = app.get(&format!("{base}/check-in")).await;
    assert_shows(
        &check_in,
        &[
            "Einchecken:",
            "Warteliste vor Ort",
            "Spontan gekommene Person hinzufügen",
            "Niemand wartet.",
        ],
    );
    let person = crate::support::demo::demo_person(&app, 1).await;
    let standby = format!("{base}/standby");
    let fields = [
        ("csrf", csrf.as_str()),
        ("participant_id", &person.id.to_string()),
    ];
    app.post_form(&standby, &fields).await;
    let twice = app.post_form(&standby, &fields).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_shows(&twice, &["steht schon auf der Warteliste vor Ort"]);

    let report = app.get(&format!("{base}/report")).await;
    assert_shows(
        &report,
        &[
            "<h1>Bericht</h1>",
            "Teilnahme",
            "Buchungen je Arbeitgeber",
            "Nachbefragung: noch keine Antworten.",
        ],
    );
    let period = app
        .get("/coordinator/reports?from=2026-03-31&to=2026-03-01")
        .await;
    assert_eq!(period.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_shows(&period, &["nicht vor dem ersten liegt", "Erster Tag"]);

    let volunteer = volunteer::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let certificate = app
        .get(&format!(
            "/coordinator/volunteers/{}/certificate?event={}",
            volunteer.id, event.id
        ))
        .await;
    // Only volunteers who gave time have a certificate; either way the page is German.
    assert!(
        certificate.body.contains("Bescheinigung") || certificate.status == StatusCode::NOT_FOUND,
        "{}",
        certificate.body
    );
}

#[tokio::test]
async fn problems_in_an_uploaded_file_are_named_in_german() {
    let (mut app, event, csrf) = german_demo().await;
    let file = "name,email,languages,telefon\nAmira,keine-adresse,ar Z9\n";
    let page = upload(&mut app, &event, &csrf, file).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_shows(&page, &["unbekannte Spalte „telefon“"]);
    assert!(!page.body.contains("unknown column"), "{}", page.body);

    let file = "name,email,languages\nAmira,keine-adresse,ar Z9\n";
    let page = upload(&mut app, &event, &csrf, file).await;
    assert_shows(
        &page,
        &[
            "„keine-adresse“ ist keine E-Mail-Adresse",
            "„Z9“ ist kein Sprachniveau",
        ],
    );
}
