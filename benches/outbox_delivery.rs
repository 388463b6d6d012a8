//! Outbox throughput: how fast mails are enqueued (inside one transaction) and delivered by the
//! worker over real SMTP to a loopback server, at several concurrency levels, side by side with
//! two bare lettre senders doing the same sends in the same run: lettre's own pooled transport,
//! and lettre over sockets with `TCP_NODELAY` (one connection per concurrent sender). The
//! servers: the tests' SMTP server, and aiosmtpd (discarding every mail) when
//! `FAIRPLAN_BENCH_AIOSMTPD` names a Python that has it (`python3 -m pip install aiosmtpd`).
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
use fairplan::domain::delivery_status::DeliveryStatus;
use fairplan::entities::outbox_message;
use fairplan::metrics::Metrics;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait};
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

/// The worker draining the outbox into `smtp_url`; returns (enqueued/s, delivered/s).
async fn worker_run(smtp_url: &str, concurrency: usize) -> (f64, f64) {
    let (url, _dir) = database(&format!("c{concurrency}")).await;
    let mut config = Config::from_lookup(|_| None).unwrap();
    config.database_url = url;
    config.mail = MailMode::Smtp(smtp_url.to_owned());
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
    // As `fairplan worker` runs it: draining the outbox as a stream until nothing is due.
    let (_running, shutdown) = tokio::sync::watch::channel(false);
    let mut delivered = 0;
    while delivered < MAILS {
        delivered += worker.drain(&shutdown).await.unwrap();
    }
    let delivery = started.elapsed();
    let sent = outbox_message::Entity::find()
        .filter(outbox_message::Column::Status.eq(DeliveryStatus::Sent))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(sent, MAILS as u64, "every mail was sent");
    (
        MAILS as f64 / enqueue.as_secs_f64(),
        MAILS as f64 / delivery.as_secs_f64(),
    )
}

#[tokio::main]
async fn main() {
    // `cargo test` also runs bench targets with `--bench`-less arguments; only run when benched.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let backend = if std::env::var("FAIRPLAN_BENCH_POSTGRES_URL").is_ok() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    println!(
        "| server | concurrency | outbox: enqueued per s ({backend}, one transaction) | worker draining the outbox, mails/s | bare lettre (its pool), mails/s | bare lettre + TCP_NODELAY, mails/s | worker / bare + NODELAY, median (range) |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    let test_server = smtp::TestSmtpServer::start().await;
    let aiosmtpd = peers::Aiosmtpd::start();
    let mut servers = vec![("tests' SMTP server", test_server.url())];
    if let Some(server) = &aiosmtpd {
        servers.push(("aiosmtpd (Sink)", server.url()));
    }
    // The worker and the bare sender take turns, five times each, and the medians are shown:
    // on two shared cores one run of either varies by a third. lettre's pool, at 23 mails a
    // second per connection, runs once.
    let rounds: usize = std::env::var("FAIRPLAN_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    for (name, url) in &servers {
        for concurrency in [1, 4, 8] {
            let (mut enqueued, mut worker, mut nodelay, mut ratios) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for _ in 0..rounds {
                let (e, w) = worker_run(url, concurrency).await;
                let n = peers::lettre_nodelay(url, concurrency, MAILS).await;
                enqueued.push(e);
                worker.push(w);
                nodelay.push(n);
                ratios.push(w / n);
            }
            let pooled = peers::lettre_pool(url, concurrency, MAILS).await;
            println!(
                "| {name} | {concurrency} | {:.0} | {:.0} | {pooled:.0} | {:.0} | {:.2} ({:.2}-{:.2}) |",
                median(&mut enqueued),
                median(&mut worker),
                median(&mut nodelay),
                median(&mut ratios),
                ratios.first().copied().unwrap_or_default(),
                ratios.last().copied().unwrap_or_default(),
            );
        }
    }
}

/// The middle value (sorts `values`).
fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or_default()
}

#[path = "support/smtp_peers.rs"]
mod peers;
