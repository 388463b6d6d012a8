//! The peers of the outbox benchmark: bare lettre senders doing the same sends as Fairplan's
//! worker, and aiosmtpd as a second, independent SMTP server on loopback.

use lettre::message::Mailbox;
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A message of about the size the worker sends (1 KB).
fn message(n: usize) -> Message {
    Message::builder()
        .from(
            "Fairplan <events@fairplan.test>"
                .parse::<Mailbox>()
                .unwrap(),
        )
        .to(format!("Person {n} <person{n}@example.org>")
            .parse()
            .unwrap())
        .subject("Your mock interview on Tuesday")
        .body("Hello,\n\nyour booking is confirmed.\n\nhttp://fairplan.test/p/token\n".repeat(16))
        .unwrap()
}

/// Host and port of `smtp://host:port`.
fn address(url: &str) -> (String, u16) {
    let rest = url.trim_start_matches("smtp://");
    let (host, port) = rest.split_once(':').unwrap();
    (host.to_owned(), port.trim_end_matches('/').parse().unwrap())
}

/// lettre's own pooled transport, `concurrency` sends at a time; returns mails per second.
pub async fn lettre_pool(url: &str, concurrency: usize, mails: usize) -> f64 {
    let transport = Arc::new(
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .unwrap()
            .pool_config(PoolConfig::new().max_size(concurrency as u32))
            .build(),
    );
    let started = Instant::now();
    let mut senders = Vec::new();
    for sender in 0..concurrency {
        let transport = Arc::clone(&transport);
        senders.push(tokio::spawn(async move {
            for n in (sender..mails).step_by(concurrency) {
                transport.send(message(n)).await.unwrap();
            }
        }));
    }
    for sender in senders {
        sender.await.unwrap();
    }
    mails as f64 / started.elapsed().as_secs_f64()
}

/// lettre over sockets with `TCP_NODELAY`, one connection per concurrent sender, commands one
/// at a time (lettre does not pipeline); returns mails per second.
pub async fn lettre_nodelay(url: &str, concurrency: usize, mails: usize) -> f64 {
    let (host, port) = address(url);
    let started = Instant::now();
    let mut senders = Vec::new();
    for sender in 0..concurrency {
        let (host, port) = (host.clone(), port);
        senders.push(tokio::spawn(async move {
            let tcp = tokio::net::TcpStream::connect((host.as_str(), port))
                .await
                .unwrap();
            tcp.set_nodelay(true).unwrap();
            let mut connection =
                AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &ClientId::default())
                    .await
                    .unwrap();
            for n in (sender..mails).step_by(concurrency) {
                let message = message(n);
                connection
                    .send(message.envelope(), &message.formatted())
                    .await
                    .unwrap();
            }
            let _ = connection.quit().await;
        }));
    }
    for sender in senders {
        sender.await.unwrap();
    }
    mails as f64 / started.elapsed().as_secs_f64()
}

/// aiosmtpd accepting and discarding every mail, on a free loopback port.
pub struct Aiosmtpd {
    child: Child,
    port: u16,
}

impl Aiosmtpd {
    /// Starts it with the Python `FAIRPLAN_BENCH_AIOSMTPD` names, if set.
    pub fn start() -> Option<Self> {
        let python = std::env::var("FAIRPLAN_BENCH_AIOSMTPD").ok()?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("FAIRPLAN_BENCH_AIOSMTPD names a Python with aiosmtpd");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "aiosmtpd did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(Self { child, port })
    }

    /// Its `smtp://` URL.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }
}

impl Drop for Aiosmtpd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
