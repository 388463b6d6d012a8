//! The standby list on the day: walk-ins and people who came without a booking wait in line; a
//! no-show's place goes to the next person who can take it, with the usual invitation; an
//! interviewer who did not come sends their people to another interviewer or to standby.

use crate::check_in::{booked, day_with_one_booking, day_with_one_booking_ahead, reload, tap};
use crate::support::TestApp;
use crate::support::demo::{book, demo_person};
use axum::http::StatusCode;
use fairplan::entities::{booking, participant, slot, standby};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

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
    let listed = demo_person(&app, 3).await;
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
        page.body.contains("Give to \u{2068}Yusuf Demir\u{2069}"),
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
    assert_eq!(
        reload(&app, day.booking.id).await.status.as_str(),
        "no_show"
    );

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
async fn people_of_an_interviewer_who_did_not_come_move_or_wait_on_standby() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking_ahead(&mut app).await;
    let absent = day.slot.volunteer_id.unwrap();
    let theirs: Vec<slot::Model> = slot::Entity::find()
        .filter(slot::Column::VolunteerId.eq(absent))
        .filter(slot::Column::SessionId.eq(day.slot.session_id))
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    let second = demo_person(&app, 2).await;
    let seconds = book(&app, second.id, theirs[1].id).await;
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
    assert!(
        !crate::support::audited(&app, "booking.interviewer_absent")
            .await
            .is_empty(),
        "each booking the decision moved is in the audit log"
    );
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
    let (moved, waiting) = if first.status.as_str() == "confirmed" {
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
    assert_eq!(waiting.status.as_str(), "waitlisted");
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
