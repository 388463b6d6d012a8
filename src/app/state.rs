//! [`AppState`]: what every handler may reach. Nothing in it matters beyond a request's life
//! except the database, so any number of instances can serve one database.

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
}
