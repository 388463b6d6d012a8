//! Fairplan's SMTP client: connections it opens itself (with `TCP_NODELAY`), commands pipelined
//! where the server allows, and a pool of idle connections per worker, sized by
//! `FAIRPLAN_MAIL_CONCURRENCY`. lettre still speaks the protocol (TLS, EHLO, AUTH, the message's
//! dot-stuffing); see `connect` for why the socket is Fairplan's.

mod connect;
mod deliver;
pub mod server;

use connect::Connection;
use lettre::address::Envelope;
use server::Server;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub use connect::ConnectError;
pub use deliver::DeliverError;

/// A connection idle longer than this is asked (NOOP) whether it still works before it is used:
/// servers close idle connections, and a mail sent into a closed one would wait for a retry.
/// While mail flows, connections come back within milliseconds and go out again unasked.
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(1);

/// A connection idle longer than this is closed (QUIT) rather than kept, as lettre's pool does.
const CLOSE_AFTER_IDLE: Duration = Duration::from_secs(60);

/// Longest time one message may take, connection included.
const SEND_TIMEOUT: Duration = Duration::from_secs(60);

/// Why a message was not sent.
#[derive(Debug, thiserror::Error)]
pub enum SmtpError {
    /// No connection.
    #[error(transparent)]
    Connect(#[from] ConnectError),
    /// The server did not take the message.
    #[error(transparent)]
    Deliver(#[from] DeliverError),
    /// Nothing happened for [`SEND_TIMEOUT`].
    #[error("no answer from the mail server within {} seconds", SEND_TIMEOUT.as_secs())]
    Timeout,
}

impl SmtpError {
    /// Whether the same message would be refused again (a 5xx answer, or an extension the
    /// server lacks): anything else (4xx, network, TLS, authentication) may pass later.
    pub fn is_permanent(&self) -> bool {
        match self {
            Self::Deliver(e) => e.is_permanent(),
            Self::Connect(_) | Self::Timeout => false,
        }
    }
}

struct Idle {
    connection: Connection,
    since: Instant,
}

/// Idle connections to one server, reused for the next message.
pub struct SmtpPool {
    server: Server,
    idle: Mutex<Vec<Idle>>,
    max_idle: usize,
}

impl SmtpPool {
    /// A pool for `server` keeping at most `max_idle` idle connections.
    pub fn new(server: Server, max_idle: usize) -> Self {
        Self {
            server,
            idle: Mutex::new(Vec::new()),
            max_idle: max_idle.max(1),
        }
    }

    /// Sends `message` (its bytes, as formatted) to the recipients of `envelope`.
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SmtpError> {
        tokio::time::timeout(SEND_TIMEOUT, self.send_now(envelope, message))
            .await
            .map_err(|_| SmtpError::Timeout)?
    }

    async fn send_now(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SmtpError> {
        if let Some(reused) = self.take_idle().await {
            match self.deliver_over(reused, envelope, message).await {
                // A server may close a connection idle for less than CHECK_AFTER_IDLE (a
                // restart, a short idle limit): the message goes over a new one at once
                // instead of waiting for a retry. Nothing was taken, so nothing arrives twice.
                Err(SmtpError::Deliver(e)) if e.connection_was_gone() => {
                    tracing::debug!(error = %e, "a kept mail connection was gone; opening another");
                }
                outcome => return outcome,
            }
        }
        let fresh = connect::open(&self.server).await?;
        self.deliver_over(fresh, envelope, message).await
    }

    /// Delivers over `connection`, keeping it for the next mail if all went well.
    async fn deliver_over(
        &self,
        mut connection: Connection,
        envelope: &Envelope,
        message: &[u8],
    ) -> Result<(), SmtpError> {
        match deliver::deliver(&mut connection, envelope, message).await {
            Ok(_) => {
                self.put_back(connection).await;
                Ok(())
            }
            Err(e) => {
                // Answers may be left unread: say goodbye and never use it again.
                connection.smtp.abort().await;
                Err(e.into())
            }
        }
    }

    async fn take_idle(&self) -> Option<Connection> {
        loop {
            let Idle {
                mut connection,
                since,
            } = self.idle.lock().ok()?.pop()?;
            let idle_for = since.elapsed();
            if idle_for > CLOSE_AFTER_IDLE {
                connection.smtp.abort().await;
                continue;
            }
            if idle_for < CHECK_AFTER_IDLE || connection.smtp.test_connected().await {
                return Some(connection);
            }
            connection.smtp.abort().await;
        }
    }

    async fn put_back(&self, connection: Connection) {
        let kept = match self.idle.lock() {
            Ok(mut idle) if idle.len() < self.max_idle => {
                idle.push(Idle {
                    connection,
                    since: Instant::now(),
                });
                None
            }
            _ => Some(connection),
        };
        // One more than the pool keeps: closed politely.
        if let Some(mut extra) = kept {
            extra.smtp.abort().await;
        }
    }

    /// Whether each idle connection's socket has `TCP_NODELAY` set (a check for tests and
    /// diagnostics).
    pub fn idle_connections_nodelay(&self) -> Vec<bool> {
        self.idle
            .lock()
            .map(|idle| idle.iter().map(|i| i.connection.nodelay()).collect())
            .unwrap_or_default()
    }
}
