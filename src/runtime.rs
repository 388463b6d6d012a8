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
use crate::upkeep::service_manager::{self, Liveness};
use crate::upkeep::{UpkeepError, instance_lock::InstanceLock};
use anyhow::Context;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use tokio::sync::watch;

/// Marks this process as running on the configured database (see
/// [`crate::upkeep::instance_lock`]), connects, and applies pending migrations in the one place
/// they apply. Keep the returned lock for as long as the process works on the database.
pub async fn open_database(
    config: &Config,
) -> anyhow::Result<(DatabaseConnection, Option<InstanceLock>)> {
    let sqlite_file = crate::db::sqlite_file_path(&config.database_url);
    if let Some(file) = &sqlite_file {
        // Said once, in full: a relative default lands wherever the process was started.
        let path = std::path::absolute(file).unwrap_or_else(|_| file.into());
        tracing::info!(database = %path.display(), "SQLite database");
    }
    let running = sqlite_file
        .map(|file| InstanceLock::running(std::path::Path::new(&file)))
        .transpose()?;
    let db = connect(config, config.database_connections).await?;
    crate::upkeep::schema::migrate(&db, config, crate::clock::now_ms())
        .await
        .map_err(|e| match e {
            // Already one line an operator can act on.
            UpkeepError::NewerSchema { .. } => anyhow::Error::new(e),
            other => anyhow::Error::new(other).context("applying database migrations"),
        })?;
    Ok((db, running))
}

/// Opens the background work's own pool (`FAIRPLAN_WORKER_DATABASE_CONNECTIONS`) for when it
/// runs beside the web application: with a shared pool, requests that take every connection
/// leave the mail worker unable to record a sent mail, and the mail goes out again once its
/// lease runs out. Call it after [`open_database`] has migrated.
pub async fn open_worker_database(config: &Config) -> anyhow::Result<DatabaseConnection> {
    connect(config, config.worker_database_connections).await
}

/// A pool of at most `max_connections` on the configured database. Both pools go through
/// `db::connect`, so they share its options (and SQLite's pragmas: WAL, busy timeout, foreign
/// keys, secure delete).
async fn connect(config: &Config, max_connections: u32) -> anyhow::Result<DatabaseConnection> {
    crate::db::connect(&config.database_url, max_connections)
        .await
        .with_context(|| {
            format!(
                "FAIRPLAN_DATABASE_URL: cannot open {}",
                redact(&config.database_url)
            )
        })
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

/// The running background work: the mail delivery worker and the scheduler.
pub struct Background {
    delivery: tokio::task::JoinHandle<()>,
    scheduler: tokio::task::JoinHandle<()>,
}

impl Background {
    /// Starts the mail delivery worker and the scheduler on `db`; both stop when `stopped`
    /// turns true. `db` must be a pool web requests do not use (`fairplan worker`'s own, or
    /// [`open_worker_database`]).
    pub fn start(
        db: &DatabaseConnection,
        config: &Config,
        metrics: &Arc<Metrics>,
        stopped: &watch::Receiver<bool>,
    ) -> anyhow::Result<Self> {
        if let MailMode::Files(folder) = &config.mail {
            // Easy to miss in production: people would wait for mails that never leave the machine.
            tracing::warn!(
                folder = %folder.display(),
                "FAIRPLAN_SMTP_URL is not set: mail is NOT being sent, only written as .eml \
                 files into the folder"
            );
        }
        let worker = mail_worker(db.clone(), config, Arc::clone(metrics))?;
        let scheduler = scheduler(db.clone(), config, Arc::clone(metrics));
        Ok(Self {
            delivery: tokio::spawn(worker.run(stopped.clone())),
            scheduler: tokio::spawn(scheduler.run(stopped.clone())),
        })
    }

    /// Starts the background work as `fairplan serve` runs it beside the web application: on
    /// a pool of its own ([`open_worker_database`]), so web traffic cannot take its
    /// connections.
    pub async fn start_beside_web(
        config: &Config,
        metrics: &Arc<Metrics>,
        stopped: &watch::Receiver<bool>,
    ) -> anyhow::Result<Self> {
        let db = open_worker_database(config).await?;
        Self::start(&db, config, metrics, stopped)
    }

    /// Waits for both to finish the work in hand (after `stop` was sent).
    pub async fn finish(self) -> anyhow::Result<()> {
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
        Some(Background::start_beside_web(&config, &metrics, &stopped).await?)
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
    service_manager::ready();
    let bound = listener.local_addr().context("the listener's address")?;
    let watchdog = service_manager::start_watchdog(Liveness::Serving(bound), stopped.clone());
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            shutdown_signal().await;
            service_manager::stopping();
        })
        .await
        .context("web server")?;
    let _ = stop.send(true);
    if let Some(watchdog) = watchdog {
        let _ = watchdog.await;
    }
    if let Some(background) = background {
        background.finish().await?;
    }
    Ok(())
}

/// Delivers mail and runs the scheduled jobs until Ctrl-C or SIGTERM, finishing the batch and
/// the job in hand.
pub async fn run_worker(config: Config, db: DatabaseConnection) -> anyhow::Result<()> {
    let (stop, stopped) = watch::channel(false);
    // The process serves no web requests, so its one pool is the background work's own.
    let background = Background::start(&db, &config, &Arc::new(Metrics::default()), &stopped)?;
    service_manager::ready();
    let watchdog = service_manager::start_watchdog(Liveness::Database(db), stopped.clone());
    shutdown_signal().await;
    service_manager::stopping();
    let _ = stop.send(true);
    if let Some(watchdog) = watchdog {
        let _ = watchdog.await;
    }
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
