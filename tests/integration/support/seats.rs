//! A first-come session of tables without a volunteer (seats at a workshop or a job-fair
//! table), made directly in the database for booking tests.

use fairplan::entities::{event, session, slot};
use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait};
use uuid::Uuid;

/// Adds to `event` a first-come group session titled `title`, an hour from the event's start,
/// with `tables` slots of `seats` places each and no volunteer; returns the slots' ids.
pub async fn first_come_tables(
    db: &DatabaseConnection,
    event: &event::Model,
    title: &str,
    (tables, seats): (usize, i32),
) -> Vec<Uuid> {
    let now = fairplan::clock::now_ms();
    let (starts, ends) = (event.starts_at, event.starts_at + 3_600_000);
    let session_id = Uuid::now_v7();
    session::Entity::insert(session::ActiveModel {
        id: Set(session_id),
        event_id: Set(event.id),
        title: Set(title.to_owned()),
        format: Set(fairplan::domain::session_format::Format::Group),
        booking_mode: Set(fairplan::domain::booking_mode::BookingMode::FirstCome),
        room: Set("Room 4".to_owned()),
        what_to_bring: Set(String::new()),
        starts_at: Set(starts),
        ends_at: Set(ends),
        capacity: Set(Some(seats * tables as i32)),
        slot_minutes: Set(None),
        break_minutes: Set(0),
        rounds: Set(None),
        round_minutes: Set(None),
        changeover_minutes: Set(0),
        seats_per_table: Set(None),
        interview_language: Set(None),
        min_language_level: Set(None),
        require_occupation_match: Set(false),
        max_bookings_per_participant: Set(1),
        preferences_open_at: Set(None),
        preferences_close_at: Set(None),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .unwrap();
    let mut ids = Vec::new();
    for table in 0..tables {
        let id = Uuid::now_v7();
        slot::Entity::insert(slot::ActiveModel {
            id: Set(id),
            session_id: Set(session_id),
            volunteer_id: Set(None),
            employer_id: Set(None),
            label: Set(format!("Table {}", table + 1)),
            starts_at: Set(starts),
            ends_at: Set(ends),
            capacity: Set(seats),
            booked: Set(0),
            created_at: Set(now),
            calendar_sequence: Set(0),
        })
        .exec_without_returning(db)
        .await
        .unwrap();
        ids.push(id);
    }
    ids
}
