//! Reading and checking single configuration values: each parser names its variable in the
//! error, so a bad value stops the program with one clear line.

use super::{ConfigError, DEFAULT_DATABASE_URL};
use std::path::PathBuf;

/// The pool size when `FAIRPLAN_DATABASE_CONNECTIONS` is not set. SQLite: 16 (readers share
/// the file; writers take turns whatever the pool). PostgreSQL: twice this machine's cores plus
/// two, the usual starting point for a server on the same machine: more connections than the
/// server has cores to run them only add switching between them (BENCHMARKS.md, session 14).
pub fn default_connections(database_url: &str) -> u32 {
    if database_url.starts_with("sqlite:") {
        return 16;
    }
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
    u32::try_from(cores * 2 + 2).unwrap_or(16)
}

pub(super) fn parse_database_url(value: Option<String>) -> Result<String, ConfigError> {
    let Some(url) = value else {
        return Ok(DEFAULT_DATABASE_URL.to_owned());
    };
    if url.starts_with("sqlite:")
        || url.starts_with("postgres://")
        || url.starts_with("postgresql://")
    {
        Ok(url)
    } else {
        Err(ConfigError {
            var: "FAIRPLAN_DATABASE_URL",
            reason: "must start with sqlite: (e.g. sqlite://./data/fairplan.db?mode=rwc) \
                     or postgres:// (e.g. postgres://user@localhost/fairplan)"
                .to_owned(),
        })
    }
}

pub(super) fn parse_base_url(value: &str) -> Result<String, ConfigError> {
    let trimmed = value.trim_end_matches('/');
    let host = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"));
    match host {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => {
            Ok(trimmed.to_owned())
        }
        _ => Err(ConfigError {
            var: "FAIRPLAN_BASE_URL",
            reason: format!("'{value}' is not a URL like https://events.example.org"),
        }),
    }
}

pub(super) fn parse_smtp_url(value: &str) -> Result<String, ConfigError> {
    // Read here as the worker will read it, so a bad URL is one clear line at start-up.
    match crate::mail::smtp::server::Server::from_url(value, None) {
        Ok(_) => Ok(value.to_owned()),
        Err(problem) if value.starts_with("smtp://") || value.starts_with("smtps://") => {
            Err(ConfigError {
                var: "FAIRPLAN_SMTP_URL",
                reason: problem.to_string(),
            })
        }
        Err(_) => Err(ConfigError {
            var: "FAIRPLAN_SMTP_URL",
            reason: "is not an SMTP URL like smtp://user:pass@mail.example.org:587?tls=required, \
                     smtps://mail.example.org or smtp://127.0.0.1:2525"
                .to_owned(),
        }),
    }
}

/// The PEM file of extra roots for the SMTP server's certificate, checked to hold one.
pub(super) fn parse_smtp_ca_file(value: Option<String>) -> Result<Option<PathBuf>, ConfigError> {
    let Some(path) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    let refused = |reason: String| ConfigError {
        var: "FAIRPLAN_SMTP_CA_FILE",
        reason,
    };
    let pem = std::fs::read(&path).map_err(|e| refused(format!("cannot read {path}: {e}")))?;
    crate::mail::smtp::server::read_roots(&pem).map_err(|e| refused(format!("{path} {e}")))?;
    Ok(Some(PathBuf::from(path)))
}

/// `true`/`false` (also `yes`/`no`, `1`/`0`); unset is false.
pub(super) fn parse_flag(value: Option<String>, var: &'static str) -> Result<bool, ConfigError> {
    match value
        .as_deref()
        .map(str::trim)
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("false" | "no" | "0") => Ok(false),
        Some("true" | "yes" | "1") => Ok(true),
        Some(other) => Err(ConfigError {
            var,
            reason: format!("'{other}' is neither true nor false"),
        }),
    }
}

/// `24,2` -> [24, 2]: reminder times in hours before a booking (1-336 each, at most 5, no
/// repeats); `off` turns reminders off.
pub(super) fn parse_hours_list(value: Option<String>) -> Result<Vec<i64>, ConfigError> {
    let text = value.unwrap_or_else(|| "24,2".to_owned());
    if text.trim().eq_ignore_ascii_case("off") {
        return Ok(Vec::new());
    }
    let bad = |reason: String| ConfigError {
        var: "FAIRPLAN_REMINDER_HOURS",
        reason,
    };
    let mut hours = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.parse::<i64>() {
            Ok(h) if (1..=336).contains(&h) && !hours.contains(&h) => hours.push(h),
            _ => {
                return Err(bad(format!(
                    "'{part}' is not a whole number of hours from 1 to 336 (or it is repeated)"
                )));
            }
        }
    }
    if hours.len() > 5 {
        return Err(bad("name at most 5 reminder times, like 24,2".to_owned()));
    }
    hours.sort_unstable_by(|a, b| b.cmp(a));
    Ok(hours)
}

pub(super) fn parse_number<T>(
    get: &impl Fn(&str) -> Option<String>,
    var: &'static str,
    default: T,
    min: T,
    max: T,
) -> Result<T, ConfigError>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display + Copy,
{
    let Some(text) = get(var) else {
        return Ok(default);
    };
    match text.parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(n),
        _ => Err(ConfigError {
            var,
            reason: format!("'{text}' is not a whole number from {min} to {max}"),
        }),
    }
}
