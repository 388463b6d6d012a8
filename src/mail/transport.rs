//! Where messages go: a pooled SMTP connection, or `.eml` files in development.

use super::smtp::{SmtpPool, server::Server};
use crate::config::{Config, MailMode};
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;

/// The configured transport.
#[derive(Clone)]
pub enum MailTransport {
    /// Fairplan's SMTP client with its pool of connections (see [`crate::mail::smtp`]).
    Smtp(Arc<SmtpPool>),
    /// Writes each message as `<uuid>.eml` into a folder.
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// The transport could not be set up or a send failed; the text is what coordinators see.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// The SMTP URL was refused by lettre.
    #[error("FAIRPLAN_SMTP_URL: {0}")]
    Url(String),
    /// The file of extra roots cannot be read or holds no certificate.
    #[error("FAIRPLAN_SMTP_CA_FILE: {0}")]
    CaFile(String),
    /// The mail folder cannot be created.
    #[error("FAIRPLAN_MAIL_DIR: cannot create {path}: {source}")]
    Folder {
        /// The folder.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The server refused the message for good (a 5xx answer, or it lacks an extension the
    /// message needs): the same message would be refused again, so it is not retried.
    #[error("{0}")]
    Rejected(String),
    /// The send failed for now (a 4xx answer, a lost connection, a timeout, a full disk); a
    /// later attempt may succeed.
    #[error("{0}")]
    Send(String),
}

/// The certificates in the PEM file at `path`.
fn read_roots(
    path: &std::path::Path,
) -> Result<lettre::transport::smtp::client::Certificate, TransportError> {
    let pem = std::fs::read(path)
        .map_err(|e| TransportError::CaFile(format!("cannot read {}: {e}", path.display())))?;
    crate::mail::smtp::server::read_roots(&pem)
        .map_err(|e| TransportError::CaFile(format!("{} {e}", path.display())))
}

impl TransportError {
    /// Whether trying the same message again cannot help.
    pub fn is_permanent(&self) -> bool {
        matches!(self, Self::Rejected(_))
    }
}

impl MailTransport {
    /// Builds the transport `config` asks for. The SMTP pool keeps at most as many connections
    /// open as the worker sends at once.
    pub fn from_config(config: &Config) -> Result<Self, TransportError> {
        match &config.mail {
            MailMode::Smtp(url) => {
                let roots = match &config.smtp_ca_file {
                    Some(path) => Some(read_roots(path)?),
                    None => None,
                };
                let server = Server::from_url(url, roots.as_ref())
                    .map_err(|e| TransportError::Url(e.to_string()))?;
                Ok(Self::Smtp(Arc::new(SmtpPool::new(
                    server,
                    config.mail_concurrency,
                ))))
            }
            MailMode::Files(folder) => {
                std::fs::create_dir_all(folder).map_err(|source| TransportError::Folder {
                    path: folder.display().to_string(),
                    source,
                })?;
                Ok(Self::Files(AsyncFileTransport::new(folder)))
            }
        }
    }

    /// Whether each idle SMTP connection's socket has `TCP_NODELAY` set (empty for files).
    pub fn idle_connections_nodelay(&self) -> Vec<bool> {
        match self {
            Self::Smtp(pool) => pool.idle_connections_nodelay(),
            Self::Files(_) => Vec::new(),
        }
    }

    /// Whether mails are written to files (development mode, with the `/dev/mail` preview).
    pub fn is_files(&self) -> bool {
        matches!(self, Self::Files(_))
    }

    /// Sends one message.
    pub async fn send(&self, message: Message) -> Result<(), TransportError> {
        match self {
            Self::Smtp(pool) => {
                let envelope = message.envelope().clone();
                pool.send(&envelope, &message.formatted())
                    .await
                    .map_err(|e| {
                        // Only a 5xx answer is final; everything else (4xx, network, timeouts,
                        // TLS or authentication trouble the operator can fix) is worth another
                        // attempt.
                        if e.is_permanent() {
                            TransportError::Rejected(error_text(&e))
                        } else {
                            TransportError::Send(error_text(&e))
                        }
                    })
            }
            Self::Files(files) => files
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| TransportError::Send(e.to_string())),
        }
    }
}

/// The error with its cause chain (lettre's top-level text alone omits the server's reply).
fn error_text(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
