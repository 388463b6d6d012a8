//! The rounds plan of a speed-networking session: planned for the people holding a seat,
//! re-planned between rounds without the absent and without repeating a table, printed as cards
//! and mailed to each participant.

use crate::support::TestApp;
use crate::support::demo::{demo_session, session_of_format};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::{
    networking_round, networking_table, outbox_message, participant, rotation_assignment, session,
    slot,
};
use fairplan::services::bookings;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

pub struct Setup {
    pub csrf: String,
    pub session: session::Model,
    pub seated: Vec<participant::Model>,
}

/// The demo event with `people` participants booked into its speed-networking seats.
pub async fn networking_with(app: &mut TestApp, people: usize) -> Setup {
    let (csrf, session) = demo_session(app, "speed_networking").await;
    let seats = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let everyone = participant::Entity::find()
        .order_by_asc(participant::Column::Email)
        .all(&app.db)
        .await
        .unwrap();
    let seated: Vec<participant::Model> = everyone.into_iter().take(people).collect();
    for person in &seated {
        bookings::book(
            &app.db,
            &app.config,
            ParticipantId(person.id),
            SlotId(seats.id),
            "https://fairplan.test/p/x",
            now_ms(),
        )
        .await
        .unwrap();
    }
    app.drain_outbox().await;
    Setup {
        csrf,
        session,
        seated,
    }
}

/// (round number, table, participant) of every stored seat.
pub async fn seating(app: &TestApp) -> Vec<(i32, Uuid, Uuid)> {
    let rounds: HashMap<Uuid, i32> = networking_round::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.id, r.number))
        .collect();
    let mut rows: Vec<(i32, Uuid, Uuid)> = rotation_assignment::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (rounds[&a.round_id], a.table_id, a.participant_id))
        .collect();
    rows.sort();
    rows
}

/// Nobody meets a table twice, nobody sits twice in a round, no table over its seats.
async fn assert_sound(app: &TestApp) {
    let seats: HashMap<Uuid, i32> = networking_table::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|t| (t.id, t.seats))
        .collect();
    let rows = seating(app).await;
    let meetings: HashSet<(Uuid, Uuid)> = rows.iter().map(|(_, t, p)| (*t, *p)).collect();
    assert_eq!(meetings.len(), rows.len(), "a repeated meeting: {rows:?}");
    let places: HashSet<(i32, Uuid)> = rows.iter().map(|(r, _, p)| (*r, *p)).collect();
    assert_eq!(
        places.len(),
        rows.len(),
        "someone at two tables in one round"
    );
    let mut at_table: HashMap<(i32, Uuid), i32> = HashMap::new();
    for (round, table, _) in &rows {
        *at_table.entry((*round, *table)).or_default() += 1;
    }
    for ((_, table), count) in at_table {
        assert!(count <= seats[&table], "table over its seats");
    }
}

pub async fn plan(
    app: &mut TestApp,
    setup: &Setup,
    fields: &[(&str, &str)],
) -> crate::support::TestResponse {
    let mut all = vec![("csrf", setup.csrf.as_str())];
    all.extend_from_slice(fields);
    app.post_form(
        &format!("/coordinator/sessions/{}/rotation/plan", setup.session.id),
        &all,
    )
    .await
}

#[tokio::test]
async fn a_coordinator_plans_replans_between_rounds_prints_and_mails_the_rounds() {
    let mut app = TestApp::spawn().await;
    let setup = networking_with(&mut app, 10).await;
    let path = format!("/coordinator/sessions/{}/rotation", setup.session.id);
    let event = app
        .get(&format!("/coordinator/events/{}", setup.session.event_id))
        .await;
    assert!(
        event.body.contains(&path),
        "the event page links the rounds plan"
    );
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("10 people hold a seat"), "{}", page.body);

    let planned = plan(&mut app, &setup, &[("seed", "4"), ("from_round", "1")]).await;
    assert_eq!(planned.status, StatusCode::SEE_OTHER, "{}", planned.body);
    assert_sound(&app).await;
    let rows = seating(&app).await;
    let tables = networking_table::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .len();
    let rounds = networking_round::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .len();
    let seats: usize = tables * 4;
    let bound = (10 * rounds.min(tables)).min(seats * rounds);
    assert_eq!(rows.len(), bound, "the plan reaches the bound");
    let shown = app.get(&format!("{path}?notice=planned")).await;
    assert!(
        shown.body.contains(&format!(
            "{bound} meetings planned</strong> of at most {bound}"
        )),
        "{}",
        shown.body
    );
    assert!(shown.body.contains("Table cards") && shown.body.contains("Itineraries"));
    assert!(
        shown.body.contains("run-card"),
        "each card prints on its own"
    );

    // Between rounds 2 and 3 one person has gone home: rounds 1-2 stay, they are not seated
    // again, and nobody returns to a table they visited.
    let gone = setup.seated[0].id.to_string();
    let replanned = plan(
        &mut app,
        &setup,
        &[
            ("seed", "4"),
            ("from_round", "3"),
            ("absent", gone.as_str()),
        ],
    )
    .await;
    assert_eq!(
        replanned.status,
        StatusCode::SEE_OTHER,
        "{}",
        replanned.body
    );
    assert_sound(&app).await;
    let after = seating(&app).await;
    let early = |rows: &[(i32, Uuid, Uuid)]| -> Vec<(i32, Uuid, Uuid)> {
        rows.iter().filter(|(r, _, _)| *r < 3).copied().collect()
    };
    assert_eq!(early(&rows), early(&after), "rounds already held are kept");
    assert!(
        !after
            .iter()
            .any(|(r, _, p)| *r >= 3 && *p == setup.seated[0].id),
        "the absent person is not seated"
    );

    // Mail: one plan per person with a table, in their language, with the rounds.
    let mailed = app
        .post_form(&format!("{path}/mail"), &[("csrf", &setup.csrf)])
        .await;
    assert_eq!(mailed.status, StatusCode::SEE_OTHER, "{}", mailed.body);
    let sent = outbox_message::Entity::find()
        .filter(outbox_message::Column::Kind.eq("networking_plan"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(sent.len(), 10);
    app.drain_outbox().await;
    let someone = &setup.seated[1];
    let mail = app.last_mail_to(someone.mail_address()).unwrap();
    let text = mail.part("text/plain").unwrap();
    let first_table = after
        .iter()
        .find(|(_, _, p)| *p == someone.id)
        .map(|(r, _, _)| *r)
        .unwrap();
    assert!(
        text.contains(&format!("Round {first_table}"))
            || text.contains(&format!("Runde {first_table}")),
        "{text}"
    );
    assert!(text.contains("Table "), "{text}");
}

#[tokio::test]
async fn other_sessions_have_no_rounds_and_bad_input_is_explained() {
    let mut app = TestApp::spawn().await;
    let setup = networking_with(&mut app, 3).await;
    let interviews = session_of_format(&app, "mock_interview").await;
    let page = app
        .get(&format!("/coordinator/sessions/{}/rotation", interviews.id))
        .await;
    assert!(
        page.body
            .contains("Only speed-networking sessions have rounds to plan")
    );

    let bad_round = plan(&mut app, &setup, &[("seed", "1"), ("from_round", "9")]).await;
    assert_eq!(bad_round.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad_round.body.contains("Choose a round from 1 to 4"),
        "{}",
        bad_round.body
    );
    let bad_seed = plan(&mut app, &setup, &[("seed", "x"), ("from_round", "1")]).await;
    assert_eq!(bad_seed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad_seed
            .body
            .contains("The lottery seed must be a whole number")
    );
    assert!(seating(&app).await.is_empty(), "nothing stored");
    let early_mail = app
        .post_form(
            &format!("/coordinator/sessions/{}/rotation/mail", setup.session.id),
            &[("csrf", &setup.csrf)],
        )
        .await;
    assert_eq!(early_mail.status, StatusCode::CONFLICT);
    assert!(early_mail.body.contains("Plan the rounds first"));
}
