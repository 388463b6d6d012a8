//! Capacity and booking rules hold in the database itself, whatever the code above does.

use crate::support::TestApp;
use crate::support::demo::session_of_format;
use fairplan::clock::now_ms;
use fairplan::entities::{booking, participant, session, slot};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, ExprTrait, QueryFilter};
use uuid::Uuid;

fn booking_row(
    session_id: Uuid,
    slot_id: Uuid,
    participant_id: Uuid,
    status: &str,
) -> booking::ActiveModel {
    let now = now_ms();
    booking::ActiveModel {
        id: Set(Uuid::now_v7()),
        session_id: Set(session_id),
        slot_id: Set(Some(slot_id)),
        participant_id: Set(participant_id),
        status: Set(status.parse().unwrap()),
        calendar_uid: Set(format!("{}@fairplan.test", Uuid::new_v4())),
        sequence: Set(0),
        place_no: Set(1),
        waitlisted_at: Set(None),
        offer_expires_at: Set(None),
        arrived_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

async fn demo_fixture(app: &TestApp) -> (session::Model, slot::Model, Vec<participant::Model>) {
    fairplan::services::demo::seed(&app.db, &app.config, now_ms())
        .await
        .unwrap();
    let session = session_of_format(app, "mock_interview").await;
    let slot = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let participants = participant::Entity::find().all(&app.db).await.unwrap();
    (session, slot, participants)
}

#[tokio::test]
async fn a_slot_can_never_hold_more_than_its_capacity() {
    let app = TestApp::spawn().await;
    let (_, slot, _) = demo_fixture(&app).await;
    assert_eq!(slot.capacity, 1);
    let take_place = || {
        slot::Entity::update_many()
            .col_expr(slot::Column::Booked, Expr::col(slot::Column::Booked).add(1))
            .filter(slot::Column::Id.eq(slot.id))
    };
    take_place().exec(&app.db).await.unwrap();
    let second = take_place().exec(&app.db).await;
    assert!(
        second.is_err(),
        "the CHECK constraint must refuse a second place"
    );
    assert!(fairplan::db::is_constraint_violation(&second.unwrap_err()));
    let stored = slot::Entity::find_by_id(slot.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.booked, 1);
}

#[tokio::test]
async fn a_participant_holds_at_most_one_live_booking_per_session() {
    let app = TestApp::spawn().await;
    let (session, slot, participants) = demo_fixture(&app).await;
    let person = participants[0].id;
    booking::Entity::insert(booking_row(session.id, slot.id, person, "cancelled"))
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    booking::Entity::insert(booking_row(session.id, slot.id, person, "confirmed"))
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    let second = booking::Entity::insert(booking_row(session.id, slot.id, person, "waitlisted"))
        .exec_without_returning(&app.db)
        .await;
    assert!(
        second.is_err(),
        "a second live booking in the same session must be refused"
    );
    assert!(fairplan::db::is_constraint_violation(&second.unwrap_err()));
    // Only an allocation gives a second place (place 2) where the session allows it; place 2
    // is held once too.
    let mut place_two = booking_row(session.id, slot.id, person, "confirmed");
    place_two.place_no = Set(2);
    booking::Entity::insert(place_two)
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    let mut place_two_again = booking_row(session.id, slot.id, person, "confirmed");
    place_two_again.place_no = Set(2);
    assert!(
        booking::Entity::insert(place_two_again)
            .exec_without_returning(&app.db)
            .await
            .is_err(),
        "place 2 is held once"
    );
    // Someone else may still book in the same session.
    booking::Entity::insert(booking_row(
        session.id,
        slot.id,
        participants[1].id,
        "waitlisted",
    ))
    .exec_without_returning(&app.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn unknown_statuses_are_refused_by_the_database() {
    let app = TestApp::spawn().await;
    let (session, slot, participants) = demo_fixture(&app).await;
    let row = booking_row(session.id, slot.id, participants[0].id, "confirmed");
    let id = row.id.clone().unwrap();
    booking::Entity::insert(row)
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    // The code cannot write a status its type does not know; the database must refuse one too.
    let result = booking::Entity::update_many()
        .col_expr(booking::Column::Status, Expr::value("maybe"))
        .filter(booking::Column::Id.eq(id))
        .exec(&app.db)
        .await;
    assert!(fairplan::db::is_constraint_violation(&result.unwrap_err()));
}
