//! Opening a connection over a socket Fairplan makes itself, with `TCP_NODELAY` set: lettre's
//! own connections leave Nagle's algorithm on, so the end of every message waited about 40 ms
//! for the server's delayed ACK. lettre still speaks the protocol: TLS (implicit or STARTTLS,
//! with its certificate checks), EHLO, authentication.

use super::server::{Security, Server};
use lettre::transport::smtp::authentication::Mechanism;
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream};
use lettre::transport::smtp::commands::Ehlo;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, FuturesAsyncReadCompatExt};

/// Why a connection could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The socket: no answer, refused, timed out.
    #[error("cannot connect to {host}:{port}: {reason}")]
    Socket {
        /// The server.
        host: String,
        /// Its port.
        port: u16,
        /// Why (in the message itself, so it is not repeated as a cause).
        reason: std::io::Error,
    },
    /// What lettre said (TLS, greeting, EHLO, authentication).
    #[error(transparent)]
    Smtp(#[from] lettre::transport::smtp::Error),
    /// The URL asks for STARTTLS and the server does not offer it.
    #[error("{0} does not offer STARTTLS, which FAIRPLAN_SMTP_URL requires (tls=required)")]
    NoStartTls(String),
}

/// An open, greeted (and, if asked, secured and authenticated) connection.
pub struct Connection {
    /// lettre's side of it.
    pub smtp: AsyncSmtpConnection,
    /// Whether the server accepts pipelined commands (RFC 2920).
    pub pipelining: bool,
    /// The same socket, for asking its options (see [`Connection::nodelay`]).
    probe: std::net::TcpStream,
}

impl Connection {
    /// Whether the socket has `TCP_NODELAY` set.
    pub fn nodelay(&self) -> bool {
        self.probe.nodelay().unwrap_or(false)
    }
}

/// Opens a connection to `server`.
pub async fn open(server: &Server) -> Result<Connection, ConnectError> {
    let socket_error = |reason| ConnectError::Socket {
        host: server.host.clone(),
        port: server.port,
        reason,
    };
    let tcp = tokio::time::timeout(
        server.connect_timeout,
        TcpStream::connect((server.host.as_str(), server.port)),
    )
    .await
    .map_err(|_| socket_error(std::io::ErrorKind::TimedOut.into()))?
    .map_err(socket_error)?;
    tcp.set_nodelay(true).map_err(socket_error)?;
    let probe = std::net::TcpStream::from(
        std::os::fd::AsFd::as_fd(&tcp)
            .try_clone_to_owned()
            .map_err(socket_error)?,
    );
    let peer = tcp.peer_addr().map_err(socket_error)?;

    let mut smtp = match &server.security {
        Security::Implicit(parameters) => {
            // lettre's own TLS over our socket, so certificates are checked as lettre does.
            #[allow(deprecated)]
            let mut stream =
                lettre::transport::smtp::client::AsyncNetworkStream::use_existing_tokio1(Box::new(
                    tcp,
                ));
            stream.upgrade_tls(parameters.clone()).await?;
            let tls = Encrypted {
                stream: stream.compat(),
                peer,
            };
            AsyncSmtpConnection::connect_with_transport(Box::new(tls), &server.hello).await?
        }
        Security::Plain | Security::StartTls { .. } => {
            AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &server.hello).await?
        }
    };
    if let Security::StartTls {
        parameters,
        required,
    } = &server.security
    {
        if smtp.can_starttls() {
            smtp.starttls(parameters.clone(), &server.hello).await?;
        } else if *required {
            smtp.abort().await;
            return Err(ConnectError::NoStartTls(server.host.clone()));
        }
    }
    // Asked before authenticating: a new EHLO after AUTH may forget it on some servers.
    let pipelining = offers_pipelining(&mut smtp, server).await?;
    if let Some(credentials) = &server.credentials {
        smtp.auth(&[Mechanism::Plain, Mechanism::Login], credentials)
            .await?;
    }
    Ok(Connection {
        smtp,
        pipelining,
        probe,
    })
}

/// Whether the server lists PIPELINING in its EHLO answer (lettre does not keep that keyword).
async fn offers_pipelining(
    smtp: &mut AsyncSmtpConnection,
    server: &Server,
) -> Result<bool, ConnectError> {
    let answer = smtp.command(Ehlo::new(server.hello.clone())).await?;
    Ok(answer
        .message()
        .any(|line| line.trim().eq_ignore_ascii_case("PIPELINING")))
}

/// A TLS stream lettre made, handed back to lettre as a stream of its own.
#[derive(Debug)]
#[allow(deprecated)]
struct Encrypted {
    stream: Compat<lettre::transport::smtp::client::AsyncNetworkStream>,
    peer: SocketAddr,
}

impl AsyncTokioStream for Encrypted {
    fn peer_addr(&self) -> std::io::Result<SocketAddr> {
        Ok(self.peer)
    }
}

impl AsyncRead for Encrypted {
    fn poll_read(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffer: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_read(context, buffer)
    }
}

impl AsyncWrite for Encrypted {
    fn poll_write(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        bytes: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write(context, bytes)
    }

    fn poll_flush(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(context)
    }

    fn poll_shutdown(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(context)
    }
}
