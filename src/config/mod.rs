//! One typed [`Config`], read from `FAIRPLAN_*` environment variables with defaults that suit a laptop.
//!
//! Parsing is a pure function of a variable lookup, so every bad value is tested without touching
//! the process environment. A bad value is reported as one line naming the variable.

mod values;

pub use values::default_connections;
use values::{
    parse_base_url, parse_database_url, parse_flag, parse_hours_list, parse_number,
    parse_smtp_ca_file, parse_smtp_url,
};

use lettre::message::Mailbox;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Where outgoing mail goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MailMode {
    /// Deliver through an SMTP server, given in lettre's URL form (`smtp://`, `smtps://`).
    Smtp(String),
    /// Development mode: write each mail as an `.eml` file into this folder.
    Files(PathBuf),
}

/// Everything the process needs to know, parsed and checked once at start.
#[derive(Clone, Debug)]
pub struct Config {
    /// sea-orm connection URL: `sqlite://path?mode=rwc` or `postgres://...`.
    pub database_url: String,
    /// Most connections the pool opens to the database (see [`default_connections`]).
    pub database_connections: u32,
    /// Most connections of the background work's own pool when `fairplan serve` runs it beside
    /// the web application (`FAIRPLAN_WORKER_DATABASE_CONNECTIONS`, default 3): requests that
    /// take every connection of the main pool cannot keep a sent mail from being recorded.
    pub worker_database_connections: u32,
    /// Address the web server listens on.
    pub bind: SocketAddr,
    /// Public URL used in every mailed link, without a trailing slash.
    pub base_url: String,
    /// SMTP delivery or `.eml` files.
    pub mail: MailMode,
    /// A PEM file of certificates the SMTP server's may be signed by, beside the usual roots
    /// (`FAIRPLAN_SMTP_CA_FILE`: a relay with an internal CA).
    pub smtp_ca_file: Option<PathBuf>,
    /// Whether `/dev/mail` may show the mails written as files (`fairplan demo` turns it on, as
    /// does `FAIRPLAN_DEV_MAIL_PAGE=true`): it shows everyone's personal links to anyone.
    pub dev_mail_page: bool,
    /// The `From` of every mail (and the ORGANIZER of invitations).
    pub mail_from: Mailbox,
    /// The programme's name, shown on pages and in mails.
    pub programme_name: String,
    /// The programme's own language: mails to people who read another language carry both.
    pub default_language: String,
    /// The zone new events start in (IANA name).
    pub time_zone: String,
    /// Delivery attempts before a mail is marked failed.
    pub mail_max_attempts: u32,
    /// Mails sent at the same time (and SMTP connections kept open).
    pub mail_concurrency: usize,
    /// First retry delay; each further attempt doubles it, up to [`Config::mail_retry_max`].
    pub mail_retry_base: Duration,
    /// Longest delay between two attempts.
    pub mail_retry_max: Duration,
    /// How often the worker looks for due mail when idle.
    pub worker_poll: Duration,
    /// How long a freed place offered to the next person on a waiting list is held for them.
    pub waitlist_offer_hours: i64,
    /// How long a webhook endpoint has to answer a delivery before the attempt counts as failed.
    pub webhook_timeout: Duration,
    /// Whether webhook deliveries may go to loopback, private and link-local addresses (a
    /// receiver on the same host or network). Off, such addresses are refused when sending, so
    /// an address cannot be used to reach the server's own network.
    pub webhook_private_networks: bool,
    /// How many hours before a booking its reminders go out, largest first.
    pub reminder_hours: Vec<i64>,
    /// Days after a person's last event until their sensitive facts are deleted and, unless they
    /// agreed to be kept, they are anonymised.
    pub retention_days: i64,
    /// Whether trusted proxies in front append to `X-Forwarded-For` (so the client's address is
    /// read from it rather than the socket, which is the proxy's).
    pub behind_proxy: bool,
    /// How many trusted proxies append to `X-Forwarded-For` (default 1): the client's address is
    /// the entry this far from the right. Entries further left are whatever the client sent.
    pub trusted_proxy_hops: usize,
    /// Where `fairplan backup` without `--output` and the automatic backup before an upgrade
    /// write (`FAIRPLAN_BACKUP_DIR`; default: `backups` beside the SQLite file).
    pub backup_dir: PathBuf,
    /// How many of those backups are kept, newest first (`FAIRPLAN_BACKUP_KEEP`, default 14:
    /// two weeks of nightly backups). Erased people remain in a backup until it is deleted.
    pub backup_keep: usize,
}

/// A configuration value that cannot be used, named by its variable.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{var}: {reason}")]
pub struct ConfigError {
    /// The environment variable at fault.
    pub var: &'static str,
    /// What is wrong with it, in one line.
    pub reason: String,
}

/// The default SQLite file, created (with its folder) on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://./data/fairplan.db?mode=rwc";

/// The folder `backups` beside a SQLite file (for PostgreSQL, which `pg_dump` backs up, beside
/// the default file).
fn default_backup_dir(database_url: &str) -> PathBuf {
    let file = crate::db::sqlite_file_path(database_url).unwrap_or_else(|| "./data/x".to_owned());
    let folder = std::path::Path::new(&file)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf);
    folder.join("backups")
}

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Parses the configuration from any variable lookup (the environment, or a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| {
            lookup(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };

        let database_url = parse_database_url(get("FAIRPLAN_DATABASE_URL"))?;
        let database_connections = parse_number(
            &get,
            "FAIRPLAN_DATABASE_CONNECTIONS",
            default_connections(&database_url),
            1,
            1000,
        )?;
        let bind = match get("FAIRPLAN_BIND") {
            None => SocketAddr::from(([127, 0, 0, 1], 8080)),
            Some(v) => v.parse().map_err(|_| ConfigError {
                var: "FAIRPLAN_BIND",
                reason: format!("'{v}' is not an address and port like 127.0.0.1:8080"),
            })?,
        };
        let base_url = match get("FAIRPLAN_BASE_URL") {
            None => format!("http://{bind}"),
            Some(v) => parse_base_url(&v)?,
        };
        let mail = match get("FAIRPLAN_SMTP_URL") {
            None => MailMode::Files(
                get("FAIRPLAN_MAIL_DIR")
                    .map_or_else(|| PathBuf::from("./data/mail"), PathBuf::from),
            ),
            Some(v) => MailMode::Smtp(parse_smtp_url(&v)?),
        };
        let from_text =
            get("FAIRPLAN_MAIL_FROM").unwrap_or_else(|| "Fairplan <fairplan@localhost>".to_owned());
        let mail_from = from_text.parse::<Mailbox>().map_err(|_| ConfigError {
            var: "FAIRPLAN_MAIL_FROM",
            reason: format!(
                "'{from_text}' is not an address like 'Programme <events@example.org>'"
            ),
        })?;
        let programme_name =
            get("FAIRPLAN_PROGRAMME_NAME").unwrap_or_else(|| "Fairplan".to_owned());
        if programme_name.chars().count() > 200 {
            return Err(ConfigError {
                var: "FAIRPLAN_PROGRAMME_NAME",
                reason: "is longer than 200 characters".to_owned(),
            });
        }

        let default_language = get("FAIRPLAN_DEFAULT_LANGUAGE").unwrap_or_else(|| "en".to_owned());
        // A region may follow (`en-US` writes clock times with AM and PM).
        let primary = crate::domain::locale::Locale::parse(&default_language);
        if !crate::i18n::MAIL_LANGUAGES.contains(&primary.lang())
            || !default_language.starts_with(primary.lang())
        {
            return Err(ConfigError {
                var: "FAIRPLAN_DEFAULT_LANGUAGE",
                reason: format!(
                    "'{default_language}' is not one of the languages mails are written in ({})",
                    crate::i18n::MAIL_LANGUAGES.join(", ")
                ),
            });
        }

        let time_zone = get("FAIRPLAN_TIME_ZONE").unwrap_or_else(|| "UTC".to_owned());
        if crate::domain::time::zone(&time_zone).is_err() {
            return Err(ConfigError {
                var: "FAIRPLAN_TIME_ZONE",
                reason: format!("'{time_zone}' is not a time zone like Europe/Berlin"),
            });
        }

        let backup_dir = get("FAIRPLAN_BACKUP_DIR")
            .map_or_else(|| default_backup_dir(&database_url), PathBuf::from);

        Ok(Self {
            backup_dir,
            backup_keep: parse_number(&get, "FAIRPLAN_BACKUP_KEEP", 14, 1, 365)?,
            default_language,
            time_zone,
            database_url,
            database_connections,
            // Two at least, so the scheduled job in hand cannot leave the mail worker without one.
            worker_database_connections: parse_number(
                &get,
                "FAIRPLAN_WORKER_DATABASE_CONNECTIONS",
                3,
                2,
                64,
            )?,
            bind,
            base_url,
            mail,
            smtp_ca_file: parse_smtp_ca_file(get("FAIRPLAN_SMTP_CA_FILE"))?,
            dev_mail_page: parse_flag(get("FAIRPLAN_DEV_MAIL_PAGE"), "FAIRPLAN_DEV_MAIL_PAGE")?,
            mail_from,
            programme_name,
            mail_max_attempts: parse_number(&get, "FAIRPLAN_MAIL_MAX_ATTEMPTS", 8, 1, 100)?,
            mail_concurrency: parse_number(&get, "FAIRPLAN_MAIL_CONCURRENCY", 4, 1, 64)?,
            mail_retry_base: Duration::from_secs(parse_number(
                &get,
                "FAIRPLAN_MAIL_RETRY_SECONDS",
                30,
                1,
                86_400,
            )?),
            mail_retry_max: Duration::from_secs(6 * 3600),
            worker_poll: Duration::from_millis(parse_number(
                &get,
                "FAIRPLAN_WORKER_POLL_MS",
                1000,
                10,
                60_000,
            )?),
            waitlist_offer_hours: parse_number(&get, "FAIRPLAN_WAITLIST_OFFER_HOURS", 12, 1, 168)?,
            webhook_timeout: Duration::from_secs(parse_number(
                &get,
                "FAIRPLAN_WEBHOOK_TIMEOUT_SECONDS",
                10,
                1,
                60,
            )?),
            reminder_hours: parse_hours_list(get("FAIRPLAN_REMINDER_HOURS"))?,
            retention_days: parse_number(&get, "FAIRPLAN_RETENTION_DAYS", 90, 1, 3650)?,
            behind_proxy: parse_flag(get("FAIRPLAN_BEHIND_PROXY"), "FAIRPLAN_BEHIND_PROXY")?,
            webhook_private_networks: parse_flag(
                get("FAIRPLAN_WEBHOOK_PRIVATE_NETWORKS"),
                "FAIRPLAN_WEBHOOK_PRIVATE_NETWORKS",
            )?,
            trusted_proxy_hops: parse_number(&get, "FAIRPLAN_TRUSTED_PROXY_HOPS", 1, 1, 10)?,
        })
    }

    /// Whether `/dev/mail` is served: asked for, and mail is written to files (with a real SMTP
    /// server there is nothing to preview).
    pub fn shows_dev_mailbox(&self) -> bool {
        self.dev_mail_page && matches!(self.mail, MailMode::Files(_))
    }

    /// Whether links are served over HTTPS (cookies then get the `Secure` flag).
    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// The host part of the base URL, used as the right-hand side of Message-IDs.
    pub fn mail_domain(&self) -> &str {
        let rest = self.base_url.split("://").nth(1).unwrap_or("localhost");
        let host_port = rest.split('/').next().unwrap_or("localhost");
        host_port.split(':').next().unwrap_or("localhost")
    }
}

#[cfg(test)]
mod tests;
