//! Telling systemd (a `Type=notify` unit) how the process is doing: ready once migrations ran
//! and the listener is bound, stopping when shutdown begins, and alive at every watchdog
//! interval for as long as the database answers. Without `NOTIFY_SOCKET` all of it is a no-op.

use sd_notify::NotifyState;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::time::Duration;
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

/// When systemd asks for watchdog pings (`WATCHDOG_USEC`), starts a task that pings at half
/// the interval while a query on `db` succeeds, until `stopped` turns true. A process whose
/// database hangs stops pinging, and systemd restarts it.
pub fn start_watchdog(
    db: DatabaseConnection,
    mut stopped: watch::Receiver<bool>,
) -> Option<tokio::task::JoinHandle<()>> {
    let interval = sd_notify::watchdog_enabled()? / 2;
    Some(tokio::spawn(async move {
        loop {
            if alive(&db, interval).await {
                send(&[NotifyState::Watchdog]);
            } else {
                tracing::warn!("the database did not answer: no watchdog ping");
            }
            tokio::select! {
                () = tokio::time::sleep(interval) => {}
                _ = stopped.changed() => return,
            }
        }
    }))
}

async fn alive(db: &DatabaseConnection, within: Duration) -> bool {
    tokio::time::timeout(within, db.execute_unprepared("SELECT 1"))
        .await
        .is_ok_and(|answer| answer.is_ok())
}
