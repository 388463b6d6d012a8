//! Taking and freeing places through `services::places`, the one owner of those writes, under
//! concurrent callers: crossing moves never deadlock (which only PostgreSQL can show: SQLite
//! has one writer at a time; CI runs this suite on both), a full slot is never oversold, and
//! every slot's count equals the bookings that hold a place in it.

use crate::support::TestApp;
use crate::support::seats::first_come_tables;
use crate::support::team::participant_named;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{BookingId, ParticipantId, SlotId};
use fairplan::entities::{booking, event, slot};
use fairplan::services::error::ServiceError;
use fairplan::services::{bookings, demo};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use std::sync::Arc;
use tokio::sync::Barrier;
use uuid::Uuid;

pub const LINK: &str = "http://127.0.0.1/p/test-link";

/// `count` new participants, returning their ids.
pub async fn people(app: &TestApp, count: usize) -> Vec<Uuid> {
    let mut ids = Vec::new();
    for n in 0..count {
        let email = format!("mover{n}.{}@example.org", Uuid::now_v7().simple());
        ids.push(
            participant_named(app, &format!("Mover {n}"), &email)
                .await
                .id,
        );
    }
    ids
}

/// The demo event with a session of `units` first-come units of `capacity` places each.
pub async fn units(units: usize, capacity: i32) -> (TestApp, Vec<Uuid>) {
    let app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let slots = first_come_tables(&app.db, &event, "Taster day", (units, capacity)).await;
    (app, slots)
}

/// Every slot's count of taken places equals the bookings that hold one in it.
pub async fn assert_counts_match_bookings(app: &TestApp, slots: &[Uuid]) {
    for &id in slots {
        let slot = slot::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let holding = booking::Entity::find()
            .filter(booking::Column::SlotId.eq(id))
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .filter(|b| b.status.holds_a_place())
            .count();
        assert_eq!(slot.booked as usize, holding, "slot {}", slot.label);
        assert!(slot.booked <= slot.capacity, "slot {} oversold", slot.label);
    }
}

/// Books each of `who` into `slot_id` through the booking service.
pub async fn book_all(app: &TestApp, who: &[Uuid], slot_id: Uuid) -> Vec<booking::Model> {
    let mut made = Vec::new();
    for &participant_id in who {
        let booked = bookings::book(
            &app.db,
            &app.config,
            ParticipantId(participant_id),
            SlotId(slot_id),
            LINK,
            now_ms(),
        )
        .await
        .unwrap();
        made.push(booked);
    }
    made
}

/// Moves every booking of `moves` to its target at the same moment; returns each answer.
async fn move_all(
    app: &TestApp,
    moves: Vec<(booking::Model, Uuid)>,
) -> Vec<Result<booking::Model, ServiceError>> {
    let start = Arc::new(Barrier::new(moves.len()));
    let config = Arc::new(app.config.clone());
    let mut tasks = Vec::new();
    for (held, to) in moves {
        let (db, config, start) = (app.db.clone(), Arc::clone(&config), Arc::clone(&start));
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            bookings::reschedule(&db, &config, BookingId(held.id), SlotId(to), LINK, now_ms()).await
        }));
    }
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers
}

#[tokio::test]
async fn everyone_moving_to_the_other_unit_at_once_never_deadlocks() {
    // Half of 40 people hold places in unit A and half in B; all swap at the same moment. Moves
    // that took the new place before freeing the old locked A then B and B then A: deadlocks.
    let (app, slots) = units(2, 40).await;
    let (a, b) = (slots[0], slots[1]);
    let who = people(&app, 40).await;
    let in_a = book_all(&app, &who[..20], a).await;
    let in_b = book_all(&app, &who[20..], b).await;
    let moves: Vec<(booking::Model, Uuid)> = in_a
        .into_iter()
        .map(|held| (held, b))
        .chain(in_b.into_iter().map(|held| (held, a)))
        .collect();
    for answer in move_all(&app, moves).await {
        let moved = answer.expect("every move is made");
        assert_eq!(
            moved.sequence, 1,
            "a move raises the calendar SEQUENCE once"
        );
    }
    assert_counts_match_bookings(&app, &slots).await;
    for id in [a, b] {
        let slot = slot::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(slot.booked, 20);
    }
}

#[tokio::test]
async fn twenty_moves_into_the_last_place_give_it_to_exactly_one() {
    let (app, slots) = units(2, 20).await;
    let (from, last) = (slots[0], slots[1]);
    let who = people(&app, 20).await;
    let held = book_all(&app, &who, from).await;
    // The target has one place left.
    let filler = people(&app, 1).await;
    let target = slot::Entity::find_by_id(last)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    slot::Entity::update(slot::ActiveModel {
        id: Set(last),
        capacity: Set(2),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    assert_eq!(target.booked, 0);
    book_all(&app, &filler, last).await;

    let answers = move_all(&app, held.into_iter().map(|h| (h, last)).collect()).await;
    let mut moved = 0;
    for answer in answers {
        match answer {
            Ok(_) => moved += 1,
            Err(ServiceError::Refused(reason)) => assert_eq!(reason, "refuse-full"),
            Err(other) => panic!("unexpected answer: {other:?}"),
        }
    }
    assert_eq!(moved, 1);
    assert_counts_match_bookings(&app, &slots).await;
    let from = slot::Entity::find_by_id(from)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        from.booked, 19,
        "the one who moved freed their place; the others kept theirs"
    );
}

#[tokio::test]
async fn bookings_cancellations_and_moves_at_once_keep_every_count_true() {
    // One unit of 5 places and one of 30: people cancel, move and book at the same moment.
    let (app, slots) = units(2, 30).await;
    let (small, big) = (slots[0], slots[1]);
    slot::Entity::update(slot::ActiveModel {
        id: Set(small),
        capacity: Set(5),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    let who = people(&app, 45).await;
    let in_big = book_all(&app, &who[..20], big).await;
    let start = Arc::new(Barrier::new(45));
    let config = Arc::new(app.config.clone());
    let mut tasks = Vec::new();
    for (n, held) in in_big.into_iter().enumerate() {
        let (db, config, start) = (app.db.clone(), Arc::clone(&config), Arc::clone(&start));
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            if n % 2 == 0 {
                let by = fairplan::mail::templates::CancelledBy::Participant;
                bookings::cancel(&db, &config, held.id, by, LINK, now_ms()).await
            } else {
                bookings::reschedule(
                    &db,
                    &config,
                    BookingId(held.id),
                    SlotId(small),
                    LINK,
                    now_ms(),
                )
                .await
            }
        }));
    }
    for &participant_id in &who[20..] {
        let (db, config, start) = (app.db.clone(), Arc::clone(&config), Arc::clone(&start));
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            bookings::book(
                &db,
                &config,
                ParticipantId(participant_id),
                SlotId(small),
                LINK,
                now_ms(),
            )
            .await
        }));
    }
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => {}
            Err(ServiceError::Refused(reason)) => assert_eq!(reason, "refuse-full"),
            Err(other) => panic!("unexpected answer: {other:?}"),
        }
    }
    assert_counts_match_bookings(&app, &slots).await;
    let small = slot::Entity::find_by_id(small)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(small.booked, 5, "the small unit filled exactly");
}
