//! A participant books, moves and cancels from their personal link; nothing ever overbooks.

use crate::race::race;
use crate::support::demo::session_of_format;
use crate::support::ranked::{live_bookings, mails_of_kind};
use crate::support::seats::first_come_tables;
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{booking, slot};
use fairplan::services::error::ServiceError;
use fairplan::services::{demo, participant_bookings};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::sync::Arc;
use uuid::Uuid;

/// The demo, and every participant's link token in demo order.
async fn seeded() -> (TestApp, Vec<String>) {
    let app = TestApp::spawn().await;
    let summary = demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    crate::support::demo::none_chose_a_language(&app).await;
    let tokens = summary
        .participant_links
        .iter()
        .map(|(_, url)| url.rsplit('/').next().unwrap().to_owned())
        .collect();
    (app, tokens)
}

async fn slots_of(app: &TestApp, format: &str) -> Vec<slot::Model> {
    let session = session_of_format(app, format).await;
    slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session.id))
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap()
}

fn first_slot_in_form(html: &str) -> String {
    hidden_field(html, "slot_id").expect("a book or move form")
}

#[tokio::test]
async fn a_participant_books_moves_and_cancels_from_their_page() {
    let (mut app, tokens) = seeded().await;
    let page_path = format!("/p/{}", tokens[0]);
    let page = app.get(&page_path).await;
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    let slot_id = first_slot_in_form(&page.body);

    let booked = app
        .post_form(
            &format!("{page_path}/book"),
            &[("slot_id", &slot_id), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER);
    assert_eq!(
        booked.header("location"),
        format!("{page_path}?notice=booked")
    );
    // The same form again (a double click) books nothing more.
    let again = app
        .post_form(
            &format!("{page_path}/book"),
            &[("slot_id", &slot_id), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(live_bookings(&app).await.len(), 1);

    let page = app.get(&format!("{page_path}?notice=booked")).await;
    assert!(page.body.contains("Your place is booked."));
    // The demo spans two days, so the time carries its date.
    let booking_line = page
        .body
        .split("<strong>Your booking:</strong> <bdi>")
        .nth(1)
        .and_then(|rest| rest.split("</bdi>").next())
        .unwrap_or_default();
    let slot = slot::Entity::find_by_id(slot_id.parse::<uuid::Uuid>().unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let date = fairplan::i18n::dates::date(
        &fairplan::domain::locale::Locale::parse("en"),
        slot.starts_at,
        "Europe/Berlin",
    )
    .unwrap();
    assert_eq!(booking_line, format!("{date}, 17:30–18:00"));
    assert!(page.body.contains("Move here"));
    // My schedule: the time, the room and venue, what to bring, the calendar download.
    let booking = &live_bookings(&app).await[0];
    let schedule = page
        .body
        .split("<h2 id=\"schedule-heading\">")
        .nth(1)
        .unwrap();
    let schedule = schedule.split("</section>").next().unwrap();
    assert!(schedule.contains("Mock interviews"), "{schedule}");
    assert!(schedule.contains("17:30–18:00"), "{schedule}");
    assert!(schedule.contains("Seminar rooms 1-3, "), "{schedule}");
    assert!(
        schedule.contains("<dt>What to bring</dt><dd>Your CV, printed twice"),
        "{schedule}"
    );
    assert!(schedule.contains(&format!("/bookings/{}/invite.ics", booking.id)));
    assert!(schedule.contains("Get my calendar address"));
    // The confirmation mail and its calendar entry say the same.
    app.drain_outbox().await;
    let participant = fairplan::entities::participant::Entity::find_by_id(booking.participant_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mail = app.last_mail_to(participant.mail_address()).unwrap();
    let text = mail.part("text/plain").unwrap();
    assert!(
        text.contains("What to bring: Your CV, printed twice"),
        "{text}"
    );
    // Unfolded: long iCalendar lines wrap at 75 octets.
    let ics = mail.part("text/calendar").unwrap().replace("\r\n ", "");
    assert!(ics.contains("LOCATION:Seminar rooms 1-3\\,"), "{ics}");
    assert!(ics.contains("What to bring: Your CV"), "{ics}");

    let other_slot = first_slot_in_form(&page.body);
    let booking_id = live_bookings(&app).await[0].id;
    let moved = app
        .post_form(
            &format!("{page_path}/bookings/{booking_id}/move"),
            &[("slot_id", &other_slot), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        live_bookings(&app).await[0].slot_id.unwrap().to_string(),
        other_slot
    );

    let confirm = app
        .get(&format!("{page_path}/bookings/{booking_id}/cancel"))
        .await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        live_bookings(&app).await.len() == 1,
        "asking changes nothing"
    );
    let csrf = hidden_field(&confirm.body, "csrf").unwrap();
    let cancelled = app
        .post_form(
            &format!("{page_path}/bookings/{booking_id}/cancel"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    assert!(live_bookings(&app).await.is_empty());

    app.drain_outbox().await;
    let kinds: Vec<String> = fairplan::entities::outbox_message::Entity::find()
        .filter(
            fairplan::entities::outbox_message::Column::ToAddress
                .eq("participant01@demo.fairplan.test"),
        )
        .order_by_asc(fairplan::entities::outbox_message::Column::CreatedAt)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.kind.as_str().to_owned())
        .collect();
    assert_eq!(
        kinds,
        [
            "participant_invitation",
            "booking_confirmed",
            "booking_changed",
            "booking_cancelled"
        ]
    );
    // Each of their own changes is in the audit log under their name, not a coordinator's.
    for action in ["booking.booked", "booking.moved", "booking.cancelled"] {
        let entries = crate::support::audited_by(&app, action, "participant").await;
        assert_eq!(entries.len(), 1, "{action}");
        assert_eq!(entries[0].subject_id, Some(booking_id), "{action}");
    }
}

#[tokio::test]
async fn forged_foreign_and_closed_requests_are_refused_with_a_clear_answer() {
    let (mut app, tokens) = seeded().await;
    let page_path = format!("/p/{}", tokens[0]);
    let page = app.get(&page_path).await;
    let slot_id = first_slot_in_form(&page.body);

    let forged = app
        .post_form(
            &format!("{page_path}/book"),
            &[("slot_id", &slot_id), ("csrf", "forged")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(live_bookings(&app).await.is_empty());

    let csrf = hidden_field(&page.body, "csrf").unwrap();
    app.post_form(
        &format!("{page_path}/book"),
        &[("slot_id", &slot_id), ("csrf", &csrf)],
    )
    .await;
    let booking_id = live_bookings(&app).await[0].id;
    let intruder = format!("/p/{}/bookings/{booking_id}/cancel", tokens[1]);
    assert_eq!(app.get(&intruder).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.post_form(&intruder, &[("csrf", &csrf)]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        live_bookings(&app).await.len(),
        1,
        "another participant cannot cancel it"
    );

    // A slot of another event, and a slot that does not exist, are not theirs to book.
    let mut other_event = fairplan::entities::event::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    other_event.id = uuid::Uuid::now_v7();
    other_event.slug = format!("{}-elsewhere", other_event.slug);
    fairplan::entities::event::Entity::insert(fairplan::entities::event::ActiveModel::from(
        other_event.clone(),
    ))
    .exec_without_returning(&app.db)
    .await
    .unwrap();
    let foreign = first_come_tables(&app.db, &other_event, "Elsewhere", (1, 5)).await[0];
    for slot in [foreign, uuid::Uuid::now_v7()] {
        let answer = app
            .post_form(
                &format!("/p/{}/book", tokens[3]),
                &[("slot_id", &slot.to_string()), ("csrf", &csrf)],
            )
            .await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "slot {slot}");
    }
    assert_eq!(live_bookings(&app).await.len(), 1, "nothing booked");

    // Taster days are given out from ranked choices, not booked directly.
    let placement = &slots_of(&app, "placement").await[0];
    let refused =
        participant_bookings::book(&app.db, &app.config, &tokens[2], placement.id, now_ms()).await;
    assert!(
        matches!(refused, Err(ServiceError::Refused("refuse-ranked-session"))),
        "{refused:?}"
    );
}

#[tokio::test]
async fn thirty_people_racing_for_one_interview_slot_and_twelve_seats_never_overbook() {
    let (app, tokens) = seeded().await;
    let interview = &slots_of(&app, "mock_interview").await[0];
    assert_eq!(race(&app, &tokens, interview.id).await, 1);
    let seats = &slots_of(&app, "speed_networking").await[0];
    assert_eq!(seats.capacity, 12);
    assert_eq!(race(&app, &tokens, seats.id).await, 12);

    for (slot, capacity) in [(interview.id, 1), (seats.id, 12)] {
        let stored = slot::Entity::find_by_id(slot)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.booked, capacity);
        let holders = booking::Entity::find()
            .filter(booking::Column::SlotId.eq(slot))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(
            holders.len(),
            capacity as usize,
            "one booking per place, no more"
        );
    }
    let confirmations = mails_of_kind(&app, "booking_confirmed").await;
    assert_eq!(confirmations, 13, "one mail per booking");
}

/// One participant asks for all of `slots` (of one session) at once; returns how many of the
/// requests got a place.
async fn fire_at(app: &TestApp, token: &str, slots: &[Uuid]) -> usize {
    let config = Arc::new(app.config.clone());
    let mut tasks = Vec::new();
    for slot in slots {
        let (db, config, token, slot) =
            (app.db.clone(), Arc::clone(&config), token.to_owned(), *slot);
        tasks.push(tokio::spawn(async move {
            participant_bookings::book(&db, &config, &token, slot, now_ms()).await
        }));
    }
    let mut won = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => won += 1,
            Err(ServiceError::Refused(reason)) => assert_eq!(reason, "refuse-already-booked"),
            Err(other) => panic!("unexpected answer: {other:?}"),
        }
    }
    won
}

/// The places taken in the slots `counted` picks.
async fn places_taken(app: &TestApp, counted: impl Fn(&slot::Model) -> bool) -> i32 {
    slot::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .filter(|s| counted(s))
        .map(|s| s.booked)
        .sum()
}

#[tokio::test]
async fn one_person_firing_at_twenty_slots_at_once_ends_with_one_booking() {
    let (app, tokens) = seeded().await;
    let slots: Vec<Uuid> = slots_of(&app, "mock_interview")
        .await
        .iter()
        .take(20)
        .map(|s| s.id)
        .collect();
    assert_eq!(slots.len(), 20);
    assert_eq!(fire_at(&app, &tokens[0], &slots).await, 1);
    assert_eq!(live_bookings(&app).await.len(), 1);
    let taken = places_taken(&app, |s| s.volunteer_id.is_some()).await;
    assert_eq!(taken, 1, "the refused requests took no place");
}

/// The same at twenty tables without a volunteer, which book in one step (on SQLite several
/// bookings are written in one transaction, each in a savepoint of its own).
#[tokio::test]
async fn one_person_firing_at_twenty_tables_at_once_ends_with_one_booking() {
    let (app, tokens) = seeded().await;
    let event = fairplan::entities::event::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let tables = first_come_tables(&app.db, &event, "Job-fair tables", (20, 5)).await;
    assert_eq!(fire_at(&app, &tokens[0], &tables).await, 1);
    assert_eq!(live_bookings(&app).await.len(), 1);
    let taken = places_taken(&app, |s| tables.contains(&s.id)).await;
    assert_eq!(taken, 1, "the refused requests took no place");
    let confirmations = mails_of_kind(&app, "booking_confirmed").await;
    assert_eq!(confirmations, 1, "one mail, for the one booking");
    let logged = crate::support::audited_by(&app, "booking.booked", "participant").await;
    assert_eq!(logged.len(), 1, "one audit entry, for the one booking");
}
