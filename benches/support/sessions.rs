//! The first-come interview sessions both HTTP benchmarks load their slots into.

use fairplan::config::Config;
use fairplan::domain::actor::Actor;
use fairplan::domain::session_draft::{SessionDraft, SessionInput};
use fairplan::entities::{event, session};
use sea_orm::DatabaseConnection;

/// Creates "Interviews `n`", a first-come mock-interview session of `event` from 10:00 to
/// 20:00 in half-hour slots, one booking per person.
pub async fn interview_session(
    db: &DatabaseConnection,
    config: &Config,
    event: &event::Model,
    n: usize,
    now: i64,
) -> session::Model {
    let input = SessionInput {
        title: format!("Interviews {n}"),
        format: "mock_interview".to_owned(),
        starts: "2027-03-03T10:00".to_owned(),
        ends: "2027-03-03T20:00".to_owned(),
        booking_mode: "first_come".to_owned(),
        slot_minutes: "30".to_owned(),
        break_minutes: "0".to_owned(),
        max_bookings_per_participant: "1".to_owned(),
        ..SessionInput::default()
    };
    let draft =
        SessionDraft::parse(&input, &event.time_zone, (event.starts_at, event.ends_at)).unwrap();
    fairplan::services::sessions::create(db, config, event.id, &draft, (Actor::System, now))
        .await
        .unwrap()
}
