//! Employer contacts register volunteers through their link; volunteers get slots, calendar
//! invitations and a page of their own; withdrawing a volunteer never drops a booking silently.

use crate::support::TestApp;
use crate::support::team::{
    add_volunteer, event_with_two_employers, form_token, methods_of, participant_named, slots_of,
};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::{booking, volunteer};
use fairplan::services::bookings;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

#[tokio::test]
async fn a_volunteer_added_by_their_employer_gets_slots_invitations_and_a_page_of_their_own() {
    let mut app = TestApp::spawn().await;
    let (_, acme, _) = event_with_two_employers(&mut app).await;
    let dana = add_volunteer(
        &mut app,
        &acme,
        "Dana Roth",
        "dana@acme.example",
        "17:30-18:30",
    )
    .await;
    assert_eq!(slots_of(&app, dana).await.len(), 2, "two 30-minute slots");

    app.drain_outbox().await;
    assert_eq!(
        methods_of(&app, "dana@acme.example"),
        ["REQUEST", "REQUEST"]
    );
    let schedule = app
        .smtp
        .received()
        .into_iter()
        .find(|m| {
            m.header("subject")
                .is_some_and(|s| s.contains("Your schedule"))
        })
        .expect("a schedule mail");
    let own_link = schedule
        .part("text/plain")
        .unwrap()
        .split_whitespace()
        .find_map(|w| w.strip_prefix(crate::support::BASE_URL).map(str::to_owned))
        .unwrap();
    assert!(own_link.starts_with("/v/"), "{own_link}");
    let page = app.get(&own_link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("17:30–18:00") && page.body.contains("Not booked yet"));

    let contact_page = app.get(&acme).await;
    assert!(contact_page.body.contains("Dana Roth") && contact_page.body.contains("2 slots"));

    // Fewer hours: the slot that goes away leaves the volunteer's calendar.
    let csrf = form_token(&mut app, &acme).await;
    let edit = app.get(&format!("{acme}/volunteers/{dana}/edit")).await;
    assert!(
        edit.body.contains("17:30-18:30"),
        "the form shows what is stored"
    );
    let saved = app
        .post_form(
            &format!("{acme}/volunteers/{dana}"),
            &[
                ("csrf", &csrf),
                ("name", "Dana Roth"),
                ("email", "dana@acme.example"),
                ("language", "en"),
                ("languages", "en C2"),
                ("availability", "17:30-18:00"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(slots_of(&app, dana).await.len(), 1);
    app.drain_outbox().await;
    assert_eq!(
        methods_of(&app, "dana@acme.example"),
        ["REQUEST", "REQUEST", "CANCEL"]
    );
}

#[tokio::test]
async fn withdrawing_a_volunteer_moves_their_bookings_or_puts_people_on_the_waitlist() {
    let mut app = TestApp::spawn().await;
    let (_, acme, borealis) = event_with_two_employers(&mut app).await;
    let dana = add_volunteer(
        &mut app,
        &acme,
        "Dana Roth",
        "dana@acme.example",
        "17:30-18:00",
    )
    .await;
    let sam = add_volunteer(
        &mut app,
        &borealis,
        "Sam Lee",
        "sam@borealis.example",
        "18:00-18:30",
    )
    .await;
    let amira = participant_named(&app, "Amira Haddad", "amira@example.org").await;
    let dana_slot = slots_of(&app, dana).await.remove(0);
    let booked = bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(dana_slot.id),
        "http://x",
        now_ms(),
    )
    .await
    .unwrap();
    app.drain_outbox().await;

    let csrf = form_token(&mut app, &acme).await;
    let ask = app.get(&format!("{acme}/volunteers/{dana}/withdraw")).await;
    assert!(ask.body.contains("1 of them is booked"), "{}", ask.body);
    let withdrawn = app
        .post_form(
            &format!("{acme}/volunteers/{dana}/withdraw"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    assert!(
        withdrawn
            .header("location")
            .contains("moved=1&waitlisted=0")
    );

    let moved = booking::Entity::find_by_id(booked.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let sam_slot = slots_of(&app, sam).await.remove(0);
    assert_eq!(moved.slot_id, Some(sam_slot.id), "moved to the free time");
    assert_eq!((moved.status.as_str(), moved.sequence), ("confirmed", 1));
    assert!(slots_of(&app, dana).await.is_empty());
    app.drain_outbox().await;
    let told = app.last_mail_to("amira@example.org").unwrap();
    assert!(
        told.part("text/plain")
            .unwrap()
            .contains("can no longer come at that time")
    );
    assert_eq!(
        methods_of(&app, "amira@example.org").last().unwrap(),
        "REQUEST"
    );
    assert_eq!(
        methods_of(&app, "dana@acme.example").last().unwrap(),
        "CANCEL"
    );
    let page = app.get(&borealis).await;
    assert!(page.body.contains("1 booked"), "{}", page.body);

    // No free time left: Amira is told and waits first in line.
    let csrf = form_token(&mut app, &borealis).await;
    let withdrawn = app
        .post_form(
            &format!("{borealis}/volunteers/{sam}/withdraw"),
            &[("csrf", &csrf)],
        )
        .await;
    assert!(
        withdrawn
            .header("location")
            .contains("moved=0&waitlisted=1")
    );
    let rows = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(amira.id))
        .all(&app.db)
        .await
        .unwrap();
    // (The cancelled booking went with its slot; the waitlist entry keeps her place in line.)
    let states: Vec<&str> = rows.iter().map(|b| b.status.as_str()).collect();
    assert_eq!(states, ["waitlisted"]);
    assert_eq!(rows[0].waitlisted_at, Some(booked.created_at));
    app.drain_outbox().await;
    assert_eq!(
        methods_of(&app, "amira@example.org").last().unwrap(),
        "CANCEL"
    );
    assert!(
        app.last_mail_to("amira@example.org")
            .unwrap()
            .part("text/plain")
            .unwrap()
            .contains("waiting list")
    );
    // Both changes are in the audit log as the employers' doing, one entry per booking.
    let moved = crate::support::audited_by(&app, "booking.relocated", "employer_contact").await;
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].subject_id, Some(booked.id));
    let waiting =
        crate::support::audited_by(&app, "booking.waitlisted_unavailable", "employer_contact")
            .await;
    assert_eq!(waiting.len(), 1);
    assert_ne!(waiting[0].actor_id, moved[0].actor_id, "two employers");
    let log = app.get("/coordinator/audit").await;
    assert!(
        log.body
            .contains("moved a booking: the time of its volunteer went away"),
        "{}",
        log.body
    );
    assert!(log.body.contains(" of Acme"), "{}", log.body);
}

#[tokio::test]
async fn bad_input_forged_forms_and_another_employers_link_change_nothing() {
    let mut app = TestApp::spawn().await;
    let (_, acme, borealis) = event_with_two_employers(&mut app).await;
    let csrf = form_token(&mut app, &acme).await;
    let refused = app
        .post_form(
            &format!("{acme}/volunteers"),
            &[
                ("csrf", &csrf),
                ("name", "Dana Roth"),
                ("email", "dana@acme.example"),
                ("language", "en"),
                ("languages", "en C2"),
                ("availability", "08:00-09:00"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("is outside the event&#39;s hours (17:00–21:00)")
    );
    assert!(
        refused.body.contains(r#"value="dana@acme.example""#),
        "typed values kept"
    );
    assert_eq!(volunteer::Entity::find().count(&app.db).await.unwrap(), 0);

    let forged = app
        .post_form(
            &format!("{acme}/volunteers"),
            &[
                ("csrf", "forged"),
                ("name", "X"),
                ("email", "x@acme.example"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let file = "name,email,languages,availability\n\
                Dana Roth,dana@acme.example,en C2,17:30-18:30\n\
                Sam Lee,sam@acme.example,english,17:30-18:00\n";
    let bad_file = app
        .post_multipart(
            &format!("{acme}/volunteers/import"),
            &[("csrf", &csrf)],
            ("file", file.as_bytes()),
        )
        .await;
    assert_eq!(bad_file.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad_file.body.contains("<td>3</td><td>languages</td>"),
        "{}",
        bad_file.body
    );
    assert_eq!(volunteer::Entity::find().count(&app.db).await.unwrap(), 0);
    let garbage = app
        .post_multipart(
            &format!("{acme}/volunteers/import"),
            &[("csrf", &csrf)],
            ("file", &[0xff, 0xfe, 0x00, 0x81][..]),
        )
        .await;
    assert_eq!(garbage.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(garbage.body.contains("not UTF-8"));

    let good = file.replace("english", "en B2");
    let imported = app
        .post_multipart(
            &format!("{acme}/volunteers/import"),
            &[("csrf", &csrf)],
            ("file", good.as_bytes()),
        )
        .await;
    assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
    assert_eq!(volunteer::Entity::find().count(&app.db).await.unwrap(), 2);
    let dana = volunteer::Entity::find()
        .filter(volunteer::Column::Email.eq("dana@acme.example"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();

    // Borealis's link neither shows nor changes Acme's volunteers.
    let other = app.get(&borealis).await;
    assert!(!other.body.contains("Dana Roth"));
    let csrf = form_token(&mut app, &borealis).await;
    for path in [
        format!("{borealis}/volunteers/{}/edit", dana.id),
        format!("{borealis}/volunteers/{}/withdraw", dana.id),
    ] {
        assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let withdraw = app
        .post_form(
            &format!("{borealis}/volunteers/{}/withdraw", dana.id),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(withdraw.status, StatusCode::NOT_FOUND);
    assert_eq!(slots_of(&app, dana.id).await.len(), 2, "nothing changed");
    let unknown = app
        .get("/e/0000000000000000000000000000000000000000000")
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}
