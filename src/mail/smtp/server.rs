//! The SMTP server `FAIRPLAN_SMTP_URL` names, read the way lettre reads its URLs:
//! `smtp://host:port` (plain), `smtp://…?tls=required` or `?tls=opportunistic` (STARTTLS, port
//! 587 by default), `smtps://…` (implicit TLS, port 465), `user:password@` for authentication
//! and a path for the name Fairplan greets the server with.

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::TlsParameters;
use lettre::transport::smtp::extension::ClientId;
use std::time::Duration;

/// How the connection is secured.
#[derive(Clone)]
pub enum Security {
    /// Plain text (a relay on the same machine or network).
    Plain,
    /// STARTTLS after the greeting; `required` refuses a server that does not offer it.
    StartTls {
        /// The server name and roots the certificate is checked against.
        parameters: TlsParameters,
        /// Whether a server without STARTTLS is refused (rather than used in plain text).
        required: bool,
    },
    /// TLS from the first byte (port 465).
    Implicit(TlsParameters),
}

/// Everything needed to open a connection.
#[derive(Clone)]
pub struct Server {
    /// Host name or address.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Plain, STARTTLS or implicit TLS.
    pub security: Security,
    /// User and password, if the server wants them.
    pub credentials: Option<Credentials>,
    /// The name in EHLO.
    pub hello: ClientId,
    /// Longest wait to connect.
    pub connect_timeout: Duration,
}

/// Why a URL cannot be used, in one line.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadUrl(String);

impl Server {
    /// Reads `url`.
    pub fn from_url(url: &str) -> Result<Self, BadUrl> {
        let url = url::Url::parse(url).map_err(|e| BadUrl(e.to_string()))?;
        let host = url
            .host_str()
            .ok_or_else(|| BadUrl("no host".to_owned()))?
            .trim_matches(['[', ']'])
            .to_owned();
        let tls_parameters =
            || TlsParameters::new(host.clone()).map_err(|e| BadUrl(format!("TLS for {host}: {e}")));
        let tls = url
            .query_pairs()
            .find(|(key, _)| key == "tls")
            .map(|(_, value)| value.into_owned());
        let (security, default_port) = match (url.scheme(), tls.as_deref()) {
            ("smtp", None) => (Security::Plain, 25),
            ("smtp", Some(mode @ ("required" | "opportunistic"))) => (
                Security::StartTls {
                    parameters: tls_parameters()?,
                    required: mode == "required",
                },
                587,
            ),
            ("smtps", _) => (Security::Implicit(tls_parameters()?), 465),
            (scheme, tls) => {
                return Err(BadUrl(format!(
                    "unknown scheme '{scheme}' or tls parameter '{}'",
                    tls.unwrap_or_default()
                )));
            }
        };
        let decoded = |text: &str| {
            percent_encoding::percent_decode_str(text)
                .decode_utf8()
                .map(|t| t.into_owned())
                .map_err(|e| BadUrl(e.to_string()))
        };
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(
                decoded(url.username())?,
                decoded(password)?,
            )),
            None => None,
        };
        let path = url.path().trim_matches('/');
        let hello = if path.is_empty() {
            ClientId::default()
        } else {
            ClientId::Domain(path.to_owned())
        };
        Ok(Self {
            host,
            port: url.port().unwrap_or(default_port),
            security,
            credentials,
            hello,
            connect_timeout: Duration::from_secs(30),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_read_as_lettre_reads_them() {
        let plain = Server::from_url("smtp://127.0.0.1:2525").unwrap();
        assert_eq!((plain.host.as_str(), plain.port), ("127.0.0.1", 2525));
        assert!(matches!(plain.security, Security::Plain) && plain.credentials.is_none());

        let submission =
            Server::from_url("smtp://events%40example.org:p%40ss@mail.example.org?tls=required")
                .unwrap();
        assert_eq!(submission.port, 587);
        assert!(matches!(
            submission.security,
            Security::StartTls { required: true, .. }
        ));
        assert!(submission.credentials.is_some());

        let implicit = Server::from_url("smtps://mail.example.org").unwrap();
        assert_eq!(implicit.port, 465);
        assert!(matches!(implicit.security, Security::Implicit(_)));

        assert!(Server::from_url("imap://mail.example.org").is_err());
        assert!(Server::from_url("smtp://mail.example.org?tls=sometimes").is_err());
    }
}
