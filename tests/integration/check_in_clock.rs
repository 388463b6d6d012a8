//! The clock on the day of the event: "not come" only from the start of the person's time (before
//! it they may still come, and their place must not go to standby), "came after all" until the
//! session ends; a late-comer whose place was given away meanwhile is offered another free place
//! of the session or the standby list, never a dead end.

use crate::check_in::{Day, booked, day_with_one_booking, reload, tap};
use crate::support::TestApp;
use crate::support::demo::{book, demo_person, demo_session, first_slot};
use axum::http::StatusCode;
use fairplan::domain::actor::Actor;
use fairplan::entities::{audit_log, coordinator, session};
use fairplan::services::check_in::{self, Mark, Scope};
use fairplan::services::error::ServiceError;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

async fn any_coordinator(app: &TestApp) -> Actor {
    let someone = coordinator::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    Actor::Coordinator(someone.id)
}

fn refusal(answer: Result<check_in::Marked, ServiceError>) -> String {
    match answer {
        Err(ServiceError::Conflict(message)) => message.id().to_owned(),
        other => panic!("not refused: {other:?}"),
    }
}

#[tokio::test]
async fn not_come_waits_for_the_time_and_came_late_lasts_until_the_session_ends() {
    let mut app = TestApp::spawn().await;
    let (csrf, interviews) = demo_session(&mut app, "mock_interview").await;
    let slot = first_slot(&app, interviews.id).await;
    let person = demo_person(&app, 1).await;
    let booking = book(&app, person.id, slot.id).await;
    let day = Day {
        csrf,
        event_id: interviews.event_id,
        slot: slot.clone(),
        booking: booking.clone(),
    };

    // Before the time: the page offers "arrived" only, and the POST is refused in words.
    let page = app
        .get(&format!("/coordinator/events/{}/check-in", day.event_id))
        .await;
    assert!(
        page.body
            .contains(&format!(r#"value="arrived:{}""#, booking.id))
    );
    assert!(
        !page
            .body
            .contains(&format!(r#"value="no_show:{}""#, booking.id)),
        "no 'not come' before the time has begun"
    );
    let early = tap(&mut app, &day, booking.id, "no_show").await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(early.body.contains("has not begun yet"), "{}", early.body);
    assert_eq!(reload(&app, booking.id).await.status.as_str(), "confirmed");
    assert_eq!(booked(&app, slot.id).await, 1, "the place stays theirs");

    // On a fixed clock: a millisecond before the start is still too early, the start is not.
    let (db, actor, scope) = (
        &app.db,
        any_coordinator(&app).await,
        Scope::Event(day.event_id),
    );
    let at = |now: i64, mark: Mark| check_in::mark(db, scope, actor, booking.id, mark, now);
    let too_early = at(slot.starts_at - 1, Mark::NoShow).await;
    assert_eq!(refusal(too_early), "coord-refuse-not-begun");
    assert!(!at(slot.starts_at, Mark::NoShow).await.unwrap().already);
    assert_eq!(booked(&app, slot.id).await, 0, "the place is free now");

    // "Came after all" until the session ends, and not at its end.
    let session = session::Entity::find_by_id(interviews.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let too_late = at(session.ends_at, Mark::CameLate).await;
    assert_eq!(refusal(too_late), "coord-refuse-session-over");
    assert_eq!(reload(&app, booking.id).await.status.as_str(), "no_show");
    let just_in_time = at(session.ends_at - 1, Mark::CameLate).await.unwrap();
    assert!(!just_in_time.already);
    let back = reload(&app, booking.id).await;
    assert_eq!(back.status.as_str(), "confirmed");
    assert!(back.arrived_at.is_some());
}

#[tokio::test]
async fn a_late_comer_whose_place_went_to_someone_else_is_offered_another() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    let late_comer = demo_person(&app, 1).await;
    assert_eq!(
        tap(&mut app, &day, day.booking.id, "no_show").await.status,
        StatusCode::SEE_OTHER
    );
    // Someone else takes the freed place.
    let other = demo_person(&app, 2).await;
    book(&app, other.id, day.slot.id).await;
    assert_eq!(booked(&app, day.slot.id).await, day.slot.capacity);

    let refused = tap(&mut app, &day, day.booking.id, "came_late").await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let body = &refused.body;
    assert!(body.contains("given to someone else"), "{body}");
    assert!(body.contains("Another place for"), "{body}");
    let seat_path = format!(
        "/coordinator/events/{}/check-in/{}/seat",
        day.event_id, day.booking.id
    );
    assert!(body.contains(&seat_path), "another free place is offered");
    assert!(
        body.contains(&format!(
            "Put \u{2068}{}\u{2069} on the standby list",
            late_comer.name
        )),
        "{body}"
    );
    let offer = &body[body.find("id=\"late\"").unwrap()..];
    let slot_id: Uuid = crate::support::hidden_field(offer, "slot_id")
        .unwrap()
        .parse()
        .unwrap();
    assert_ne!(slot_id, day.slot.id);

    app.drain_outbox().await;
    let seated = app
        .post_form(
            &seat_path,
            &[("csrf", &day.csrf), ("slot_id", &slot_id.to_string())],
        )
        .await;
    assert_eq!(seated.status, StatusCode::SEE_OTHER, "{}", seated.body);
    assert!(seated.header("location").contains("notice=seated_late"));
    let row = reload(&app, day.booking.id).await;
    assert_eq!(
        (row.status.as_str(), row.slot_id),
        ("confirmed", Some(slot_id))
    );
    assert!(row.arrived_at.is_some(), "they are here");
    assert_eq!(booked(&app, slot_id).await, 1);
    // They are told where to go, with the calendar entry moved (same booking, same UID).
    app.drain_outbox().await;
    let mail = app.last_mail_to(late_comer.mail_address()).expect("a mail");
    let calendar = mail.part("text/calendar").unwrap();
    assert!(calendar.contains("METHOD:REQUEST"), "{calendar}");
    assert!(calendar.contains(&row.calendar_uid), "{calendar}");
    let audited = audit_log::Entity::find()
        .filter(audit_log::Column::SubjectId.eq(day.booking.id))
        .filter(audit_log::Column::Action.eq("booking.came_late"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 1);
    // A second tap on the same offer finds nothing to do.
    let twice = app
        .post_form(
            &seat_path,
            &[("csrf", &day.csrf), ("slot_id", &slot_id.to_string())],
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_eq!(booked(&app, slot_id).await, 1);
}
