//! [`TestApp`]: the real router on its own database, with a real SMTP server, a cookie jar and
//! helpers that act as the people using Fairplan would.

pub mod clock;
pub mod coordinator;
pub mod corpus;
pub mod database;
pub mod demo;
pub mod forms;
pub mod ranked;
pub mod seats;
pub mod sign_up;
pub mod smtp;
pub mod smtp_tls;
pub mod source;
pub mod team;
pub mod webhook_receiver;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use database::TestDatabase;
use fairplan::app::router::router;
use fairplan::app::state::AppState;
use fairplan::clock::now_ms;
use fairplan::config::{Config, MailMode};
use fairplan::jobs::delivery::MailWorker;
use fairplan::jobs::scheduler::Scheduler;
use fairplan::metrics::Metrics;
use http_body_util::BodyExt;
use sea_orm::DatabaseConnection;
use smtp::{ReceivedMail, TestSmtpServer};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

/// The base URL used in test mails.
pub const BASE_URL: &str = "http://fairplan.test";

/// One application under test.
pub struct TestApp {
    /// The database connection.
    pub db: DatabaseConnection,
    /// The configuration it runs with.
    pub config: Config,
    /// The SMTP server mail is delivered to.
    pub smtp: TestSmtpServer,
    /// Metrics shared by router and worker.
    pub metrics: Arc<Metrics>,
    router: Router,
    cookies: HashMap<String, String>,
    /// The browser's `Accept-Language`, sent with every request when set.
    accept_language: Option<String>,
    /// Kept last so the database outlives the connection; dropped with the app.
    _database: TestDatabase,
}

/// A response, read whole.
pub struct TestResponse {
    /// Status.
    pub status: StatusCode,
    /// Headers.
    pub headers: axum::http::HeaderMap,
    /// Body as text.
    pub body: String,
    /// Body as sent (an image, a file).
    pub bytes: Vec<u8>,
}

impl TestResponse {
    /// A header's value, or "".
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

/// A test configuration around `smtp_url` and `database_url`.
pub fn test_config(database_url: String, smtp_url: String) -> Config {
    let mut config = Config::from_lookup(|_| None).expect("defaults parse");
    // Backups (before an upgrade) land beside the test's own file, never in the checkout.
    config.backup_dir = fairplan::db::sqlite_file_path(&database_url).map_or_else(
        || std::env::temp_dir().join("fairplan-test-backups"),
        |file| std::path::Path::new(&file).with_file_name("backups"),
    );
    config.database_url = database_url;
    config.base_url = BASE_URL.to_owned();
    config.mail = MailMode::Smtp(smtp_url);
    config.mail_max_attempts = 3;
    config.mail_retry_base = Duration::from_secs(1);
    config.worker_poll = Duration::from_millis(20);
    // The tests' webhook receiver listens on loopback.
    config.webhook_private_networks = true;
    config
}

impl TestApp {
    /// A fresh, migrated database, an SMTP server that accepts mail, and the router.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Like [`TestApp::spawn`], with the configuration adjusted first.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> Self {
        let database = TestDatabase::create().await;
        let smtp = TestSmtpServer::start().await;
        let mut config = test_config(database.url.clone(), smtp.url());
        adjust(&mut config);
        let (db, _) = fairplan::runtime::open_database(&config)
            .await
            .expect("open and migrate");
        let metrics = Arc::new(Metrics::default());
        let state = AppState::new(db.clone(), config.clone(), Arc::clone(&metrics));
        Self {
            db,
            config,
            smtp,
            metrics,
            router: router(state),
            cookies: HashMap::new(),
            accept_language: None,
            _database: database,
        }
    }

    /// A mail worker on this app's database and SMTP server.
    pub fn worker(&self) -> MailWorker {
        self.worker_with(&self.config)
    }

    /// A mail worker on this app's database with other settings (another server, concurrency).
    pub fn worker_with(&self, config: &Config) -> MailWorker {
        fairplan::runtime::mail_worker(self.db.clone(), config, Arc::clone(&self.metrics))
            .expect("worker")
    }

    /// The scheduler of timed jobs on this app's database, counting into the app's metrics.
    pub fn scheduler(&self) -> Scheduler {
        fairplan::runtime::scheduler(self.db.clone(), &self.config, Arc::clone(&self.metrics))
    }

    /// Serves the router on a free loopback port over real HTTP (for a real browser); returns the port.
    pub async fn serve_over_http(&self) -> u16 {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = listener.local_addr().expect("address").port();
        let router = self.router.clone();
        tokio::spawn(async move { axum::serve(listener, router).await });
        port
    }

    /// Delivers every mail that is due now; returns how many were claimed.
    pub async fn drain_outbox(&self) -> usize {
        self.drain_outbox_at(now_ms()).await
    }

    /// Delivers every mail due at `now` (for tests that drive a fixed clock forward).
    pub async fn drain_outbox_at(&self, now: i64) -> usize {
        let worker = self.worker();
        let mut total = 0;
        loop {
            let claimed = worker.deliver_due(now).await.expect("deliver");
            if claimed == 0 {
                return total;
            }
            total += claimed;
        }
    }

    /// The last mail delivered to `address`.
    pub fn last_mail_to(&self, address: &str) -> Option<ReceivedMail> {
        self.smtp
            .received()
            .into_iter()
            .rev()
            .find(|m| m.to.iter().any(|t| t == address))
    }

    /// The path of the first Fairplan link in the last mail to `address`, as a person would click it.
    pub fn link_from_last_mail(&self, address: &str) -> Option<String> {
        let text = self.last_mail_to(address)?.part("text/plain")?;
        text.split_whitespace()
            .find_map(|word| word.strip_prefix(BASE_URL))
            .map(str::to_owned)
    }

    /// Serves on from another instance of the application on the same database (as a second
    /// server behind a load balancer would): nothing kept in the old one's memory carries over.
    pub fn switch_to_another_instance(&mut self) {
        let state = AppState::new(
            self.db.clone(),
            self.config.clone(),
            Arc::new(Metrics::default()),
        );
        self.router = router(state);
    }

    /// Sends a request through the router, keeping cookies like a browser.
    pub async fn request(&mut self, mut request: Request<Body>) -> TestResponse {
        if let Some(languages) = &self.accept_language {
            let value = header::HeaderValue::from_str(languages).expect("header value");
            request.headers_mut().insert(header::ACCEPT_LANGUAGE, value);
        }
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("router answers");
        for value in response.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap_or_default();
            let pair = text.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                if value.is_empty() || text.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_owned(), value.to_owned());
                }
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    /// From now on asks for pages in `languages` (an `Accept-Language` value).
    pub fn speak(&mut self, languages: &str) {
        self.accept_language = Some(languages.to_owned());
    }

    /// Drops every cookie, like a browser that was never signed in.
    pub fn forget_cookies(&mut self) {
        self.cookies.clear();
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// `GET path`.
    pub async fn get(&mut self, path: &str) -> TestResponse {
        let request = Request::get(path)
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .expect("request");
        self.request(request).await
    }

    /// `POST path` with a URL-encoded form.
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, self.cookie_header())
            .body(Body::from(body))
            .expect("request");
        self.request(request).await
    }
}

impl TestApp {
    /// `POST path` as `multipart/form-data` with text fields and one file.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &[u8]),
    ) -> TestResponse {
        let boundary = "fairplan-test-boundary-7d1f";
        let mut body: Vec<u8> = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n",
                file.0
            )
            .as_bytes(),
        );
        body.extend_from_slice(file.1);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = Request::post(path)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header(header::COOKIE, self.cookie_header())
            .body(Body::from(body))
            .expect("request");
        self.request(request).await
    }
}

/// Percent-encodes a form value.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The audit entries of `action`, by a coordinator.
pub async fn audited(app: &TestApp, action: &str) -> Vec<fairplan::entities::audit_log::Model> {
    audited_by(app, action, "coordinator").await
}

/// The audit entries of `action`, by `actor_kind` (`coordinator`, `system`, ...).
pub async fn audited_by(
    app: &TestApp,
    action: &str,
    actor_kind: &str,
) -> Vec<fairplan::entities::audit_log::Model> {
    use fairplan::entities::audit_log;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let entries = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        entries.iter().all(|e| e.actor_kind.as_str() == actor_kind
            && (actor_kind == "system") != e.actor_id.is_some())
    );
    entries
}

/// The value of a hidden form field named `name` in an HTML page.
pub fn hidden_field(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}
