//! Starting and stopping the process's parts: database, web server, background work (the mail
//! delivery worker and the scheduled jobs).
//! An edge of the program, so errors are `anyhow` with context.

use crate::app::router::router;
use crate::app::state::AppState;
use crate::config::{Config, MailMode};
use crate::jobs::delivery::{MailWorker, WorkerSettings};
use crate::jobs::scheduler::Scheduler;
use crate::mail::transport::MailTransport;
use crate::metrics::Metrics;
use anyhow::Context;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use tokio::sync::watch;

/// Connects to the configured database and applies pending migrations.
pub async fn open_database(config: &Config) -> anyhow::Result<DatabaseConnection> {
    let db = crate::db::connect(&config.database_url, config.database_connections)
        .await
        .with_context(|| {
            format!(
                "FAIRPLAN_DATABASE_URL: cannot open {}",
                redact(&config.database_url)
            )
        })?;
    crate::db::migrate::up(&db, &config.database_url)
        .await
        .context("applying database migrations")?;
    Ok(db)
}

/// Hides a password in a database URL before it is shown.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            format!("{}://***{}", &url[..scheme_end], &url[at..])
        }
        _ => url.to_owned(),
    }
}

/// The mail worker for `config`.
pub fn mail_worker(
    db: DatabaseConnection,
    config: &Config,
    metrics: Arc<Metrics>,
) -> anyhow::Result<MailWorker> {
    let transport = MailTransport::from_config(config)?;
    let settings = WorkerSettings {
        max_attempts: config.mail_max_attempts,
        concurrency: config.mail_concurrency,
        retry_base: config.mail_retry_base,
        retry_max: config.mail_retry_max,
        poll: config.worker_poll,
    };
    Ok(MailWorker::new(
        db,
        Arc::new(config.clone()),
        transport,
        config.mail_from.clone(),
        settings,
        metrics,
    ))
}

/// The scheduler of the timed jobs for `config`.
pub fn scheduler(db: DatabaseConnection, config: &Config, metrics: Arc<Metrics>) -> Scheduler {
    Scheduler::new(db, Arc::new(config.clone()), metrics, config.worker_poll)
}

/// Starts the mail delivery worker and the scheduler; both stop when `stopped` turns true.
fn start_background(
    db: &DatabaseConnection,
    config: &Config,
    metrics: &Arc<Metrics>,
    stopped: &watch::Receiver<bool>,
) -> anyhow::Result<Background> {
    if let MailMode::Files(folder) = &config.mail {
        // Easy to miss in production: people would wait for mails that never leave the machine.
        tracing::warn!(
            folder = %folder.display(),
            "FAIRPLAN_SMTP_URL is not set: mail is NOT being sent, only written as .eml files \
             into the folder"
        );
    }
    let worker = mail_worker(db.clone(), config, Arc::clone(metrics))?;
    let scheduler = scheduler(db.clone(), config, Arc::clone(metrics));
    Ok(Background {
        delivery: tokio::spawn(worker.run(stopped.clone())),
        scheduler: tokio::spawn(scheduler.run(stopped.clone())),
    })
}

/// The running background tasks.
struct Background {
    delivery: tokio::task::JoinHandle<()>,
    scheduler: tokio::task::JoinHandle<()>,
}

impl Background {
    /// Waits for both to finish the work in hand (after `stop` was sent).
    async fn finish(self) -> anyhow::Result<()> {
        self.delivery.await.context("mail worker")?;
        self.scheduler.await.context("scheduler")?;
        Ok(())
    }
}

/// Serves the web application (and, with `with_worker`, delivers mail and runs the scheduled
/// jobs) until Ctrl-C or SIGTERM; then stops taking requests, lets in-flight requests, the mail
/// batch and the job in hand finish, and returns.
pub async fn serve(
    config: Config,
    db: DatabaseConnection,
    with_worker: bool,
) -> anyhow::Result<()> {
    let metrics = Arc::new(Metrics::default());
    let (stop, stopped) = watch::channel(false);
    let background = if with_worker {
        Some(start_background(&db, &config, &metrics, &stopped)?)
    } else {
        None
    };
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("FAIRPLAN_BIND: cannot listen on {}", config.bind))?;
    tracing::info!(address = %config.bind, base_url = %config.base_url, "serving");
    if config.shows_dev_mailbox() {
        tracing::warn!(
            "/dev/mail shows every mail, with its personal links, to anyone who can reach this \
             server: for the demo and development only"
        );
    }
    let state = AppState::new(db, config, metrics);
    // The peer address feeds the link guard (see `app::link_guard`).
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("web server")?;
    let _ = stop.send(true);
    if let Some(background) = background {
        background.finish().await?;
    }
    Ok(())
}

/// Delivers mail and runs the scheduled jobs until Ctrl-C or SIGTERM, finishing the batch and
/// the job in hand.
pub async fn run_worker(config: Config, db: DatabaseConnection) -> anyhow::Result<()> {
    let (stop, stopped) = watch::channel(false);
    let background = start_background(&db, &config, &Arc::new(Metrics::default()), &stopped)?;
    shutdown_signal().await;
    let _ = stop.send(true);
    background.finish().await
}

/// Resolves on Ctrl-C, or on SIGTERM where there is one.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
    tracing::info!("shutting down: finishing work in hand");
}

#[cfg(test)]
mod tests {
    #[test]
    fn database_passwords_are_hidden() {
        assert_eq!(
            super::redact("postgres://u:secret@db/x"),
            "postgres://***@db/x"
        );
        assert_eq!(
            super::redact("sqlite://./data/f.db"),
            "sqlite://./data/f.db"
        );
    }
}
