//! [`AppState`]: what every handler may reach. Nothing in it matters beyond a request's life
//! except the database (the copy of recent link failures is only ever seconds old), so any
//! number of instances can serve one database.

use super::recent_failures::RecentFailures;
use crate::config::Config;
use crate::metrics::Metrics;
use axum::extract::FromRef;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

/// Shared, cheaply cloned application state.
#[derive(Clone, FromRef)]
pub struct AppState {
    /// The connection pool.
    pub db: DatabaseConnection,
    /// Parsed configuration.
    pub config: Arc<Config>,
    /// This process's metrics.
    pub metrics: Arc<Metrics>,
    /// Recently read counts of failed link requests (see `app::link_guard`).
    pub recent_failures: Arc<RecentFailures>,
}

impl AppState {
    /// The state for one instance serving `db`.
    pub fn new(db: DatabaseConnection, config: Config, metrics: Arc<Metrics>) -> Self {
        Self {
            db,
            config: Arc::new(config),
            metrics,
            recent_failures: Arc::default(),
        }
    }
}
