//! Prometheus metrics: requests by route and status, mail deliveries, outbox depth.
//!
//! Counters are per process (Prometheus scrapes each instance); the outbox depth is read from
//! the database at scrape time, so every instance reports the shared truth.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

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
struct StatusLabels {
    status: String,
}

/// The process's metrics registry.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    deliveries: Family<OutcomeLabels, Counter>,
    outbox: Family<StatusLabels, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("fairplan");
        let requests = Family::<RequestLabels, Counter>::default();
        let deliveries = Family::<OutcomeLabels, Counter>::default();
        let outbox = Family::<StatusLabels, Gauge>::default();
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
        Self {
            registry,
            requests,
            deliveries,
            outbox,
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

    /// Sets the outbox depth per status (all four states are always reported).
    pub fn set_outbox_depth(&self, counts: &[(String, i64)]) {
        for status in ["pending", "sending", "sent", "failed"] {
            let n = counts
                .iter()
                .find(|(s, _)| s == status)
                .map_or(0, |(_, n)| *n);
            self.outbox
                .get_or_create(&StatusLabels {
                    status: status.to_owned(),
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
