//! Telling systemd (a `Type=notify` unit) how the process is doing: ready once migrations ran
//! and the listener is bound, stopping when shutdown begins, and alive at every watchdog
//! interval for as long as the web server answers (or, for a worker, the database). Without
//! `NOTIFY_SOCKET` all of it is a no-op.

use sd_notify::NotifyState;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use tokio::sync::watch;

/// Says the service is ready to take requests.
pub fn ready() {
    send(&[NotifyState::Ready]);
}

/// Says the service is shutting down (finishing the work in hand).
pub fn stopping() {
    send(&[NotifyState::Stopping]);
}

fn send(states: &[NotifyState]) {
    if let Err(e) = sd_notify::notify(states) {
        tracing::warn!(error = %e, "could not tell the service manager");
    }
}

/// What the watchdog checks before each ping.
pub enum Liveness {
    /// The web server answers `/healthz` (which asks the database) on this address: the
    /// serving loop itself is alive, not only some task beside it.
    Serving(SocketAddr),
    /// The database answers (for `fairplan worker`, which serves no requests).
    Database(DatabaseConnection),
}

/// When systemd asks for watchdog pings (`WATCHDOG_USEC`), starts a task that pings at half
/// the interval while `liveness` holds, until `stopped` turns true. A process whose serving
/// loop or database hangs stops pinging, and systemd restarts it.
pub fn start_watchdog(
    liveness: Liveness,
    mut stopped: watch::Receiver<bool>,
) -> Option<tokio::task::JoinHandle<()>> {
    let interval = sd_notify::watchdog_enabled()? / 2;
    Some(tokio::spawn(async move {
        loop {
            if tokio::time::timeout(interval, alive(&liveness))
                .await
                .unwrap_or(false)
            {
                send(&[NotifyState::Watchdog]);
            } else {
                tracing::warn!("no answer within the watchdog interval: no watchdog ping");
            }
            tokio::select! {
                () = tokio::time::sleep(interval) => {}
                _ = stopped.changed() => return,
            }
        }
    }))
}

async fn alive(liveness: &Liveness) -> bool {
    match liveness {
        Liveness::Database(db) => db.execute_unprepared("SELECT 1").await.is_ok(),
        Liveness::Serving(address) => healthz_answers(*address).await.unwrap_or(false),
    }
}

/// Asks `/healthz` over loopback, as a client would, and reads the status line.
async fn healthz_answers(bound: SocketAddr) -> std::io::Result<bool> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut address = bound;
    if address.ip().is_unspecified() {
        address.set_ip(match address {
            SocketAddr::V4(_) => Ipv4Addr::LOCALHOST.into(),
            SocketAddr::V6(_) => Ipv6Addr::LOCALHOST.into(),
        });
    }
    let mut stream = tokio::net::TcpStream::connect(address).await?;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).await?;
    Ok(&head == b"HTTP/1.1 200")
}
