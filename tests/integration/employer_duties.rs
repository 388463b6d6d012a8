//! An employer contact's page lists everything the employer takes part in: their volunteers'
//! mock-interview hours, their speed-networking table and their taster-day placements, each
//! with its time, place and how full it is, and nothing of other employers.

use crate::support::TestApp;
use crate::support::demo::demo_session;
use axum::http::StatusCode;

/// The part of `html` under the duties heading.
fn duties(html: &str) -> &str {
    let start = html
        .find(r#"id="duties-heading""#)
        .expect("a duties section");
    let end = start + html[start..].find("</section>").unwrap();
    &html[start..end]
}

#[tokio::test]
async fn an_employer_sees_its_interviews_its_table_and_its_placement_with_time_and_place() {
    let mut app = TestApp::spawn().await;
    demo_session(&mut app, "mock_interview").await;
    app.drain_outbox().await;
    let link = app
        .link_from_last_mail("katrin.vogel@nordlicht.example")
        .unwrap();
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    let listed = duties(&page.body);
    // The demo's first contact reads German.
    for expected in [
        "Probe-Vorstellungsgespräche",
        "Mock interviews",
        "Seminar rooms 1-3",
        "Gesprächsterminen Ihrer Ehrenamtlichen gebucht",
        "Speed-Networking-Tisch",
        "Table 1",
        "Saal 2",
        "4 Plätze an Ihrem Tisch je Runde",
        "Schnupperplatz",
        "Taster day at an employer",
        "0 von 2 Plätzen vergeben",
        "17:30",
        "19:45",
        "09:00",
    ] {
        assert!(
            listed.contains(expected),
            "{expected} missing from {listed}"
        );
    }
    assert!(
        !listed.contains("Table 2"),
        "another employer's table: {listed}"
    );

    let other = app
        .link_from_last_mail("miriam.roth@havelhealth.example")
        .unwrap();
    let theirs = app.get(&other).await;
    let listed = duties(&theirs.body);
    assert!(listed.contains("Table 2"), "{listed}");
    assert!(!listed.contains("Table 1<"), "{listed}");
    // The feedback section is shown once, not once per volunteer.
    assert!(page.body.matches(r#"id="feedback-heading""#).count() <= 1);
}
