//! Coordinators add sessions; each format gets its units, in the event's wall time.

use crate::support::TestApp;
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::db::rows::insert_many;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::*;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// Signs in and creates an event on `day` (wall times in New York); returns its id and the
/// session's CSRF token.
async fn event_on(app: &mut TestApp, day: &str) -> (Uuid, String) {
    let csrf = app.sign_in_as_coordinator().await;
    let starts = format!("{day}T00:00");
    let ends = format!("{day}T23:00");
    let created = app
        .post_form(
            "/coordinator/events",
            &[
                ("csrf", &csrf),
                ("title", "Interview day"),
                ("venue_address", "Main Street 1"),
                ("time_zone", "America/New_York"),
                ("starts", &starts),
                ("ends", &ends),
                ("languages", "en"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    (event.id, csrf)
}

/// An employer invited to the event, with one volunteer available from `from` to `until`.
async fn employer_with_volunteer(app: &TestApp, event_id: Uuid, from: &str, until: &str) -> Uuid {
    let zone = "America/New_York";
    let at = |t: &str| fairplan::domain::local_time::parse_local(t, zone).unwrap();
    let (employer_id, volunteer_id) = (Uuid::now_v7(), Uuid::now_v7());
    let now = now_ms();
    insert_many(
        &app.db,
        vec![employer::ActiveModel {
            id: Set(employer_id),
            name: Set("Acme Health".to_owned()),
            website: Set(None),
            created_at: Set(now),
        }],
    )
    .await
    .unwrap();
    insert_many(
        &app.db,
        vec![event_employer::ActiveModel {
            event_id: Set(event_id),
            employer_id: Set(employer_id),
            invited_at: Set(now),
        }],
    )
    .await
    .unwrap();
    insert_many(
        &app.db,
        vec![volunteer::ActiveModel {
            id: Set(volunteer_id),
            employer_id: Set(employer_id),
            name: Set("Ana Interviewer".to_owned()),
            email: Set(format!("ana-{volunteer_id}@acme.example")),
            job_title: Set("Nurse manager".to_owned()),
            locale: Set("en".to_owned()),
            withdrawn_at: Set(None),
            created_at: Set(now),
        }],
    )
    .await
    .unwrap();
    insert_many(
        &app.db,
        vec![volunteer_availability::ActiveModel {
            id: Set(Uuid::now_v7()),
            volunteer_id: Set(volunteer_id),
            event_id: Set(event_id),
            starts_at: Set(at(from)),
            ends_at: Set(at(until)),
        }],
    )
    .await
    .unwrap();
    volunteer_id
}

async fn slots_of(app: &TestApp) -> Vec<slot::Model> {
    slot::Entity::find()
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap()
}

fn session_form<'a>(
    csrf: &'a str,
    format: &'a str,
    starts: &'a str,
    ends: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("title", "Session"),
        ("format", format),
        ("starts", starts),
        ("ends", ends),
        ("booking_mode", "first_come"),
        ("capacity", "12"),
        ("slot_minutes", "30"),
        ("break_minutes", "0"),
        ("rounds", "3"),
        ("round_minutes", "10"),
        ("changeover_minutes", "5"),
        ("seats_per_table", "4"),
        ("max_bookings_per_participant", "1"),
    ]
}

/// Replaces one field's value in a form.
fn set<'a>(fields: &mut [(&'a str, &'a str)], name: &str, value: &'a str) {
    for field in fields.iter_mut().filter(|(k, _)| *k == name) {
        field.1 = value;
    }
}

#[tokio::test]
async fn interview_slots_on_the_spring_clock_change_day_follow_the_wall_clock() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2026-03-08").await;
    employer_with_volunteer(&app, event_id, "2026-03-08T01:00", "2026-03-08T04:00").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let added = app
        .post_form(
            &url,
            &session_form(
                &csrf,
                "mock_interview",
                "2026-03-08T01:00",
                "2026-03-08T04:00",
            ),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let starts: Vec<String> = slots_of(&app)
        .await
        .iter()
        .map(|s| {
            fairplan::domain::local_time::format_local_input(s.starts_at, "America/New_York")
                .unwrap()
        })
        .collect();
    // 02:00-02:59 does not exist on 8 March 2026 in New York.
    assert_eq!(
        starts,
        [
            "2026-03-08T01:00",
            "2026-03-08T01:30",
            "2026-03-08T03:00",
            "2026-03-08T03:30"
        ]
    );
}

#[tokio::test]
async fn a_volunteer_is_never_given_two_slots_at_once_across_sessions() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2026-05-05").await;
    employer_with_volunteer(&app, event_id, "2026-05-05T18:00", "2026-05-05T20:00").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    for _ in 0..2 {
        let added = app
            .post_form(
                &url,
                &session_form(
                    &csrf,
                    "mock_interview",
                    "2026-05-05T18:00",
                    "2026-05-05T20:00",
                ),
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
    }
    let slots = slots_of(&app).await;
    assert_eq!(
        slots.len(),
        4,
        "the second session finds the volunteer busy"
    );
    for pair in slots.windows(2) {
        assert!(pair[0].ends_at <= pair[1].starts_at);
    }
}

#[tokio::test]
async fn speed_networking_gets_a_table_per_employer_rounds_and_a_seat_pool() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2026-05-05").await;
    employer_with_volunteer(&app, event_id, "2026-05-05T18:00", "2026-05-05T20:00").await;
    employer_with_volunteer(&app, event_id, "2026-05-05T18:00", "2026-05-05T20:00").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let added = app
        .post_form(
            &url,
            &session_form(
                &csrf,
                "speed_networking",
                "2026-05-05T19:00",
                "2026-05-05T20:00",
            ),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let tables = networking_table::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(tables.len(), 2);
    let rounds = networking_round::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rounds.len(), 3);
    let slots = slots_of(&app).await;
    assert_eq!(slots.len(), 1);
    assert_eq!(slots[0].capacity, 8, "2 tables of 4 seats");
}

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
