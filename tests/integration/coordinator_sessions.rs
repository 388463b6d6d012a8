//! Coordinators add sessions; each format gets its units, in the event's wall time.

use crate::support::TestApp;
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::db::rows::insert_many;
use fairplan::entities::*;
use sea_orm::ActiveValue::Set;
use sea_orm::{EntityTrait, QueryOrder};
use uuid::Uuid;

/// Signs in and creates an event on `day` (wall times in New York); returns its id and the
/// session's CSRF token.
pub(crate) async fn event_on(app: &mut TestApp, day: &str) -> (Uuid, String) {
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
pub(crate) async fn employer_with_volunteer(
    app: &TestApp,
    event_id: Uuid,
    from: &str,
    until: &str,
) -> Uuid {
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
            offer: Set(None),
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

pub(crate) async fn slots_of(app: &TestApp) -> Vec<slot::Model> {
    slot::Entity::find()
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap()
}

pub(crate) fn session_form<'a>(
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
pub(crate) fn set<'a>(fields: &mut [(&'a str, &'a str)], name: &str, value: &'a str) {
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
