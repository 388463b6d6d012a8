//! Coordinators read their pages in English or German: their stored choice, else their
//! browser's, else the programme's language.

use crate::support::coordinator::EMAIL;
use crate::support::{TestApp, TestResponse};
use axum::http::StatusCode;
use fairplan::db::coordinators;
use sea_orm::EntityTrait;

#[tokio::test]
async fn the_sign_in_page_and_its_problems_follow_the_browser() {
    let mut app = TestApp::spawn().await;
    let english = app.get("/coordinator/login").await;
    assert!(english.body.contains(r#"<html lang="en""#));
    assert!(english.body.contains("Forgot your password?"));

    app.speak("de-DE,de;q=0.9,en;q=0.5");
    let german = app.get("/coordinator/login").await;
    assert!(
        german.body.contains(r#"<html lang="de""#),
        "{}",
        german.body
    );
    assert!(german.body.contains("Passwort vergessen?"));
    let csrf = crate::support::hidden_field(&german.body, "csrf").unwrap();
    let refused = app
        .post_form(
            "/coordinator/login",
            &[
                ("email", "nobody@example.org"),
                ("password", "wrong"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("E-Mail-Adresse oder Passwort stimmen nicht"),
        "{}",
        refused.body
    );
}

#[tokio::test]
async fn a_coordinator_chooses_german_and_every_page_they_open_follows() {
    let mut app = TestApp::spawn().await;
    let csrf = app.sign_in_as_coordinator().await;
    let dashboard = app.get("/coordinator").await;
    assert!(dashboard.body.contains("<h1>Dashboard</h1>"));

    let chosen = app
        .post_form(
            "/coordinator/language",
            &[("language", "de"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    let stored = coordinators::find_by_email(&app.db, EMAIL)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.language.as_deref(), Some("de"));

    // The choice wins over an English browser.
    app.speak("en-US,en;q=0.9");
    let dashboard = app.get("/coordinator").await;
    assert!(dashboard.body.contains(r#"<html lang="de""#));
    assert!(
        dashboard.body.contains("<h1>Übersicht</h1>"),
        "{}",
        dashboard.body
    );
    assert!(dashboard.body.contains("Neue Veranstaltung"));
    assert!(
        dashboard
            .body
            .contains(r#"<option value="de" lang="de" selected>Deutsch</option>"#)
    );

    let form = app.get("/coordinator/events/new").await;
    assert!(form.body.contains("Zeitzone"), "{}", form.body);
    let created = app
        .post_form(
            "/coordinator/events",
            &[
                ("csrf", &csrf),
                ("title", "Jobmesse"),
                ("venue_address", "Rathaus"),
                ("time_zone", "Europe/Berlin"),
                ("starts", "2027-03-04T10:00"),
                ("ends", "2027-03-04T16:00"),
                ("languages", "de"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let event_page = app.get(created.header("location")).await;
    assert_shows(
        &event_page,
        &[
            "Die Veranstaltung wurde als Entwurf angelegt.",
            "Entwurf",
            "Do., 4. März 2027, 10:00–16:00 (Europe/Berlin)",
            "ab Veröffentlichung bis zum Beginn der Veranstaltung",
            "Veröffentlichen",
            "Noch keine Programmpunkte.",
        ],
    );
    let problems = app
        .post_form(
            "/coordinator/events",
            &[
                ("csrf", &csrf),
                ("title", ""),
                ("time_zone", "Europe/Berlin"),
                ("starts", "2027-03-04T18:00"),
                ("ends", "2027-03-04T17:00"),
                ("languages", "de"),
            ],
        )
        .await;
    assert_eq!(problems.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_shows(
        &problems,
        &[
            "geben Sie einen Titel mit höchstens 200 Zeichen ein",
            "das Ende muss nach dem Beginn liegen",
            "geben Sie die Adresse des Veranstaltungsorts",
        ],
    );

    // A language these pages are not written in changes nothing; a forged form is refused.
    app.post_form(
        "/coordinator/language",
        &[("language", "fa"), ("csrf", &csrf)],
    )
    .await;
    let forged = app
        .post_form(
            "/coordinator/language",
            &[("language", "en"), ("csrf", "forged")],
        )
        .await;
    assert_ne!(forged.status, StatusCode::SEE_OTHER);
    let stored = coordinators::find_by_email(&app.db, EMAIL)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.language.as_deref(), Some("de"));
}

#[tokio::test]
async fn the_session_form_and_its_problems_come_in_german() {
    let (mut app, event, csrf) = german_coordinator_of_the_demo().await;

    let form = app
        .get(&format!("/coordinator/events/{}/sessions/new", event.id))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert_shows(
        &form,
        &[
            "Neuer Programmpunkt",
            "Probe-Vorstellungsgespräche",
            "Länge eines Gesprächs",
        ],
    );
    let problems = app
        .post_form(
            &format!("/coordinator/events/{}/sessions", event.id),
            &[
                ("csrf", &csrf),
                ("title", "Probegespräche"),
                ("format", "mock_interview"),
                ("starts", "2000-01-01T10:00"),
                ("ends", "2000-01-01T11:00"),
                ("slot_minutes", "1"),
                ("break_minutes", "0"),
                ("booking_mode", "first_come"),
                ("max_bookings_per_participant", "1"),
            ],
        )
        .await;
    assert_eq!(problems.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_shows(
        &problems,
        &[
            "geben Sie eine ganze Zahl von 5 bis 480 ein",
            "der Programmpunkt muss innerhalb der Zeiten der Veranstaltung liegen",
        ],
    );
}

#[tokio::test]
async fn the_api_token_form_and_its_problems_come_in_german() {
    let (mut app, _, csrf) = german_coordinator_of_the_demo().await;
    let problems = app
        .post_form(
            "/coordinator/api-tokens",
            &[("csrf", &csrf), ("name", ""), ("days", "7")],
        )
        .await;
    assert_eq!(problems.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_shows(
        &problems,
        &[
            "geben Sie dem Schlüssel einen Namen",
            "wählen Sie 30, 90, 180 oder 365 Tage",
        ],
    );
}

/// Fails unless the page shows every one of `texts`.
fn assert_shows(page: &TestResponse, texts: &[&str]) {
    for text in texts {
        assert!(page.body.contains(text), "{text}: {}", page.body);
    }
}

#[tokio::test]
async fn the_lists_logs_and_sheets_of_an_event_come_in_german() {
    let (mut app, event, _) = german_coordinator_of_the_demo().await;
    let person = crate::support::demo::demo_person(&app, 1).await;
    let base = format!("/coordinator/events/{}", event.id);

    let participants = app.get(&format!("{base}/participants")).await;
    assert_shows(
        &participants,
        &[
            "<h1>Teilnehmende</h1>",
            "Eine Person hinzufügen",
            "Sensible Angaben",
        ],
    );
    let employers = app.get(&format!("{base}/employers")).await;
    assert_shows(&employers, &["Einen Arbeitgeber einladen", "Kontaktperson"]);
    let sensitive = app
        .get(&format!("{base}/participants/{}/sensitive", person.id))
        .await;
    assert_shows(
        &sensitive,
        &["Aufenthaltsstatus", "hat sensible Angaben angesehen"],
    );
    let audit = app.get("/coordinator/audit").await;
    assert_shows(
        &audit,
        &["<h1>Protokoll</h1>", "hat sensible Angaben angesehen"],
    );
    let feedback = app.get(&format!("{base}/feedback")).await;
    assert_shows(&feedback, &["Rückmeldungen:", "0 geschrieben"]);
    let tokens = app.get("/coordinator/api-tokens").await;
    assert_shows(
        &tokens,
        &["<h1>API-Schlüssel</h1>", "90 Tage", "Noch keine Schlüssel."],
    );
    let outcomes = app.get(&format!("{base}/outcomes")).await;
    assert_shows(
        &outcomes,
        &["Ein Ergebnis erfassen", "Noch keine Ergebnisse erfasst."],
    );
    let sheet = app.get(&format!("{base}/run-sheet")).await;
    assert_shows(&sheet, &["Ablaufplan:", "Zurück zur Veranstaltung"]);
}

/// The demo, its event, and the test coordinator signed in with German chosen; returns the
/// session's anti-forgery token too.
async fn german_coordinator_of_the_demo() -> (TestApp, fairplan::entities::event::Model, String) {
    let mut app = TestApp::spawn().await;
    fairplan::services::demo::seed(&app.db, &app.config, fairplan::clock::now_ms())
        .await
        .unwrap();
    let event = fairplan::entities::event::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let csrf = app.sign_in_as_coordinator().await;
    app.post_form(
        "/coordinator/language",
        &[("language", "de"), ("csrf", &csrf)],
    )
    .await;
    (app, event, csrf)
}
