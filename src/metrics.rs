//! Prometheus metrics: requests by route and status, mail deliveries, outbox depth, and each
//! scheduled job's runs, last start and last duration.
//!
//! Counters are per process (Prometheus scrapes each instance); the outbox depth is read from
//! the database at scrape time, so every instance reports the shared truth.

use crate::domain::delivery_status::DeliveryStatus;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    method: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct JobLabels {
    job: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct JobOutcomeLabels {
    job: &'static str,
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabels {
    status: String,
}

/// The process's metrics registry.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    deliveries: Family<OutcomeLabels, Counter>,
    outbox: Family<StatusLabels, Gauge>,
    job_runs: Family<JobOutcomeLabels, Counter>,
    job_started: Family<JobLabels, Gauge>,
    job_seconds: Family<JobLabels, Gauge<f64, AtomicU64>>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("fairplan");
        let requests = Family::<RequestLabels, Counter>::default();
        let deliveries = Family::<OutcomeLabels, Counter>::default();
        let outbox = Family::<StatusLabels, Gauge>::default();
        let job_runs = Family::<JobOutcomeLabels, Counter>::default();
        let job_started = Family::<JobLabels, Gauge>::default();
        let job_seconds = Family::<JobLabels, Gauge<f64, AtomicU64>>::default();
        registry.register(
            "http_requests",
            "HTTP requests by route template and status",
            requests.clone(),
        );
        registry.register(
            "mail_delivery_attempts",
            "Mail delivery attempts by outcome",
            deliveries.clone(),
        );
        registry.register(
            "outbox_messages",
            "Outbox messages by delivery status",
            outbox.clone(),
        );
        registry.register(
            "job_runs",
            "Scheduled job runs on this instance, by job and outcome",
            job_runs.clone(),
        );
        registry.register(
            "job_last_run_timestamp_seconds",
            "When this instance last started each scheduled job (Unix time)",
            job_started.clone(),
        );
        registry.register(
            "job_last_duration_seconds",
            "How long each scheduled job's last run on this instance took",
            job_seconds.clone(),
        );
        Self {
            registry,
            requests,
            deliveries,
            outbox,
            job_runs,
            job_started,
            job_seconds,
        }
    }
}

impl Metrics {
    /// Counts one HTTP response. `route` is the route template, never the path (paths hold tokens).
    pub fn record_request(&self, route: &str, method: &str, status: u16) {
        self.requests
            .get_or_create(&RequestLabels {
                route: route.to_owned(),
                method: method.to_owned(),
                status,
            })
            .inc();
    }

    /// Counts one delivery attempt.
    pub fn record_delivery(&self, delivered: bool) {
        let outcome = if delivered { "sent" } else { "failed" };
        self.deliveries
            .get_or_create(&OutcomeLabels { outcome })
            .inc();
    }

    /// Counts one run of the scheduled job `job`, begun at `started_ms` and lasting `took`.
    pub fn record_job(&self, job: &'static str, succeeded: bool, started_ms: i64, took: Duration) {
        let outcome = if succeeded { "ok" } else { "failed" };
        self.job_runs
            .get_or_create(&JobOutcomeLabels { job, outcome })
            .inc();
        self.job_started
            .get_or_create(&JobLabels { job })
            .set(started_ms / 1000);
        self.job_seconds
            .get_or_create(&JobLabels { job })
            .set(took.as_secs_f64());
    }

    /// Sets the outbox depth per status (all four states are always reported).
    pub fn set_outbox_depth(&self, counts: &[(DeliveryStatus, i64)]) {
        for &status in DeliveryStatus::ALL {
            let n = counts
                .iter()
                .find(|(s, _)| *s == status)
                .map_or(0, |(_, n)| *n);
            self.outbox
                .get_or_create(&StatusLabels {
                    status: status.as_str().to_owned(),
                })
                .set(n);
        }
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> Result<String, std::fmt::Error> {
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry)?;
        Ok(text)
    }
}
