//! The day of the event: coordinators (and volunteers, for their own slots) check people in,
//! no-shows free their places, walk-ins and people without a booking wait on standby, and a
//! freed place goes to the next person in line, with the usual invitation mail.

use crate::support::TestApp;
use crate::support::clock::begin_now;
use crate::support::demo::{book, demo_person, demo_session, first_slot};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::domain::actor::Actor;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::{audit_log, booking, coordinator, slot};
use fairplan::services::bookings;
use fairplan::services::check_in::{self, Mark, Scope};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use std::sync::Arc;
use tokio::sync::Barrier;
use uuid::Uuid;

/// The demo with a coordinator signed in, and demo participant `n` (from 1) booked into the
/// first interview slot: (csrf, event id, the slot, the booking).
pub(crate) struct Day {
    pub(crate) csrf: String,
    pub(crate) event_id: Uuid,
    pub(crate) slot: slot::Model,
    pub(crate) booking: booking::Model,
}

pub(crate) async fn day_with_one_booking(app: &mut TestApp) -> Day {
    let day = day_with_one_booking_ahead(app).await;
    // The day has come: the time has begun (so "not come" is allowed).
    let slot = begin_now(app, day.slot.id).await;
    Day { slot, ..day }
}

/// As [`day_with_one_booking`], with the booked time still ahead.
pub(crate) async fn day_with_one_booking_ahead(app: &mut TestApp) -> Day {
    let (csrf, session) = demo_session(app, "mock_interview").await;
    let slot = first_slot(app, session.id).await;
    let booker = demo_person(app, 1).await;
    let booking = book(app, booker.id, slot.id).await;
    Day {
        csrf,
        event_id: session.event_id,
        slot,
        booking,
    }
}

async fn signed_in_coordinator(app: &TestApp) -> coordinator::Model {
    coordinator::Entity::find()
        .filter(coordinator::Column::Email.eq(crate::support::coordinator::EMAIL))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

pub(crate) async fn reload(app: &TestApp, id: Uuid) -> booking::Model {
    booking::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

pub(crate) async fn booked(app: &TestApp, slot_id: Uuid) -> i32 {
    slot::Entity::find_by_id(slot_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .booked
}

pub(crate) async fn tap(
    app: &mut TestApp,
    day: &Day,
    booking_id: Uuid,
    mark: &str,
) -> crate::support::TestResponse {
    app.post_form(
        &format!("/coordinator/events/{}/check-in/{booking_id}", day.event_id),
        &[("csrf", &day.csrf), ("mark", mark), ("name", "amira")],
    )
    .await
}

#[tokio::test]
async fn the_coordinator_checks_people_in_on_the_list_of_the_day() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    let name = demo_person(&app, 1).await.name;
    let page = app
        .get(&format!("/coordinator/events/{}/check-in", day.event_id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&name), "the booked person is listed");
    assert!(page.body.contains("Expected"));
    assert!(page.body.contains(r#"<label for="name">Name</label>"#));

    let done = tap(&mut app, &day, day.booking.id, "arrived").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let back = done.header("location");
    assert!(
        back.contains("notice=arrived") && back.contains("name=amira"),
        "{back}"
    );
    assert!(back.ends_with(&format!("#b-{}", day.booking.id)), "{back}");
    assert!(reload(&app, day.booking.id).await.arrived_at.is_some());
    let page = app
        .get(&format!(
            "/coordinator/events/{}/check-in?notice=arrived",
            day.event_id
        ))
        .await;
    assert!(page.body.contains("Arrived "), "the row says so in words");
    assert!(page.body.contains("Checked in."));

    // A second tap (double click, or a colleague) changes nothing and says so.
    let again = tap(&mut app, &day, day.booking.id, "arrived").await;
    assert!(again.header("location").contains("notice=already"));
    // Who did it is in the audit log, once.
    let coordinator = signed_in_coordinator(&app).await;
    let entries = audit_log::Entity::find()
        .filter(audit_log::Column::SubjectId.eq(day.booking.id))
        // (The booking itself is logged as the participant's doing.)
        .filter(audit_log::Column::Action.ne("booking.booked"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].action, "booking.arrived");
    assert_eq!(entries[0].actor_id, Some(coordinator.id));
    // The log page names the person, the session and its time, never "booking 01a2...".
    let log = app.get("/coordinator/audit").await;
    let row = log
        .body
        .split("<tr>")
        .find(|row| row.contains("checked a booking in"))
        .unwrap_or_else(|| panic!("an arrival row in {}", log.body));
    assert!(
        row.contains(&format!("{name} · Mock interviews, ")),
        "{row}"
    );
    assert!(!log.body.contains("booking 0"), "no raw ids");

    // A no-show cannot follow an arrival without taking it back first.
    let refused = tap(&mut app, &day, day.booking.id, "no_show").await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused.body.contains("Take the arrival back first"),
        "{}",
        refused.body
    );
    let undone = tap(&mut app, &day, day.booking.id, "undo_arrival").await;
    assert_eq!(undone.status, StatusCode::SEE_OTHER);
    assert!(reload(&app, day.booking.id).await.arrived_at.is_none());

    // The page itself is one form: each button names its booking.
    let page = app
        .get(&format!("/coordinator/events/{}/check-in", day.event_id))
        .await;
    let button = format!(r#"value="arrived:{}""#, day.booking.id);
    assert!(page.body.contains(&button), "{}", page.body);
    let listed = app
        .post_form(
            &format!("/coordinator/events/{}/check-in", day.event_id),
            &[
                ("csrf", &day.csrf),
                ("mark", &format!("arrived:{}", day.booking.id)),
            ],
        )
        .await;
    assert_eq!(listed.status, StatusCode::SEE_OTHER);
    assert!(listed.header("location").contains("notice=arrived"));
    assert!(reload(&app, day.booking.id).await.arrived_at.is_some());
    let garbled = app
        .post_form(
            &format!("/coordinator/events/{}/check-in", day.event_id),
            &[("csrf", &day.csrf), ("mark", "arrived:not-a-booking")],
        )
        .await;
    assert_eq!(garbled.status, StatusCode::CONFLICT);

    // Filtering by name shows only the matching people.
    let other = app
        .get(&format!(
            "/coordinator/events/{}/check-in?name=nobody-like-this",
            day.event_id
        ))
        .await;
    assert!(!other.body.contains(&name));
    assert!(other.body.contains("match this filter"));
}

#[tokio::test]
async fn a_no_show_frees_the_place_and_coming_late_takes_it_back_if_still_free() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    assert_eq!(booked(&app, day.slot.id).await, 1);
    let done = tap(&mut app, &day, day.booking.id, "no_show").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        reload(&app, day.booking.id).await.status.as_str(),
        "no_show"
    );
    assert_eq!(
        booked(&app, day.slot.id).await,
        0,
        "the place is free again"
    );

    let late = tap(&mut app, &day, day.booking.id, "came_late").await;
    assert_eq!(late.status, StatusCode::SEE_OTHER);
    let back = reload(&app, day.booking.id).await;
    assert_eq!(back.status.as_str(), "confirmed");
    assert!(back.arrived_at.is_some(), "coming late is arriving");
    assert_eq!(booked(&app, day.slot.id).await, 1);
}

#[tokio::test]
async fn a_cancelled_booking_cannot_be_checked_in() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    bookings::cancel(
        &app.db,
        &app.config,
        day.booking.id,
        fairplan::mail::templates::CancelledBy::Participant,
        "http://x/p/t",
        now_ms(),
    )
    .await
    .unwrap();
    let refused = tap(&mut app, &day, day.booking.id, "arrived").await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("was cancelled"), "{}", refused.body);
    assert!(refused.body.contains("standby list"));
    let row = reload(&app, day.booking.id).await;
    assert_eq!((row.status.as_str(), row.arrived_at), ("cancelled", None));
    // Nonsense marks and other events' bookings are refused too.
    assert_eq!(
        tap(&mut app, &day, day.booking.id, "teleported")
            .await
            .status,
        StatusCode::CONFLICT
    );
    let foreign = app
        .post_form(
            &format!(
                "/coordinator/events/{}/check-in/{}",
                Uuid::now_v7(),
                day.booking.id
            ),
            &[("csrf", &day.csrf), ("mark", "arrived")],
        )
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
}

/// Marks the same booking from many tasks at once, `marks` in turn.
async fn tap_together(app: &TestApp, day: &Day, marks: &[Mark]) -> Vec<Result<bool, String>> {
    let coordinator = signed_in_coordinator(app).await;
    let barrier = Arc::new(Barrier::new(marks.len()));
    let mut tasks = Vec::new();
    for &mark in marks {
        let (db, barrier) = (app.db.clone(), barrier.clone());
        let (event_id, booking_id, actor) = (
            day.event_id,
            day.booking.id,
            Actor::Coordinator(coordinator.id),
        );
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            check_in::mark(
                &db,
                Scope::Event(event_id),
                actor,
                booking_id,
                mark,
                now_ms(),
            )
            .await
            .map(|m| !m.already)
            .map_err(|e| format!("{e:?}"))
        }));
    }
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap());
    }
    outcomes
}

#[tokio::test]
async fn checking_in_the_same_booking_at_once_ends_in_one_state() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    // Sixteen taps on "arrived": one changes the booking, the rest are told it was done.
    let outcomes = tap_together(&app, &day, &[Mark::Arrived; 16]).await;
    assert!(outcomes.iter().all(Result::is_ok), "{outcomes:?}");
    assert_eq!(outcomes.iter().filter(|o| *o == &Ok(true)).count(), 1);
    let arrivals = audit_log::Entity::find()
        .filter(audit_log::Column::SubjectId.eq(day.booking.id))
        // (The booking itself is logged as the participant's doing.)
        .filter(audit_log::Column::Action.ne("booking.booked"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(arrivals, 1, "one audit entry for one change");

    // Arrived and not-come at once, from a clean booking: exactly one wins, the other is
    // refused with a reason, and the place count matches the winner.
    let day = {
        let second = demo_person(&app, 2).await;
        let booking = bookings::book(
            &app.db,
            &app.config,
            ParticipantId(second.id),
            SlotId(slot_after(&app, &day.slot).await.id),
            "http://x/p/t",
            now_ms(),
        )
        .await
        .unwrap();
        let slot = begin_now(&app, booking.slot_id.unwrap()).await;
        Day {
            csrf: day.csrf,
            event_id: day.event_id,
            slot,
            booking,
        }
    };
    let marks: Vec<Mark> = (0..16)
        .map(|i| {
            if i % 2 == 0 {
                Mark::Arrived
            } else {
                Mark::NoShow
            }
        })
        .collect();
    let outcomes = tap_together(&app, &day, &marks).await;
    assert_eq!(
        outcomes.iter().filter(|o| *o == &Ok(true)).count(),
        1,
        "{outcomes:?}"
    );
    assert!(
        outcomes
            .iter()
            .all(|o| o.is_ok() || o.as_ref().unwrap_err().contains("Conflict")),
        "{outcomes:?}"
    );
    let row = reload(&app, day.booking.id).await;
    match row.status.as_str() {
        "confirmed" => {
            assert!(row.arrived_at.is_some());
            assert_eq!(booked(&app, day.slot.id).await, 1);
        }
        "no_show" => {
            assert!(row.arrived_at.is_none());
            assert_eq!(booked(&app, day.slot.id).await, 0);
        }
        other => panic!("unexpected state {other}"),
    }
}

/// The next interview slot after `slot` with the same interviewer's session.
async fn slot_after(app: &TestApp, first: &slot::Model) -> slot::Model {
    slot::Entity::find()
        .filter(slot::Column::SessionId.eq(first.session_id))
        .filter(slot::Column::Id.ne(first.id))
        .filter(slot::Column::Booked.eq(0))
        .order_by_asc(slot::Column::StartsAt)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}
