//! Races on places that `places.rs` does not cover: one booking moved and cancelled by many
//! requests at once (double clicks, two tabs), and the crossing-move storm of 300 people sent
//! through two instances of the application with pools of their own (on PostgreSQL this
//! deadlocked or ran the pools dry before moves locked slots in id order and the booking's
//! row last). No answer is an internal error and every slot's count stays true.

use crate::places::{LINK, assert_counts_match_bookings, book_all, people, units};
use fairplan::clock::now_ms;
use fairplan::domain::ids::{BookingId, SlotId};
use fairplan::entities::slot;
use fairplan::mail::templates::CancelledBy;
use fairplan::services::bookings;
use fairplan::services::error::ServiceError;
use sea_orm::EntityTrait;
use std::sync::Arc;
use tokio::sync::Barrier;

/// An answer a person may get in a race: done, refused in words, gone, or "try again".
fn acceptable<T>(answer: &Result<T, ServiceError>) -> bool {
    matches!(
        answer,
        Ok(_)
            | Err(ServiceError::Refused(_) | ServiceError::NotFound | ServiceError::Contention(_))
    )
}

#[tokio::test]
async fn one_booking_moved_and_cancelled_many_times_at_once_frees_its_place_once() {
    let (app, slots) = units(4, 10).await;
    let who = people(&app, 1).await;
    let held = book_all(&app, &who, slots[0]).await.remove(0);
    let start = Arc::new(Barrier::new(12));
    let config = Arc::new(app.config.clone());
    let mut tasks = Vec::new();
    for n in 0..12 {
        let (db, config, start) = (app.db.clone(), Arc::clone(&config), Arc::clone(&start));
        let to = slots[1 + n % 3];
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            if n % 4 == 0 {
                let by = CancelledBy::Participant;
                bookings::cancel(&db, &config, held.id, by, LINK, now_ms()).await
            } else {
                let (id, to) = (BookingId(held.id), SlotId(to));
                bookings::reschedule(&db, &config, id, to, LINK, now_ms()).await
            }
        }));
    }
    for task in tasks {
        let answer = task.await.unwrap();
        assert!(acceptable(&answer), "unexpected answer: {answer:?}");
    }
    assert_counts_match_bookings(&app, &slots).await;
    let taken: i32 = slot::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|s| s.booked)
        .sum();
    assert!(
        taken <= 1,
        "one booking holds at most one place, not {taken}"
    );
}

#[tokio::test]
async fn three_hundred_people_swapping_units_through_two_instances_all_move() {
    let (app, slots) = units(2, 300).await;
    let people = people(&app, 300).await;
    let (a, b) = (slots[0], slots[1]);
    let mut moves = Vec::new();
    for (n, &who) in people.iter().enumerate() {
        let (from, to) = if n % 2 == 0 { (a, b) } else { (b, a) };
        moves.push((book_all(&app, &[who], from).await.remove(0), to));
    }
    // A second instance: its own pool on the same database, as behind a load balancer.
    let other = fairplan::db::connect(&app.config.database_url, 10)
        .await
        .unwrap();
    let start = Arc::new(Barrier::new(moves.len()));
    let config = Arc::new(app.config.clone());
    let mut tasks = Vec::new();
    for (n, (held, to)) in moves.into_iter().enumerate() {
        let db = if n % 4 < 2 {
            app.db.clone()
        } else {
            other.clone()
        };
        let (config, start) = (Arc::clone(&config), Arc::clone(&start));
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            bookings::reschedule(&db, &config, BookingId(held.id), SlotId(to), LINK, now_ms()).await
        }));
    }
    for task in tasks {
        let moved = task.await.unwrap().expect("every move is made");
        assert_eq!(moved.sequence, 1, "each booking moved once");
    }
    assert_counts_match_bookings(&app, &slots).await;
    for id in [a, b] {
        let slot = slot::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(slot.booked, 150);
    }
}
