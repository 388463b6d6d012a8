//! Booking under load over real HTTP: an event with 10,000 participants and 2,000 slots (20
//! sessions x 100 slots x 5 places, exactly one place per participant), served by the real
//! router on loopback; 64 concurrent clients each book through the participant's personal link
//! (`POST /p/{token}/book`: link check, fit check, capacity-guarded insert, mail and calendar
//! entry into the outbox, all or nothing). The same run drives a bare axum handler that
//! does only the capacity-guarded insert, for the ratio. Afterwards it checks that no slot holds
//! more than its capacity and that every booking got its mail.
//!
//! Run: `cargo bench --bench booking_load` (SQLite), or with
//! `FAIRPLAN_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres` for PostgreSQL.
//! `FAIRPLAN_BENCH_PARTICIPANTS` scales it down (multiples of 500); `FAIRPLAN_DATABASE_CONNECTIONS`
//! sizes the pool as it does the product's.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/database.rs"]
mod support_database;
use support_database::database;
#[path = "support/sessions.rs"]
mod support_sessions;
use support_sessions::interview_session;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, header};
use axum::routing::post;
use fairplan::app::router::router;
use fairplan::app::state::AppState;
use fairplan::config::{Config, MailMode};
use fairplan::db::{begin_write, bookings, sessions};
use fairplan::domain::event_draft::{EventDraft, EventInput};
use fairplan::domain::event_status::StatusAction;
use fairplan::domain::units::Unit;
use fairplan::entities::{booking, outbox_message, participant, slot};
use fairplan::metrics::Metrics;
use fairplan::services::{access_links, events};
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use migration::{Migrator, MigratorTrait};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait, TransactionTrait};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use uuid::Uuid;

const CLIENTS: usize = 64;
const SESSIONS: usize = 20;
const SLOTS_PER_SESSION: usize = 100;
const SEATS: i32 = 5;

/// One participant's request: their link path and the slot they book.
struct Job {
    link: String,
    participant_id: Uuid,
    slot_id: Uuid,
}

/// A published event far enough ahead, its sessions and slots, and one personal link per
/// participant; returns the jobs in participant order.
async fn seed(db: &DatabaseConnection, config: &Config, participants: usize) -> Vec<Job> {
    let now = fairplan::clock::now_ms();
    let input = EventInput {
        title: "Load test evening".to_owned(),
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
    let mut slot_ids: Vec<Vec<Uuid>> = Vec::new();
    for n in 0..SESSIONS {
        let session = interview_session(db, config, &event, n, now).await;
        let units: Vec<Unit> = (0..SLOTS_PER_SESSION)
            .map(|k| Unit {
                volunteer_id: None,
                employer_id: None,
                label: format!("Table {k}"),
                starts_at: session.starts_at,
                ends_at: session.starts_at + 30 * 60_000,
                capacity: SEATS,
            })
            .collect();
        let txn = begin_write(db).await.unwrap();
        let made = sessions::insert_units(&txn, session.id, &units, now)
            .await
            .unwrap();
        txn.commit().await.unwrap();
        slot_ids.push(made.into_iter().map(|s| s.id).collect());
    }
    let actor = fairplan::domain::actor::Actor::System;
    events::change_status(
        db,
        config,
        (event.id, StatusAction::Publish, ""),
        actor,
        now,
    )
    .await
    .unwrap();
    let txn = db.begin().await.unwrap();
    let mut jobs = Vec::with_capacity(participants);
    for i in 0..participants {
        let person = participant::Model {
            id: Uuid::now_v7(),
            email: Some(format!("person{i}@example.org")),
            phone: None,
            name: format!("Person {i}"),
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
        let url = access_links::participant_link(&txn, config, person.id, &event, now)
            .await
            .unwrap();
        let per_session = participants / SESSIONS;
        let session = (i / per_session).min(SESSIONS - 1);
        jobs.push(Job {
            link: format!("/p/{}", url.rsplit('/').next().unwrap()),
            participant_id: person.id,
            slot_id: slot_ids[session][i % SLOTS_PER_SESSION],
        });
    }
    txn.commit().await.unwrap();
    jobs
}

/// The bare handler: only the capacity-guarded update and the insert, in one transaction.
async fn bare_book(
    State(db): State<DatabaseConnection>,
    Path((slot_id, participant_id)): Path<(Uuid, Uuid)>,
) -> StatusCode {
    let txn = begin_write(&db).await.unwrap();
    if !bookings::take_place(&txn, slot_id).await.unwrap() {
        return StatusCode::CONFLICT;
    }
    let slot = slot::Entity::find_by_id(slot_id)
        .one(&txn)
        .await
        .unwrap()
        .unwrap();
    bookings::insert_confirmed(&txn, &slot, participant_id, "bench.test", 0)
        .await
        .unwrap();
    txn.commit().await.unwrap();
    StatusCode::SEE_OTHER
}

async fn serve(app: Router) -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });
    port
}

/// Builds the HTTP request for one job.
type RequestFor = Arc<dyn Fn(&Job) -> Request<Body> + Send + Sync>;

/// What one load run measured.
struct Measured {
    confirmed: usize,
    seconds: f64,
    p50_ms: f64,
    p99_ms: f64,
}

/// Sends every job once from `CLIENTS` concurrent clients; `request` builds each request.
async fn drive(jobs: Arc<Vec<Job>>, request: RequestFor) -> Measured {
    let client = Client::builder(TokioExecutor::new()).build_http::<Body>();
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        let (client, next, jobs, request) =
            (client.clone(), next.clone(), jobs.clone(), request.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut confirmed = 0;
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(n) else { break };
                let sent = Instant::now();
                let answer = client.request(request(job)).await.unwrap();
                let status = answer.status();
                answer.into_body().collect().await.unwrap();
                latencies.push(sent.elapsed());
                if status == StatusCode::SEE_OTHER {
                    confirmed += 1;
                } else {
                    eprintln!("unexpected answer {status}");
                }
            }
            (latencies, confirmed)
        }));
    }
    let mut latencies: Vec<Duration> = Vec::new();
    let mut confirmed = 0;
    for task in tasks {
        let (mine, done) = task.await.unwrap();
        latencies.extend(mine);
        confirmed += done;
    }
    let seconds = started.elapsed().as_secs_f64();
    latencies.sort();
    let at = |q: f64| {
        let index = ((latencies.len() as f64 - 1.0) * q).round() as usize;
        latencies[index].as_secs_f64() * 1000.0
    };
    Measured {
        confirmed,
        seconds,
        p50_ms: at(0.50),
        p99_ms: at(0.99),
    }
}

async fn check_capacity(db: &DatabaseConnection, confirmed: usize) {
    let slots = slot::Entity::find().all(db).await.unwrap();
    assert!(
        slots.iter().all(|s| s.booked <= s.capacity),
        "over capacity"
    );
    let booked: i64 = slots.iter().map(|s| i64::from(s.booked)).sum();
    let rows = booking::Entity::find().count(db).await.unwrap();
    assert_eq!(
        booked as usize, confirmed,
        "places taken = bookings confirmed"
    );
    assert_eq!(rows as usize, confirmed, "one row per booking");
}

async fn config_for(url: String) -> (Config, DatabaseConnection) {
    // The pool is sized as the product sizes it (FAIRPLAN_DATABASE_CONNECTIONS, or the default
    // for the database).
    let connections = std::env::var("FAIRPLAN_DATABASE_CONNECTIONS").ok();
    let mut config = Config::from_lookup(|name| match name {
        "FAIRPLAN_DATABASE_URL" => Some(url.clone()),
        "FAIRPLAN_DATABASE_CONNECTIONS" => connections.clone(),
        _ => None,
    })
    .unwrap();
    config.mail = MailMode::Files(std::env::temp_dir().join("fairplan-bench-mail"));
    config.base_url = "http://127.0.0.1:8080".to_owned();
    let db = fairplan::db::connect(&config.database_url, config.database_connections)
        .await
        .unwrap();
    Migrator::up(&db, None).await.unwrap();
    (config, db)
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let participants: usize = std::env::var("FAIRPLAN_BENCH_PARTICIPANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let backend = if std::env::var("FAIRPLAN_BENCH_POSTGRES_URL").is_ok() {
        "PostgreSQL"
    } else {
        "SQLite"
    };

    let (url, _dir) = database("load_product").await;
    let (config, db) = config_for(url).await;
    let jobs = Arc::new(seed(&db, &config, participants).await);
    let state = AppState::new(db.clone(), config, Arc::new(Metrics::default()));
    let port = serve(router(state)).await;
    let client = Client::builder(TokioExecutor::new()).build_http::<Body>();
    let page = client
        .request(
            Request::get(format!("http://127.0.0.1:{port}{}", jobs[0].link))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let cookie = page
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("fp_csrf="))
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let csrf = cookie.trim_start_matches("fp_csrf=").to_owned();
    let product = drive(
        jobs.clone(),
        Arc::new(move |job: &Job| {
            Request::post(format!("http://127.0.0.1:{port}{}/book", job.link))
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::COOKIE, cookie.clone())
                .body(Body::from(format!("slot_id={}&csrf={csrf}", job.slot_id)))
                .unwrap()
        }),
    )
    .await;
    check_capacity(&db, product.confirmed).await;
    let mails = outbox_message::Entity::find().count(&db).await.unwrap();
    assert!(mails as usize >= product.confirmed, "a mail per booking");

    let (url, _bare_dir) = database("load_bare").await;
    let (bare_config, bare_db) = config_for(url).await;
    let bare_jobs = Arc::new(seed(&bare_db, &bare_config, participants).await);
    let bare_port = serve(
        Router::new()
            .route("/bare/{slot_id}/{participant_id}", post(bare_book))
            .with_state(bare_db.clone()),
    )
    .await;
    let bare = drive(
        bare_jobs,
        Arc::new(move |job: &Job| {
            Request::post(format!(
                "http://127.0.0.1:{bare_port}/bare/{}/{}",
                job.slot_id, job.participant_id
            ))
            .body(Body::empty())
            .unwrap()
        }),
    )
    .await;
    check_capacity(&bare_db, bare.confirmed).await;

    let rate = |m: &Measured| m.confirmed as f64 / m.seconds;
    println!("| database | handler | requests | confirmed | bookings/s | p50 ms | p99 ms |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for (name, m) in [("booking endpoint", &product), ("bare insert", &bare)] {
        println!(
            "| {backend} | {name} | {} | {} | {:.0} | {:.1} | {:.1} |",
            participants,
            m.confirmed,
            rate(m),
            m.p50_ms,
            m.p99_ms
        );
    }
    println!(
        "ratio (booking endpoint / bare insert): {:.2}",
        rate(&product) / rate(&bare)
    );
}
