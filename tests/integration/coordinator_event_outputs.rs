//! An event's dashboard (fill per employer, who has not booked, mail problems), its CSV exports
//! and its printable run sheet, checked against a small known event.

use crate::support::TestApp;
use crate::support::team::{add_volunteer, event_with_two_employers, slots_of};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::{event, outbox_message, participant};
use fairplan::services::bookings;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

/// Adds a person to the event's list through the coordinator's form.
async fn add_person(app: &mut TestApp, csrf: &str, event_id: uuid::Uuid, name: &str, email: &str) {
    let added = app
        .post_form(
            &format!("/coordinator/events/{event_id}/participants"),
            &[
                ("csrf", csrf),
                ("name", name),
                ("email", email),
                ("language", "en"),
                ("occupations", "nursing"),
                ("languages", "en B2"),
                ("needs", "step-free access please"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
}

/// Marks the last mail to `address` as failed for good, as the worker does after every attempt.
async fn fail_last_mail_to(app: &TestApp, address: &str) {
    let mail = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(address))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut row: outbox_message::ActiveModel = mail.into();
    row.status = Set(fairplan::domain::delivery_status::DeliveryStatus::Failed);
    row.last_error = Set(Some("550 mailbox unavailable".to_owned()));
    row.update(&app.db).await.unwrap();
}

#[tokio::test]
async fn the_dashboard_exports_and_run_sheet_show_a_known_event_exactly() {
    let mut app = TestApp::spawn().await;
    let (csrf, acme, borealis) = event_with_two_employers(&mut app).await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let dana = add_volunteer(
        &mut app,
        &acme,
        "Dana Roth",
        "dana@acme.example",
        "17:30-18:30",
    )
    .await;
    add_volunteer(
        &mut app,
        &borealis,
        "Sam Lee",
        "sam@borealis.example",
        "18:00-18:30",
    )
    .await;
    for (name, email) in [
        ("Amira Haddad", "amira@example.org"),
        ("=HYPERLINK(\"http://evil\")", "eve@example.org"),
        ("Bo Berg", "bo@example.org"),
    ] {
        add_person(&mut app, &csrf, event.id, name, email).await;
    }
    let amira = participant::Entity::find()
        .filter(participant::Column::Email.eq("amira@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let first_slot = slots_of(&app, dana).await.remove(0);
    bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(first_slot.id),
        "http://x",
        now_ms(),
    )
    .await
    .unwrap();
    app.drain_outbox().await;
    fail_last_mail_to(&app, "sam@borealis.example").await;

    let page = app.get(&format!("/coordinator/events/{}", event.id)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let body = &page.body;
    assert!(
        body.contains("<td><bdi>Acme Health</bdi></td><td>1</td><td>2</td><td>1 of 2</td>"),
        "{body}"
    );
    assert!(body.contains("<td><bdi>Borealis Bank</bdi></td><td>1</td><td>1</td><td>0 of 1</td>"));
    assert!(body.contains("2 of 3 people on the list have no booking"));
    assert!(body.contains("bo@example.org"));
    assert!(!body.contains("amira@example.org"), "Amira has booked");
    assert!(body.contains("1 mail could not be delivered"));
    assert!(body.contains("550 mailbox unavailable"));

    let bookings_csv = app
        .get(&format!("/coordinator/events/{}/bookings.csv", event.id))
        .await;
    assert_eq!(bookings_csv.status, StatusCode::OK);
    assert_eq!(
        bookings_csv.header("content-type"),
        "text/csv; charset=utf-8"
    );
    assert!(
        bookings_csv
            .header("content-disposition")
            .contains("fairplan-bookings-2027-03-03.csv")
    );
    let lines: Vec<&str> = bookings_csv.body.lines().collect();
    assert_eq!(lines.len(), 2, "{}", bookings_csv.body);
    assert!(lines[0].starts_with("\u{feff}session,format,date,starts,ends,time_zone"));
    assert!(
        lines[1].starts_with(
            "Mock interviews,mock_interview,2027-03-03,17:30,18:00,Europe/Berlin,,,\
             Acme Health,Dana Roth,Amira Haddad,amira@example.org,,en,confirmed,"
        ),
        "{}",
        lines[1]
    );
    assert!(
        !bookings_csv.body.contains("step-free"),
        "needs are never exported"
    );

    let schedule = app
        .get(&format!(
            "/coordinator/events/{}/volunteer-schedule.csv",
            event.id
        ))
        .await;
    let lines: Vec<&str> = schedule.body.lines().collect();
    assert_eq!(
        lines[1..],
        [
            "Acme Health,Dana Roth,dana@acme.example,Recruiter,Mock interviews,2027-03-03,17:30,18:00,Europe/Berlin,,1,1,Amira Haddad",
            "Acme Health,Dana Roth,dana@acme.example,Recruiter,Mock interviews,2027-03-03,18:00,18:30,Europe/Berlin,,0,1,",
            "Borealis Bank,Sam Lee,sam@borealis.example,Recruiter,Mock interviews,2027-03-03,18:00,18:30,Europe/Berlin,,0,1,",
        ]
    );

    let sheet = app
        .get(&format!("/coordinator/events/{}/run-sheet", event.id))
        .await;
    assert_eq!(sheet.status, StatusCode::OK);
    let dana_card = sheet.body.find("Dana Roth (Acme Health)").unwrap();
    let sam_card = sheet.body.find("Sam Lee (Borealis Bank)").unwrap();
    assert!(dana_card < sam_card, "cards ordered by host");
    let dana_part = &sheet.body[dana_card..sam_card];
    assert!(
        dana_part.contains("17:30–18:00</td>\n<td><bdi>Amira Haddad</bdi>"),
        "{dana_part}"
    );
    assert!(dana_part.contains("18:00–18:30</td>\n<td><span class=\"muted\">free</span>"));
}

#[tokio::test]
async fn exports_and_the_run_sheet_need_a_signed_in_coordinator() {
    let mut app = TestApp::spawn().await;
    let (_, acme, _) = event_with_two_employers(&mut app).await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    add_volunteer(
        &mut app,
        &acme,
        "Dana Roth",
        "dana@acme.example",
        "17:30-18:30",
    )
    .await;
    app.forget_cookies();
    for path in ["bookings.csv", "volunteer-schedule.csv", "run-sheet"] {
        let answer = app
            .get(&format!("/coordinator/events/{}/{path}", event.id))
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        assert!(answer.header("location").starts_with("/coordinator/login"));
        assert!(!answer.body.contains("Dana"));
    }
    let employer_tries = app
        .get(&format!(
            "{acme}/../../coordinator/events/{}/bookings.csv",
            event.id
        ))
        .await;
    assert_ne!(employer_tries.status, StatusCode::OK);
}
