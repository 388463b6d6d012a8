//! The day of the event: coordinators (and volunteers, for their own slots) check people in,
//! no-shows free their places, walk-ins and people without a booking wait on standby, and a
//! freed place goes to the next person in line, with the usual invitation mail.

use crate::support::demo::demo_session;
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::db::audit::Actor;
use fairplan::entities::{audit_log, booking, coordinator, participant, slot, standby};
use fairplan::services::check_in::{self, Mark, Scope};
use fairplan::services::{access_links, bookings};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use std::sync::Arc;
use tokio::sync::Barrier;
use uuid::Uuid;

/// The demo with a coordinator signed in, and demo participant `n` (from 1) booked into the
/// first interview slot: (csrf, event id, the slot, the booking).
struct Day {
    csrf: String,
    event_id: Uuid,
    slot: slot::Model,
    booking: booking::Model,
}

async fn person(app: &TestApp, n: usize) -> participant::Model {
    participant::Entity::find()
        .filter(participant::Column::Email.eq(format!("participant{n:02}@demo.fairplan.test")))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn day_with_one_booking(app: &mut TestApp) -> Day {
    let (csrf, session) = demo_session(app, "mock_interview").await;
    let slot = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session.id))
        .order_by_asc(slot::Column::StartsAt)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let booker = person(app, 1).await;
    let booking = bookings::book(
        &app.db,
        &app.config,
        booker.id,
        slot.id,
        "http://x/p/t",
        now_ms(),
    )
    .await
    .unwrap();
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

async fn live_booking(app: &TestApp, session_id: Uuid, person: Uuid) -> booking::Model {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::ParticipantId.eq(person))
        .filter(booking::Column::Status.ne("cancelled"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn reload(app: &TestApp, id: Uuid) -> booking::Model {
    booking::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn booked(app: &TestApp, slot_id: Uuid) -> i32 {
    slot::Entity::find_by_id(slot_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .booked
}

async fn tap(
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
    let name = person(&app, 1).await.name;
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
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].action, "booking.arrived");
    assert_eq!(entries[0].actor_id, Some(coordinator.id));

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
    assert_eq!(reload(&app, day.booking.id).await.status, "no_show");
    assert_eq!(
        booked(&app, day.slot.id).await,
        0,
        "the place is free again"
    );

    let late = tap(&mut app, &day, day.booking.id, "came_late").await;
    assert_eq!(late.status, StatusCode::SEE_OTHER);
    let back = reload(&app, day.booking.id).await;
    assert_eq!(back.status, "confirmed");
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
        fairplan::services::mails::CancelledBy::Participant,
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
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(arrivals, 1, "one audit entry for one change");

    // Arrived and not-come at once, from a clean booking: exactly one wins, the other is
    // refused with a reason, and the place count matches the winner.
    let day = {
        let second = person(&app, 2).await;
        let booking = bookings::book(
            &app.db,
            &app.config,
            second.id,
            slot_after(&app, &day.slot).await.id,
            "http://x/p/t",
            now_ms(),
        )
        .await
        .unwrap();
        let slot = slot::Entity::find_by_id(booking.slot_id.unwrap())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
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

#[tokio::test]
async fn a_no_show_place_goes_to_the_next_person_on_standby() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    let page_path = format!("/coordinator/events/{}/check-in", day.event_id);
    // A walk-in first, then someone on the list who came without a booking.
    let walk_in = app
        .post_form(
            &format!("/coordinator/events/{}/walk-ins", day.event_id),
            &[
                ("csrf", &day.csrf),
                ("name", "Yusuf Demir"),
                ("email", "yusuf.demir@example.org"),
                ("language", "tr"),
                ("languages", "tr C2; de B1"),
                ("occupations", "engineering"),
                ("note", "a mock interview"),
            ],
        )
        .await;
    assert_eq!(walk_in.status, StatusCode::SEE_OTHER, "{}", walk_in.body);
    let listed = person(&app, 3).await;
    let found = app
        .get(&format!("{page_path}?find={}", &listed.name[..4]))
        .await;
    assert!(
        found.body.contains(&listed.name),
        "the search finds them on the list"
    );
    let added = app
        .post_form(
            &format!("/coordinator/events/{}/standby", day.event_id),
            &[
                ("csrf", &day.csrf),
                ("participant_id", &listed.id.to_string()),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let twice = app
        .post_form(
            &format!("/coordinator/events/{}/standby", day.event_id),
            &[
                ("csrf", &day.csrf),
                ("participant_id", &listed.id.to_string()),
            ],
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert!(twice.body.contains("already on the standby list"));

    // The booked person does not come: their place is offered to the first in line.
    tap(&mut app, &day, day.booking.id, "no_show").await;
    let page = app.get(&page_path).await;
    assert!(
        page.body.contains("Give to <bdi>Yusuf Demir</bdi>"),
        "{}",
        page.body
    );
    let line: Vec<standby::Model> = standby::Entity::find()
        .order_by_asc(standby::Column::JoinedAt)
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(line.len(), 2);
    app.drain_outbox().await;
    let placed = app
        .post_form(
            &format!(
                "/coordinator/events/{}/standby/{}/place",
                day.event_id, line[0].id
            ),
            &[("csrf", &day.csrf), ("slot_id", &day.slot.id.to_string())],
        )
        .await;
    assert_eq!(placed.status, StatusCode::SEE_OTHER, "{}", placed.body);
    assert!(placed.header("location").contains("notice=placed"));
    let yusuf = participant::Entity::find()
        .filter(participant::Column::Email.eq("yusuf.demir@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let given = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(yusuf.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (given.status.as_str(), given.slot_id),
        ("confirmed", Some(day.slot.id))
    );
    assert!(given.arrived_at.is_some(), "they are at the venue");
    assert_eq!(
        booked(&app, day.slot.id).await,
        1,
        "the place is taken once"
    );
    let entry = standby::Entity::find_by_id(line[0].id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(entry.booking_id, Some(given.id));
    assert!(entry.left_at.is_some());
    // Their invitation mail went out with the calendar entry.
    app.drain_outbox().await;
    let mail = app
        .last_mail_to("yusuf.demir@example.org")
        .expect("an invitation");
    assert!(
        mail.part("text/calendar")
            .unwrap()
            .contains("METHOD:REQUEST")
    );

    // The same place cannot go to the next person too: it is full now.
    let again = app
        .post_form(
            &format!(
                "/coordinator/events/{}/standby/{}/place",
                day.event_id, line[1].id
            ),
            &[("csrf", &day.csrf), ("slot_id", &day.slot.id.to_string())],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("fully booked"), "{}", again.body);
    // The late-comer cannot take their old place back either.
    let late = tap(&mut app, &day, day.booking.id, "came_late").await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains("given to someone else"), "{}", late.body);
    assert_eq!(reload(&app, day.booking.id).await.status, "no_show");

    // Someone who goes home leaves the list.
    let left = app
        .post_form(
            &format!(
                "/coordinator/events/{}/standby/{}/leave",
                day.event_id, line[1].id
            ),
            &[("csrf", &day.csrf)],
        )
        .await;
    assert!(left.header("location").contains("notice=left"));
    assert!(
        !app.get(&page_path).await.body.contains("since "),
        "nobody waits"
    );
}

#[tokio::test]
async fn a_walk_in_with_a_bad_address_is_shown_the_form_again() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    let shown = app
        .post_form(
            &format!("/coordinator/events/{}/walk-ins", day.event_id),
            &[
                ("csrf", &day.csrf),
                ("name", "Olena"),
                ("email", "not an address"),
            ],
        )
        .await;
    assert_eq!(shown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        shown
            .body
            .contains(r#"aria-invalid="true" aria-describedby="email-error""#)
    );
    assert!(
        shown.body.contains(r#"value="Olena""#),
        "what was typed stays"
    );
    assert_eq!(standby::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn a_volunteer_checks_in_the_people_booked_with_them_only() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    let volunteer =
        fairplan::entities::volunteer::Entity::find_by_id(day.slot.volunteer_id.unwrap())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
    let token = access_links::issue(
        &app.db,
        LinkSubject::Volunteer(volunteer.id),
        Some(day.event_id),
        now_ms(),
        now_ms() + 30 * 86_400_000,
    )
    .await
    .unwrap();
    let path = format!("/v/{token}");
    app.forget_cookies();
    let page = app.get(&path).await;
    assert!(page.body.contains("On the day"));
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    let done = app
        .post_form(
            &format!("{path}/check-in/{}", day.booking.id),
            &[("csrf", &csrf), ("mark", "arrived")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(reload(&app, day.booking.id).await.arrived_at.is_some());
    let entry = audit_log::Entity::find()
        .filter(audit_log::Column::SubjectId.eq(day.booking.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (entry.actor_kind.as_str(), entry.actor_id),
        ("volunteer", Some(volunteer.id))
    );

    // A booking with another interviewer is not theirs to touch.
    let other_slot = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(day.slot.session_id))
        .filter(slot::Column::VolunteerId.ne(volunteer.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let other = person(&app, 2).await;
    let theirs = bookings::book(
        &app.db,
        &app.config,
        other.id,
        other_slot.id,
        "http://x/p/t",
        now_ms(),
    )
    .await
    .unwrap();
    let refused = app
        .post_form(
            &format!("{path}/check-in/{}", theirs.id),
            &[("csrf", &csrf), ("mark", "no_show")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(reload(&app, theirs.id).await.status, "confirmed");
}

/// Books of `session_id` for `person`, by the database (the check-in is what is tested).
async fn booking_of(app: &TestApp, session_id: Uuid, person: Uuid) -> booking::Model {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::ParticipantId.eq(person))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn the_rounds_are_re_planned_for_the_people_actually_present() {
    let mut app = TestApp::spawn().await;
    let setup = crate::rotation::networking_with(&mut app, 6).await;
    let session_id = setup.session.id;
    let event_id = setup.session.event_id;
    let mark = |booking_id: Uuid, mark: &'static str| {
        (
            format!("/coordinator/events/{event_id}/check-in/{booking_id}"),
            mark,
        )
    };
    // Nobody checked in yet: nobody is ticked as absent.
    let page = app
        .get(&format!("/coordinator/sessions/{session_id}/rotation"))
        .await;
    assert!(!page.body.contains("(not checked in)"));
    // Four arrive, one does not come, one is not checked in yet.
    for (n, person) in setup.seated.iter().enumerate() {
        let booking = booking_of(&app, session_id, person.id).await;
        let what = match n {
            0..4 => "arrived",
            4 => "no_show",
            _ => continue,
        };
        let (path, what) = mark(booking.id, what);
        let done = app
            .post_form(&path, &[("csrf", &setup.csrf), ("mark", what)])
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
    }
    let page = app
        .get(&format!("/coordinator/sessions/{session_id}/rotation"))
        .await;
    let late = &setup.seated[5];
    assert!(
        page.body.contains(&format!(
            r#"value="{}" checked><label for="absent-{}"><bdi>{}</bdi> (not checked in)"#,
            late.id, late.id, late.name
        )),
        "the one not checked in is offered as absent"
    );
    assert!(
        !page.body.contains(&setup.seated[4].name),
        "a no-show holds no seat"
    );
    // Planning with what the page offers seats the four present people only.
    let absent = late.id.to_string();
    let planned = crate::rotation::plan(
        &mut app,
        &setup,
        &[("from_round", "1"), ("seed", "1"), ("absent", &absent)],
    )
    .await;
    assert_eq!(planned.status, StatusCode::SEE_OTHER, "{}", planned.body);
    let seated: std::collections::HashSet<Uuid> = crate::rotation::seating(&app)
        .await
        .into_iter()
        .map(|(_, _, person)| person)
        .collect();
    let present: std::collections::HashSet<Uuid> = setup.seated[..4].iter().map(|p| p.id).collect();
    assert_eq!(seated, present);
}

#[tokio::test]
async fn people_of_an_interviewer_who_did_not_come_move_or_wait_on_standby() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    let absent = day.slot.volunteer_id.unwrap();
    let theirs: Vec<slot::Model> = slot::Entity::find()
        .filter(slot::Column::VolunteerId.eq(absent))
        .filter(slot::Column::SessionId.eq(day.slot.session_id))
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    let second = person(&app, 2).await;
    let seconds = bookings::book(
        &app.db,
        &app.config,
        second.id,
        theirs[1].id,
        "http://x/p/t",
        now_ms(),
    )
    .await
    .unwrap();
    // Every other interviewer is booked up but for one time: one person can move, one cannot.
    let others: Vec<slot::Model> = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(day.slot.session_id))
        .filter(slot::Column::VolunteerId.ne(absent))
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    for other in &others[1..] {
        let mut full: slot::ActiveModel = other.clone().into();
        full.booked = Set(other.capacity);
        full.update(&app.db).await.unwrap();
    }
    let page_path = format!("/coordinator/events/{}/check-in", day.event_id);
    let page = app.get(&page_path).await;
    assert!(
        page.body
            .contains(r#"<label for="volunteer_id">Interviewer</label>"#)
    );
    app.drain_outbox().await;
    let done = app
        .post_form(
            &format!("/coordinator/events/{}/interviewer-absent", day.event_id),
            &[("csrf", &day.csrf), ("volunteer_id", &absent.to_string())],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert!(done.header("location").contains("notice=absent"));
    assert_eq!(
        slot::Entity::find()
            .filter(slot::Column::VolunteerId.eq(absent))
            .count(&app.db)
            .await
            .unwrap(),
        0,
        "their slots are gone"
    );
    // (Someone who finds no free time gets a new waitlist booking; the old one is cancelled.)
    let first = live_booking(&app, day.booking.session_id, day.booking.participant_id).await;
    let second_now = live_booking(&app, seconds.session_id, seconds.participant_id).await;
    let (moved, waiting) = if first.status == "confirmed" {
        (first, second_now)
    } else {
        (second_now, first)
    };
    assert_eq!(
        moved.slot_id,
        Some(others[0].id),
        "moved to the one free time"
    );
    assert_eq!(moved.sequence, 1, "an updated invitation");
    assert_eq!(waiting.status, "waitlisted");
    let line = standby::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(line.len(), 1);
    assert_eq!(
        (line[0].participant_id, line[0].reason.as_str()),
        (waiting.participant_id, "interviewer_absent")
    );
    let page = app.get(&page_path).await;
    assert!(page.body.contains("Interviewer did not come"));
    // Their standby entry can take a freed place: the waitlisted booking is seated again.
    let mut freed: slot::ActiveModel = others[1].clone().into();
    freed.booked = Set(0);
    freed.update(&app.db).await.unwrap();
    let placed = app
        .post_form(
            &format!(
                "/coordinator/events/{}/standby/{}/place",
                day.event_id, line[0].id
            ),
            &[("csrf", &day.csrf), ("slot_id", &others[1].id.to_string())],
        )
        .await;
    assert_eq!(placed.status, StatusCode::SEE_OTHER, "{}", placed.body);
    let seated = reload(&app, waiting.id).await;
    assert_eq!(
        (seated.status.as_str(), seated.slot_id, seated.waitlisted_at),
        ("confirmed", Some(others[1].id), None)
    );
    assert!(seated.arrived_at.is_some());
}

#[tokio::test]
async fn an_interviewer_with_people_checked_in_cannot_be_marked_absent() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    tap(&mut app, &day, day.booking.id, "arrived").await;
    let refused = app
        .post_form(
            &format!("/coordinator/events/{}/interviewer-absent", day.event_id),
            &[
                ("csrf", &day.csrf),
                ("volunteer_id", &day.slot.volunteer_id.unwrap().to_string()),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused.body.contains("checked in already"),
        "{}",
        refused.body
    );
    assert!(
        slot::Entity::find_by_id(day.slot.id)
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    );
}
