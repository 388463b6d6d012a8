//! 64 concurrent requests, each from a different participant, for a slot of capacity 1 and for a
//! group of capacity 10 give exactly 1 and 10 bookings; and a control shows that the same check
//! catches a naive check-then-insert implementation.

use crate::support::TestApp;
use crate::support::seats::first_come_tables;
use crate::support::team::participant_named;
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::domain::booking_status::BookingStatus;
use fairplan::entities::{booking, event, slot};
use fairplan::services::error::ServiceError;
use fairplan::services::{access_links, demo, participant_bookings};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use std::sync::Arc;
use tokio::sync::Barrier;
use uuid::Uuid;

const REQUESTS: usize = 64;

/// The demo plus enough participants with links for 64 requests, and a group of capacity 10.
async fn arena() -> (TestApp, Vec<(Uuid, String)>, Uuid, Uuid) {
    let app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let now = now_ms();
    let mut people = Vec::new();
    for n in 0..REQUESTS {
        let id = participant_named(
            &app,
            &format!("Racer {n}"),
            &format!("racer{n}@example.org"),
        )
        .await
        .id;
        let token = access_links::issue(
            &app.db,
            LinkSubject::Participant(id),
            Some(event.id),
            now,
            event.ends_at,
        )
        .await
        .unwrap();
        people.push((id, token));
    }
    let interview = slot::Entity::find()
        .filter(slot::Column::VolunteerId.is_not_null())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let seats = first_come_tables(&app.db, &event, "CV workshop", (1, 10)).await;
    (app, people, interview.id, seats[0])
}

async fn holders(app: &TestApp, slot_id: Uuid) -> usize {
    booking::Entity::find()
        .filter(booking::Column::SlotId.eq(slot_id))
        .filter(booking::Column::Status.eq("confirmed"))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

/// Every link holder asks for `slot_id` at the same moment through the real service; returns how
/// many got a place (the others must be told the slot is full).
pub async fn race(app: &TestApp, tokens: &[String], slot_id: Uuid) -> usize {
    let config = Arc::new(app.config.clone());
    let start = Arc::new(Barrier::new(tokens.len()));
    let mut tasks = Vec::new();
    for token in tokens {
        let (db, config, token, start) = (
            app.db.clone(),
            Arc::clone(&config),
            token.clone(),
            Arc::clone(&start),
        );
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            participant_bookings::book(&db, &config, &token, slot_id, now_ms()).await
        }));
    }
    let mut won = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => won += 1,
            Err(ServiceError::Refused(reason)) => assert_eq!(reason, "refuse-full"),
            Err(other) => panic!("unexpected answer: {other:?}"),
        }
    }
    won
}

#[tokio::test]
async fn sixty_four_requests_fill_a_slot_of_one_and_a_group_of_ten_exactly() {
    let (app, people, interview, group) = arena().await;
    let tokens: Vec<String> = people.into_iter().map(|(_, token)| token).collect();
    assert_eq!(race(&app, &tokens, interview).await, 1);
    assert_eq!(holders(&app, interview).await, 1);
    assert_eq!(race(&app, &tokens, group).await, 10);
    assert_eq!(holders(&app, group).await, 10);
    let stored = slot::Entity::find_by_id(group)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.booked, 10);
    // Each booking made is logged once, as its participant's doing; refused ones leave nothing
    // (on PostgreSQL place, booking and log entry are one statement).
    let logged = crate::support::audited_by(&app, "booking.booked", "participant").await;
    assert_eq!(logged.len(), 11);
}

/// Check-then-insert without a guard: read the count, then write. The barrier lets every request
/// read before any writes, which is the interleaving a real race produces sooner or later.
async fn naive_book(
    db: sea_orm::DatabaseConnection,
    slot_id: Uuid,
    participant_id: Uuid,
    read_done: Arc<Barrier>,
) {
    let slot = slot::Entity::find_by_id(slot_id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let free = slot.booked < slot.capacity;
    read_done.wait().await;
    if !free {
        return;
    }
    let now = now_ms();
    let id = Uuid::now_v7();
    booking::Entity::insert(booking::ActiveModel {
        id: Set(id),
        session_id: Set(slot.session_id),
        slot_id: Set(Some(slot_id)),
        participant_id: Set(participant_id),
        status: Set(BookingStatus::Confirmed),
        calendar_uid: Set(format!("naive-{id}@fairplan.test")),
        sequence: Set(0),
        place_no: Set(1),
        waitlisted_at: Set(None),
        offer_expires_at: Set(None),
        arrived_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(&db)
    .await
    .unwrap();
}

#[tokio::test]
async fn control_the_same_check_catches_a_naive_check_then_insert() {
    let (app, people, interview, _) = arena().await;
    let read_done = Arc::new(Barrier::new(people.len()));
    let tasks: Vec<_> = people
        .iter()
        .map(|(id, _)| {
            tokio::spawn(naive_book(
                app.db.clone(),
                interview,
                *id,
                Arc::clone(&read_done),
            ))
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let overbooked = holders(&app, interview).await;
    assert!(
        overbooked > 1,
        "the naive version overbooks ({overbooked} in a slot of 1), and the race test's check sees it"
    );
}
