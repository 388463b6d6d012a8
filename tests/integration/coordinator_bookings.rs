//! Coordinators have the last word: from the participants list they find a person by name or
//! address, see their bookings, and book, move or cancel for them in any session, also after
//! booking has closed and for a time that has begun (a late correction), with the usual mails
//! and an audit entry for each.

use crate::booking_mails::calendar_of;
use crate::support::clock::begin_now;
use crate::support::demo::{demo_person, demo_session, first_slot};
use crate::support::{TestApp, audited_by, hidden_field};
use axum::http::StatusCode;
use fairplan::entities::{booking, event};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

async fn live_booking(app: &TestApp, person: Uuid) -> Option<booking::Model> {
    booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(person))
        .filter(booking::Column::Status.eq("confirmed"))
        .one(&app.db)
        .await
        .unwrap()
}

/// The `value` of the first `<option>` in the `<select id="{id}">` of `html`.
fn first_option(html: &str, id: &str) -> String {
    let select = &html[html.find(&format!(r#"<select id="{id}""#)).unwrap()..];
    let value = &select[select.find(r#"<option value=""#).unwrap() + 15..];
    value[..value.find('"').unwrap()].to_owned()
}

#[tokio::test]
async fn a_coordinator_books_moves_and_cancels_for_a_person_after_booking_closed() {
    let mut app = TestApp::spawn().await;
    let (csrf, interviews) = demo_session(&mut app, "mock_interview").await;
    let event_id = interviews.event_id;
    // The day has come: booking closed yesterday and the first time began a minute ago.
    let first = begin_now(&app, first_slot(&app, interviews.id).await.id).await;
    let the_event = event::Entity::find_by_id(event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(the_event.booking_closes_at.unwrap() < fairplan::clock::now_ms());
    let person = demo_person(&app, 5).await;

    // Found by part of the address; the list links to their bookings.
    let list = app
        .get(&format!(
            "/coordinator/events/{event_id}/participants?find=PARTICIPANT05"
        ))
        .await;
    assert!(list.body.contains(&person.name), "{}", list.body);
    assert!(!list.body.contains(&demo_person(&app, 6).await.name));
    let page_path = format!("/coordinator/events/{event_id}/participants/{}", person.id);
    assert!(list.body.contains(&format!(r#"href="{page_path}""#)));
    let page = app.get(&page_path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Not booked."));

    // Book the time that has begun: the coordinator's late correction.
    app.drain_outbox().await;
    let booked = app
        .post_form(
            &format!("{page_path}/book"),
            &[("csrf", &csrf), ("slot_id", &first.id.to_string())],
        )
        .await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.body);
    assert!(booked.header("location").ends_with("?notice=booked"));
    let held = live_booking(&app, person.id).await.expect("a booking");
    assert_eq!(held.slot_id, Some(first.id));
    app.drain_outbox().await;
    let mail = app
        .last_mail_to(person.mail_address())
        .expect("a booking mail");
    assert_eq!(calendar_of(&mail).0, "REQUEST");
    assert_eq!(
        audited_by(&app, "booking.booked_for", "coordinator")
            .await
            .len(),
        1
    );

    // Booking the same session twice is refused on the page, in words.
    let twice = app
        .post_form(
            &format!("{page_path}/book"),
            &[("csrf", &csrf), ("slot_id", &first.id.to_string())],
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert!(
        twice.body.contains("already hold a place"),
        "{}",
        twice.body
    );

    // Move: the page offers the other free times of the session.
    let page = app.get(&page_path).await;
    assert!(page.body.contains("Booked"));
    let select = format!("move-{}", interviews.id);
    let to = first_option(&page.body, &select);
    let moved = app
        .post_form(
            &format!("{page_path}/bookings/{}/move", held.id),
            &[
                ("csrf", &csrf),
                ("slot_id", &to),
                ("note", "Your interviewer changed; same room."),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    let now = live_booking(&app, person.id).await.unwrap();
    assert_eq!(now.id, held.id, "the same booking, moved");
    assert_eq!(now.slot_id.map(|s| s.to_string()), Some(to));
    assert_eq!(now.sequence, held.sequence + 1);
    app.drain_outbox().await;
    let update = app.last_mail_to(person.mail_address()).unwrap();
    let (method, calendar) = calendar_of(&update);
    assert_eq!(method, "REQUEST");
    let text = update.part("text/plain").unwrap();
    assert!(
        text.contains("Your interviewer changed; same room."),
        "{text}"
    );
    assert!(
        format!("{calendar}").contains(&held.calendar_uid),
        "one UID"
    );
    let moves = audited_by(&app, "booking.moved", "coordinator").await;
    assert_eq!(moves.len(), 1, "the move is the coordinator's");

    // Cancel: the calendar entry goes away.
    let csrf_now = hidden_field(&app.get(&page_path).await.body, "csrf").unwrap();
    let cancelled = app
        .post_form(
            &format!("{page_path}/bookings/{}/cancel", held.id),
            &[
                ("csrf", &csrf_now),
                ("note", "Please call us to book again."),
            ],
        )
        .await;
    assert_eq!(
        cancelled.status,
        StatusCode::SEE_OTHER,
        "{}",
        cancelled.body
    );
    assert!(live_booking(&app, person.id).await.is_none());
    app.drain_outbox().await;
    let cancel = app.last_mail_to(person.mail_address()).unwrap();
    assert_eq!(calendar_of(&cancel).0, "CANCEL");
    let text = cancel.part("text/plain").unwrap();
    assert!(text.contains("Please call us to book again."), "{text}");
    assert_eq!(
        audited_by(&app, "booking.cancelled_for", "coordinator")
            .await
            .len(),
        1
    );
    // Cancelled twice: told on the page, nothing else changes.
    let again = app
        .post_form(
            &format!("{page_path}/bookings/{}/cancel", held.id),
            &[("csrf", &csrf_now)],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("no longer confirmed"), "{}", again.body);
}

#[tokio::test]
async fn a_person_or_booking_of_another_event_is_not_found() {
    let mut app = TestApp::spawn().await;
    let (csrf, interviews) = demo_session(&mut app, "mock_interview").await;
    let person = demo_person(&app, 5).await;
    let elsewhere = Uuid::now_v7();
    let page = app
        .get(&format!(
            "/coordinator/events/{elsewhere}/participants/{}",
            person.id
        ))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let slot = first_slot(&app, interviews.id).await;
    let forged = app
        .post_form(
            &format!(
                "/coordinator/events/{elsewhere}/participants/{}/book",
                person.id
            ),
            &[("csrf", &csrf), ("slot_id", &slot.id.to_string())],
        )
        .await;
    assert_eq!(forged.status, StatusCode::NOT_FOUND);
    assert!(live_booking(&app, person.id).await.is_none());
}
