//! One message over an open connection: MAIL, RCPT for each recipient and DATA, sent together
//! when the server offers PIPELINING (RFC 2920: one round trip instead of one per command),
//! then the message itself.

use super::connect::Connection;
use lettre::address::Envelope;
use lettre::transport::smtp::Error;
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::response::Response;
use std::fmt::Write;

/// Why a message was not handed over.
#[derive(Debug, thiserror::Error)]
pub enum DeliverError {
    /// What the server answered, or a broken connection, before the message itself went out:
    /// the server cannot have taken it.
    #[error(transparent)]
    Envelope(Error),
    /// What the server answered, or a broken connection, once the message was on its way: the
    /// server may have taken it.
    #[error(transparent)]
    Message(Error),
    /// The message needs an extension the server lacks.
    #[error("the server does not offer {0}, which this message needs")]
    Unsupported(&'static str),
}

impl DeliverError {
    /// Whether the failure is final (a 5xx answer, or an extension the server lacks).
    pub fn is_permanent(&self) -> bool {
        match self {
            Self::Envelope(e) | Self::Message(e) => e.is_permanent(),
            Self::Unsupported(_) => true,
        }
    }

    /// Whether the connection was gone before the message went out: it broke, answered
    /// nothing, or the server said it is closing it (421). The server took nothing, so the
    /// message may go at once over a new connection without arriving twice.
    pub fn connection_was_gone(&self) -> bool {
        match self {
            Self::Envelope(e) => {
                let closing = e.status().is_some_and(|code| code.to_string() == "421");
                closing || !(e.is_permanent() || e.is_transient())
            }
            Self::Message(_) | Self::Unsupported(_) => false,
        }
    }
}

/// Sends `message` from and to `envelope`. Any failure leaves the connection in an unknown
/// state (pipelined answers may be unread): the caller drops it.
pub async fn deliver(
    connection: &mut Connection,
    envelope: &Envelope,
    message: &[u8],
) -> Result<Response, DeliverError> {
    let smtp = &mut connection.smtp;
    let mut options = Vec::new();
    let non_ascii_address = envelope
        .from()
        .into_iter()
        .chain(envelope.to())
        .any(|address| !AsRef::<str>::as_ref(address).is_ascii());
    if non_ascii_address {
        if !smtp.server_info().supports_feature(Extension::SmtpUtfEight) {
            return Err(DeliverError::Unsupported("SMTPUTF8"));
        }
        options.push(MailParameter::SmtpUtfEight);
    }
    if !message.is_ascii() {
        if !smtp.server_info().supports_feature(Extension::EightBitMime) {
            return Err(DeliverError::Unsupported("8BITMIME"));
        }
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    let mail = Mail::new(envelope.from().cloned(), options);
    let recipients: Vec<Rcpt> = envelope
        .to()
        .iter()
        .map(|to| Rcpt::new(to.clone(), Vec::new()))
        .collect();
    if connection.pipelining {
        // One write; then each command's answer in order. An error answer stops here, with
        // the later answers unread: the connection is dropped, never reused.
        let mut group = mail.to_string();
        for recipient in &recipients {
            let _ = write!(group, "{recipient}");
        }
        let _ = write!(group, "{Data}");
        smtp.command(group).await.map_err(DeliverError::Envelope)?;
        for _ in &recipients {
            smtp.read_response().await.map_err(DeliverError::Envelope)?;
        }
        smtp.read_response().await.map_err(DeliverError::Envelope)?;
    } else {
        smtp.command(mail).await.map_err(DeliverError::Envelope)?;
        for recipient in recipients {
            smtp.command(recipient)
                .await
                .map_err(DeliverError::Envelope)?;
        }
        smtp.command(Data).await.map_err(DeliverError::Envelope)?;
    }
    smtp.message(message).await.map_err(DeliverError::Message)
}
