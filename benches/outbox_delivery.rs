//! Outbox throughput: how fast mails are enqueued (inside one transaction) and delivered by the
//! worker over real SMTP to a loopback server, at several concurrency levels.
//!
//! Run: `cargo bench --bench outbox_delivery` (SQLite), or with
//! `FAIRPLAN_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres` for PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/database.rs"]
mod support_database;
use support_database::database;

#[path = "../tests/integration/support/smtp.rs"]
#[allow(dead_code)]
mod smtp;

use fairplan::config::{Config, MailMode};
use fairplan::db::outbox::{self, NewMail};
use fairplan::metrics::Metrics;
use migration::{Migrator, MigratorTrait};
use sea_orm::TransactionTrait;
use std::sync::Arc;
use std::time::{Duration, Instant};

const MAILS: usize = 2000;

fn mail(n: usize) -> NewMail {
    NewMail {
        kind: fairplan::domain::mail_kind::MailKind::BookingConfirmed,
        to_address: format!("person{n}@example.org"),
        to_name: format!("Person {n}"),
        subject: "Your mock interview on Tuesday".to_owned(),
        text: "Hello,\n\nyour booking is confirmed.\n\nhttp://fairplan.test/p/token\n".repeat(8),
        html: "<p>Hello,</p><p>your booking is confirmed.</p>".repeat(8),
        calendar: None,
        participant_id: None,
    }
}

async fn run(concurrency: usize) {
    let (url, _dir) = database(&format!("c{concurrency}")).await;
    let server = smtp::TestSmtpServer::start().await;
    let mut config = Config::from_lookup(|_| None).unwrap();
    config.database_url = url;
    config.mail = MailMode::Smtp(server.url());
    config.mail_concurrency = concurrency;
    config.worker_poll = Duration::from_millis(10);
    let db = fairplan::db::connect(&config.database_url, 8)
        .await
        .unwrap();
    Migrator::up(&db, None).await.unwrap();

    let started = Instant::now();
    let txn = db.begin().await.unwrap();
    for n in 0..MAILS {
        outbox::enqueue(&txn, mail(n), "fairplan.test", 0)
            .await
            .unwrap();
    }
    txn.commit().await.unwrap();
    let enqueue = started.elapsed();

    let worker =
        fairplan::runtime::mail_worker(db.clone(), &config, Arc::new(Metrics::default())).unwrap();
    let started = Instant::now();
    let mut delivered = 0;
    while delivered < MAILS {
        delivered += worker.deliver_due(fairplan::clock::now_ms()).await.unwrap();
    }
    let delivery = started.elapsed();
    assert_eq!(server.received().len(), MAILS);

    println!(
        "| {backend} | {concurrency} | {MAILS} | {:.0} | {:.0} |",
        MAILS as f64 / enqueue.as_secs_f64(),
        MAILS as f64 / delivery.as_secs_f64(),
        backend = if config.database_url.starts_with("sqlite") {
            "SQLite"
        } else {
            "PostgreSQL"
        },
    );
}

#[tokio::main]
async fn main() {
    // `cargo test` also runs bench targets with `--bench`-less arguments; only run when benched.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    println!(
        "| database | concurrency | mails | enqueued per s (one transaction) | delivered per s (SMTP, loopback) |"
    );
    println!("| --- | --- | --- | --- | --- |");
    for concurrency in [1, 4, 8] {
        run(concurrency).await;
    }
}
