//! A ranked-choice interview session with more people than places, and the allocation page's
//! forms and what they leave in the database, for the allocation tests.

use super::team::{add_volunteer, event_with_two_employers, make_ranked};
use super::{TestApp, TestResponse};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::db::preferences;
use fairplan::domain::ids::{ParticipantId, SessionId};
use fairplan::entities::{
    allocation_result, booking, event, outbox_message, participant, session, slot,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// The six participants of the session: name and e-mail.
pub const PEOPLE: [(&str, &str); 6] = [
    ("Amira Haddad", "amira@example.org"),
    ("Bohdan Melnyk", "bohdan@example.org"),
    ("Chen Li", "chen@example.org"),
    ("Dawit Tesfaye", "dawit@example.org"),
    ("Elif Kaya", "elif@example.org"),
    ("Farid Ahmadi", "farid@example.org"),
];

pub struct Setup {
    /// The coordinator's form token.
    pub csrf: String,
    /// The ranked-choice session.
    pub session: session::Model,
    /// Its four slots, in time order.
    pub slots: Vec<slot::Model>,
    /// The six participants, by name.
    pub people: Vec<participant::Model>,
}

/// One interviewer with four half-hour slots in a ranked-choice session of a published event;
/// six participants who all want the first slot most. `choose` says who ranks at all.
pub async fn oversubscribed_session(app: &mut TestApp, choose: usize) -> Setup {
    session_with_places_per_person(app, choose, "1").await
}

/// [`oversubscribed_session`] where each person may hold up to `max` places.
pub async fn session_with_places_per_person(app: &mut TestApp, choose: usize, max: &str) -> Setup {
    let (csrf, acme, _) = event_with_two_employers(app).await;
    add_volunteer(app, &acme, "Dana Roth", "dana@acme.example", "17:30-19:30").await;
    make_ranked(app, &csrf, "2026-06-01T12:00", max).await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    for (name, email) in PEOPLE {
        let added = app
            .post_form(
                &format!("/coordinator/events/{}/participants", event.id),
                &[
                    ("csrf", &csrf),
                    ("name", name),
                    ("email", email),
                    ("language", "en"),
                    ("occupations", "nursing"),
                    ("languages", "en B2"),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    }
    let published = app
        .post_form(
            &format!("/coordinator/events/{}/status", event.id),
            &[("csrf", &csrf), ("action", "publish")],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let slots = slot::Entity::find()
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(slots.len(), 4);
    let people = participant::Entity::find()
        .order_by_asc(participant::Column::Name)
        .all(&app.db)
        .await
        .unwrap();
    let order: Vec<Uuid> = slots.iter().map(|s| s.id).collect();
    for person in people.iter().take(choose) {
        preferences::replace(
            &app.db,
            SessionId(session.id),
            ParticipantId(person.id),
            &order,
            now_ms(),
        )
        .await
        .unwrap();
    }
    app.drain_outbox().await;
    Setup {
        csrf,
        session,
        slots,
        people,
    }
}

pub async fn preview(app: &mut TestApp, setup: &Setup, seed: &str) -> Uuid {
    let made = app
        .post_form(
            &format!(
                "/coordinator/sessions/{}/allocation/preview",
                setup.session.id
            ),
            &[("csrf", &setup.csrf), ("seed", seed)],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let location = made.header("location").to_owned();
    assert!(location.ends_with("notice=previewed"), "{location}");
    let run = location
        .split("run=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    Uuid::parse_str(run).unwrap()
}

pub async fn commit(app: &mut TestApp, setup: &Setup, run: Uuid) -> TestResponse {
    app.post_form(
        &format!(
            "/coordinator/sessions/{}/allocation/runs/{run}/commit",
            setup.session.id
        ),
        &[("csrf", &setup.csrf)],
    )
    .await
}

pub async fn live_bookings(app: &TestApp) -> Vec<booking::Model> {
    booking::Entity::find()
        .filter(booking::Column::Status.eq("confirmed"))
        .order_by_asc(booking::Column::ParticipantId)
        .all(&app.db)
        .await
        .unwrap()
}

pub async fn placed_by(app: &TestApp, run: Uuid) -> Vec<(Uuid, Option<Uuid>)> {
    let mut rows: Vec<(Uuid, Option<Uuid>)> = allocation_result::Entity::find()
        .filter(allocation_result::Column::RunId.eq(run))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.participant_id, r.slot_id))
        .collect();
    rows.sort();
    rows
}

pub async fn mails_of_kind(app: &TestApp, kind: &str) -> usize {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Kind.eq(kind))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}
