//! The check-in page on the day of a large event, over real HTTP: 500 bookings (5 sessions x
//! 100 interview tables, half of the people already checked in), a signed-in coordinator
//! loading the whole list again and again, and tapping "arrived" for 200 people one after the
//! other (each tap is a POST and the redirect back, as on a phone). Reports the p50 and p99
//! latency of both and the page's size.
//!
//! Run: `cargo bench --bench check_in_page` (SQLite), or with
//! `FAIRPLAN_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres` for PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/database.rs"]
mod support_database;
use support_database::database;
#[path = "support/sessions.rs"]
mod support_sessions;
use support_sessions::interview_session;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use fairplan::app::router::router;
use fairplan::app::state::AppState;
use fairplan::config::{Config, MailMode};
use fairplan::db::{begin_write, bookings, check_in, sessions};
use fairplan::domain::event_draft::{EventDraft, EventInput};
use fairplan::domain::units::Unit;
use fairplan::entities::participant;
use fairplan::metrics::Metrics;
use fairplan::services::{auth, events};
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use migration::{Migrator, MigratorTrait};
use sea_orm::{DatabaseConnection, EntityTrait};
use std::sync::Arc;
use std::time::Instant;
use uuid::Uuid;

const SESSIONS: usize = 5;
const TABLES: usize = 100;
const LOADS: usize = 100;
const TAPS: usize = 200;

/// The event with one booking per table; returns (event id, booking ids not yet checked in).
async fn seed(db: &DatabaseConnection, config: &Config) -> (Uuid, Vec<Uuid>) {
    let now = fairplan::clock::now_ms();
    let input = EventInput {
        title: "A large career day".to_owned(),
        venue_address: "Main Street 1".to_owned(),
        time_zone: "Europe/Berlin".to_owned(),
        starts: "2027-03-03T09:00".to_owned(),
        ends: "2027-03-03T21:00".to_owned(),
        languages: "en".to_owned(),
        ..EventInput::default()
    };
    let event = events::create(db, &EventDraft::parse(&input).unwrap(), now)
        .await
        .unwrap();
    let mut waiting = Vec::new();
    let mut n = 0;
    for s in 0..SESSIONS {
        let session = interview_session(db, config, &event, s, now).await;
        let units: Vec<Unit> = (0..TABLES)
            .map(|k| Unit {
                volunteer_id: None,
                employer_id: None,
                label: format!("Table {k}"),
                starts_at: session.starts_at + (k % 20) as i64 * 30 * 60_000,
                ends_at: session.starts_at + ((k % 20) as i64 + 1) * 30 * 60_000,
                capacity: 1,
            })
            .collect();
        let txn = begin_write(db).await.unwrap();
        let slots = sessions::insert_units(&txn, session.id, &units, now)
            .await
            .unwrap();
        for slot in slots {
            let person = participant::Model {
                id: Uuid::now_v7(),
                email: Some(format!("person{n}@example.org")),
                phone: None,
                name: format!("Person {n}"),
                locale: "en".to_owned(),
                language_chosen: true,
                time_zone: None,
                needs: String::new(),
                keep_after_event: false,
                anonymised_at: None,
                created_at: now,
            };
            participant::Entity::insert(participant::ActiveModel::from(person.clone()))
                .exec_without_returning(&txn)
                .await
                .unwrap();
            assert!(bookings::take_place(&txn, slot.id).await.unwrap());
            let booking = bookings::insert_confirmed(&txn, &slot, person.id, "bench.test", now)
                .await
                .unwrap();
            if n % 2 == 0 {
                check_in::mark_arrived(&txn, booking.id, now).await.unwrap();
            } else {
                waiting.push(booking.id);
            }
            n += 1;
        }
        txn.commit().await.unwrap();
    }
    (event.id, waiting)
}

/// GETs the page as the signed-in coordinator and reads the whole body.
async fn load_page(
    client: &Client<hyper_util::client::legacy::connect::HttpConnector, Body>,
    url: &str,
    cookie: &str,
) -> axum::body::Bytes {
    let response = client
        .request(
            Request::get(url)
                .header(header::COOKIE, cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.into_body().collect().await.unwrap().to_bytes()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at]
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let backend = if std::env::var("FAIRPLAN_BENCH_POSTGRES_URL").is_ok() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let (url, _dir) = database("check_in").await;
    let mut config = Config::from_lookup(|_| None).unwrap();
    config.database_url = url;
    config.mail = MailMode::Files(std::env::temp_dir().join("fairplan-bench-mail"));
    let db = fairplan::db::connect(&config.database_url, 16)
        .await
        .unwrap();
    Migrator::up(&db, None).await.unwrap();
    let (event_id, waiting) = seed(&db, &config).await;
    let now = fairplan::clock::now_ms();
    auth::create_or_update_coordinator(
        &db,
        "bench@example.org",
        "Bench",
        "a long bench password",
        now,
    )
    .await
    .unwrap();
    let session = auth::sign_in(&db, "bench@example.org", "a long bench password", now)
        .await
        .unwrap();
    let cookie = format!("fp_session={}", session.token);
    let state = AppState::new(db.clone(), config, Arc::new(Metrics::default()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let app = router(state);
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });
    let client = Client::builder(TokioExecutor::new()).build_http::<Body>();
    let page_url = format!("http://127.0.0.1:{port}/coordinator/events/{event_id}/check-in");

    // One request first to open the connections (not measured).
    load_page(&client, &page_url, &cookie).await;
    let mut loads = Vec::with_capacity(LOADS);
    let mut size = 0;
    for _ in 0..LOADS {
        let started = Instant::now();
        let body = load_page(&client, &page_url, &cookie).await;
        loads.push(started.elapsed().as_secs_f64() * 1000.0);
        size = body.len();
        assert!(String::from_utf8_lossy(&body).contains("Person 499"));
    }
    let mut taps = Vec::with_capacity(TAPS);
    for booking_id in waiting.iter().take(TAPS) {
        let started = Instant::now();
        let response = client
            .request(
                Request::post(format!("{page_url}/{booking_id}"))
                    .header(header::COOKIE, &cookie)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(format!(
                        "csrf={}&mark=arrived",
                        session.csrf_token
                    )))
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        load_page(&client, &page_url, &cookie).await;
        taps.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    loads.sort_by(f64::total_cmp);
    taps.sort_by(f64::total_cmp);
    println!("check-in page, {backend}, 500 bookings:");
    println!(
        "  page load: p50 {:.1} ms, p99 {:.1} ms, {} kB",
        percentile(&loads, 0.5),
        percentile(&loads, 0.99),
        size / 1024
    );
    println!(
        "  tap arrived + page again: p50 {:.1} ms, p99 {:.1} ms ({TAPS} taps)",
        percentile(&taps, 0.5),
        percentile(&taps, 0.99)
    );
}
