//! Changing a session that people have booked: a group's capacity never drops below its
//! bookings, a moved group takes its bookings along and tells everyone, a booked interview slot
//! cannot be taken away (the form is shown again with why), and a session outside its event or
//! with impossible numbers is refused with field errors.

use crate::coordinator_sessions::{employer_with_volunteer, event_on, session_form, set, slots_of};
use crate::support::TestApp;
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::*;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

#[tokio::test]
async fn a_group_capacity_can_grow_but_never_below_what_is_booked() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2026-05-05").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let added = app
        .post_form(
            &url,
            &session_form(&csrf, "group", "2026-05-05T10:00", "2026-05-05T11:00"),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let group = slots_of(&app).await.remove(0);
    assert_eq!(group.capacity, 12);
    // Five people are booked.
    slot::Entity::update_many()
        .col_expr(slot::Column::Booked, sea_orm::sea_query::Expr::value(5))
        .filter(slot::Column::Id.eq(group.id))
        .exec(&app.db)
        .await
        .unwrap();
    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let edit_url = format!("/coordinator/sessions/{}", session.id);
    let mut fields = session_form(&csrf, "group", "2026-05-05T10:00", "2026-05-05T11:00");
    set(&mut fields, "capacity", "4");
    let refused = app.post_form(&edit_url, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("5 places are already booked"),
        "{}",
        refused.body
    );
    assert_eq!(slots_of(&app).await[0].capacity, 12, "nothing changed");

    set(&mut fields, "capacity", "30");
    assert_eq!(
        app.post_form(&edit_url, &fields).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(slots_of(&app).await[0].capacity, 30);

    assert_eq!(slots_of(&app).await.len(), 1);
}

/// Books `email` into `slot_id` through the booking service.
async fn book(app: &TestApp, slot_id: Uuid, name: &str, email: &str) -> booking::Model {
    let person = crate::support::team::participant_named(app, name, email).await;
    fairplan::services::bookings::book(
        &app.db,
        &app.config,
        ParticipantId(person.id),
        SlotId(slot_id),
        "http://x",
        now_ms(),
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn moving_a_booked_group_takes_its_bookings_along_and_tells_everyone() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2027-05-05").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let fields = session_form(&csrf, "group", "2027-05-05T10:00", "2027-05-05T11:00");
    assert_eq!(
        app.post_form(&url, &fields).await.status,
        StatusCode::SEE_OTHER
    );
    let group = slots_of(&app).await.remove(0);
    let ada = book(&app, group.id, "Ada Obi", "ada@example.org").await;
    book(&app, group.id, "Ben Cruz", "ben@example.org").await;
    app.drain_outbox().await;

    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let edit_url = format!("/coordinator/sessions/{}", session.id);
    let later = session_form(&csrf, "group", "2027-05-05T12:00", "2027-05-05T13:00");
    let moved = app.post_form(&edit_url, &later).await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert!(moved.header("location").ends_with("notice=session-moved"));

    let slots = slots_of(&app).await;
    assert_eq!(slots.len(), 1, "the same unit, moved");
    assert_eq!((slots[0].id, slots[0].booked), (group.id, 2));
    let at = |t: &str| fairplan::domain::local_time::parse_local(t, "America/New_York").unwrap();
    assert_eq!(slots[0].starts_at, at("2027-05-05T12:00"));
    let ada_now = booking::Entity::find_by_id(ada.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (ada_now.status.as_str(), ada_now.sequence),
        ("confirmed", 1)
    );

    assert_eq!(app.drain_outbox().await, 2, "one mail per person booked");
    let mail = app.last_mail_to("ada@example.org").unwrap();
    assert!(
        mail.part("text/plain")
            .unwrap()
            .contains("the organisers have moved your session")
    );
    let ics = mail.part("text/calendar").unwrap();
    assert!(ics.contains("METHOD:REQUEST"));
    assert!(ics.contains(&format!("UID:{}", ada.calendar_uid)));
    assert!(ics.contains("SEQUENCE:1"));
    assert!(ics.contains("DTSTART:20270505T160000Z"), "{ics}");
}

#[tokio::test]
async fn taking_away_a_booked_interview_slot_is_refused_and_changes_nothing() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2027-05-05").await;
    employer_with_volunteer(&app, event_id, "2027-05-05T10:00", "2027-05-05T11:00").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let fields = session_form(
        &csrf,
        "mock_interview",
        "2027-05-05T10:00",
        "2027-05-05T11:00",
    );
    assert_eq!(
        app.post_form(&url, &fields).await.status,
        StatusCode::SEE_OTHER
    );
    let last = slots_of(&app).await.remove(1);
    book(&app, last.id, "Ada Obi", "ada@example.org").await;

    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let shorter = session_form(
        &csrf,
        "mock_interview",
        "2027-05-05T10:00",
        "2027-05-05T10:30",
    );
    let refused = app
        .post_form(&format!("/coordinator/sessions/{}", session.id), &shorter)
        .await;
    // The form again, with the problem at its top and what was typed kept: never a dead end.
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    let summary = refused
        .body
        .split(r#"<div class="error-summary" role="alert">"#)
        .nth(1)
        .expect("a problem summary at the top");
    assert!(summary.contains("would remove 1 booked time"), "{summary}");
    assert!(refused.body.contains(r#"value="2027-05-05T10:30""#));
    assert!(
        refused
            .body
            .contains(&format!(r#"action="/coordinator/sessions/{}""#, session.id)),
        "the form posts to the same session again"
    );
    assert_eq!(slots_of(&app).await.len(), 2, "nothing changed");
}

#[tokio::test]
async fn a_session_outside_the_event_or_with_impossible_numbers_is_refused_with_field_errors() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2026-05-05").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let mut fields = session_form(&csrf, "group", "2026-05-06T10:00", "2026-05-06T11:00");
    set(&mut fields, "capacity", "-3");
    let refused = app.post_form(&url, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(r#"id="starts-error""#));
    assert!(refused.body.contains(r#"id="capacity-error""#));
    assert!(refused.body.contains(r#"value="-3""#), "typed value kept");
    assert!(
        session::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
}
