//! What the clock forbids a participant, on a fixed clock: booking or moving into a time that
//! has begun, and moving or cancelling their own booking once it has begun (the interview may
//! have happened; its attendance and feedback must not vanish). Each refusal is told in words.

use crate::support::TestApp;
use crate::support::demo::session_of_format;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{BookingId, SlotId};
use fairplan::entities::{event, slot};
use fairplan::services::error::ServiceError;
use fairplan::services::{demo, participant_bookings};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

#[tokio::test]
async fn nothing_begun_can_be_booked_moved_or_cancelled_by_a_participant() {
    let app = TestApp::spawn().await;
    let summary = demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    let token = |n: usize| {
        let url = &summary.participant_links[n].1;
        url.rsplit('/').next().unwrap().to_owned()
    };
    let session = session_of_format(&app, "mock_interview").await;
    // Booking stays open until the end here, so only the clock's rule can refuse.
    event::Entity::update(event::ActiveModel {
        id: Set(session.event_id),
        booking_closes_at: Set(None),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    let slots = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session.id))
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    let (first, last) = (&slots[0], slots.last().unwrap());
    assert!(last.starts_at > first.starts_at);
    let (db, config) = (&app.db, &app.config);

    let held = participant_bookings::book(db, config, &token(0), first.id, now_ms())
        .await
        .unwrap();
    let begun = first.starts_at + 60_000;
    let refused = |answer: Result<_, ServiceError>| match answer {
        Err(ServiceError::Refused(reason)) => reason,
        other => panic!("not refused: {other:?}"),
    };

    let cancel = participant_bookings::cancel(db, config, &token(0), held.id, begun).await;
    assert_eq!(refused(cancel), "refuse-own-started");
    let (id, to) = (BookingId(held.id), SlotId(last.id));
    let away = participant_bookings::move_to(db, config, &token(0), id, to, begun).await;
    assert_eq!(refused(away), "refuse-own-started");
    let late = participant_bookings::book(db, config, &token(1), first.id, begun).await;
    assert_eq!(refused(late), "refuse-started");

    // Before it begins, all of it is still the participant's choice.
    let before = first.starts_at - 60_000;
    let moved = participant_bookings::move_to(db, config, &token(0), id, to, before)
        .await
        .unwrap();
    assert_eq!(moved.slot_id, Some(last.id));
    let into_begun =
        participant_bookings::move_to(db, config, &token(0), id, SlotId(first.id), begun).await;
    assert_eq!(refused(into_begun), "refuse-started");
    participant_bookings::cancel(db, config, &token(0), held.id, before)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_session_whose_times_have_all_begun_takes_no_ranking_and_no_waiting_list() {
    let app = TestApp::spawn().await;
    let summary = demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    let url = &summary.participant_links[0].1;
    let token = url.rsplit('/').next().unwrap().to_owned();
    let (db, config) = (&app.db, &app.config);
    // The ranked taster day: its windows left open, so only the clock's rule can refuse.
    let ranked = session_of_format(&app, "placement").await;
    fairplan::entities::session::Entity::update(fairplan::entities::session::ActiveModel {
        id: Set(ranked.id),
        preferences_open_at: Set(Some(0)),
        preferences_close_at: Set(Some(i64::MAX / 2)),
        ..Default::default()
    })
    .exec(db)
    .await
    .unwrap();
    let places = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(ranked.id))
        .order_by_asc(slot::Column::StartsAt)
        .all(db)
        .await
        .unwrap();
    // The first place began a minute ago (the others are still to come).
    let now = now_ms();
    slot::Entity::update(slot::ActiveModel {
        id: Set(places[0].id),
        starts_at: Set(now - 60_000),
        ends_at: Set(now + 3_600_000),
        ..Default::default()
    })
    .exec(db)
    .await
    .unwrap();
    let begun = [
        (places[0].id, "1".to_owned()),
        (places[1].id, "2".to_owned()),
    ];
    let late =
        fairplan::services::preferences::save(db, config, &token, ranked.id, &begun, now).await;
    assert!(matches!(late, Err(ServiceError::Invalid(_))), "{late:?}");
    let to_come = [
        (places[1].id, "1".to_owned()),
        (places[2].id, "2".to_owned()),
    ];
    fairplan::services::preferences::save(db, config, &token, ranked.id, &to_come, now)
        .await
        .unwrap();

    let interviews = session_of_format(&app, "mock_interview").await;
    event::Entity::update(event::ActiveModel {
        id: Set(interviews.event_id),
        booking_closes_at: Set(None),
        ..Default::default()
    })
    .exec(db)
    .await
    .unwrap();
    let last_start = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(interviews.id))
        .order_by_desc(slot::Column::StartsAt)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .starts_at;
    let join =
        fairplan::services::waitlist::join(db, config, &token, interviews.id, last_start + 60_000)
            .await;
    assert!(
        matches!(join, Err(ServiceError::Refused("refuse-started"))),
        "{join:?}"
    );
}

#[tokio::test]
async fn the_page_offers_no_change_to_a_booking_that_has_begun() {
    let mut app = TestApp::spawn().await;
    let summary = demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    let url = &summary.participant_links[0].1;
    let token = url.rsplit('/').next().unwrap().to_owned();
    let session = session_of_format(&app, "mock_interview").await;
    let first = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session.id))
        .order_by_asc(slot::Column::StartsAt)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let held = participant_bookings::book(&app.db, &app.config, &token, first.id, now_ms())
        .await
        .unwrap();
    let page = format!("/p/{token}");
    let cancel = format!("/bookings/{}/cancel", held.id);
    assert!(
        app.get(&page).await.body.contains(&cancel),
        "still to come: it can change"
    );

    // The interview began a minute ago.
    let now = now_ms();
    slot::Entity::update(slot::ActiveModel {
        id: Set(first.id),
        starts_at: Set(now - 60_000),
        ends_at: Set(now + 1_800_000),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    let shown = app.get(&page).await.body;
    assert!(!shown.contains(&cancel), "a begun booking offers no cancel");
    let move_to = format!("/bookings/{}/move", held.id);
    assert!(!shown.contains(&move_to), "nor a time to move to");
}
