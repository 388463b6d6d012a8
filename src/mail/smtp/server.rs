//! The SMTP server `FAIRPLAN_SMTP_URL` names, read the way lettre reads its URLs:
//! `smtp://host:port` (plain), `smtp://…?tls=required` or `?tls=opportunistic` (STARTTLS, port
//! 587 by default), `smtps://…` (implicit TLS, port 465), `user:password@` for authentication
//! and a path for the name Fairplan greets the server with.
//!
//! Unlike lettre, a password is only sent over TLS that cannot be stripped: a URL with a
//! password must ask for `tls=required` or be `smtps://`. Extra roots (an internal CA's
//! certificate) may be trusted beside the usual ones (`FAIRPLAN_SMTP_CA_FILE`).

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, TlsParameters};
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

/// Certificates to trust beside the usual roots, from a PEM file (one or more certificates).
pub fn read_roots(pem: &[u8]) -> Result<Certificate, BadUrl> {
    if !pem
        .windows(b"-----BEGIN CERTIFICATE-----".len())
        .any(|w| w == b"-----BEGIN CERTIFICATE-----")
    {
        return Err(BadUrl("holds no PEM certificate".to_owned()));
    }
    Certificate::from_pem(pem)
        .map_err(|e| BadUrl(format!("is not a readable PEM certificate: {e}")))
}

impl Server {
    /// Reads `url`.
    /// `roots`: certificates trusted beside the usual roots when checking the server's.
    pub fn from_url(url: &str, roots: Option<&Certificate>) -> Result<Self, BadUrl> {
        let url = url::Url::parse(url).map_err(|e| BadUrl(e.to_string()))?;
        let host = url
            .host_str()
            .ok_or_else(|| BadUrl("no host".to_owned()))?
            .trim_matches(['[', ']'])
            .to_owned();
        let tls_parameters = || {
            let builder = TlsParameters::builder(host.clone());
            let builder = match roots {
                Some(roots) => builder.add_root_certificate(roots.clone()),
                None => builder,
            };
            builder
                .build()
                .map_err(|e| BadUrl(format!("TLS for {host}: {e}")))
        };
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
        let tls_cannot_be_stripped = matches!(
            security,
            Security::Implicit(_) | Security::StartTls { required: true, .. }
        );
        if credentials.is_some() && !tls_cannot_be_stripped {
            return Err(BadUrl(
                "has a password but no TLS that cannot be stripped, so the password could \
                 cross the network in clear text: add ?tls=required or use smtps://"
                    .to_owned(),
            ));
        }
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
        let plain = Server::from_url("smtp://127.0.0.1:2525", None).unwrap();
        assert_eq!((plain.host.as_str(), plain.port), ("127.0.0.1", 2525));
        assert!(matches!(plain.security, Security::Plain) && plain.credentials.is_none());

        let submission = Server::from_url(
            "smtp://events%40example.org:p%40ss@mail.example.org?tls=required",
            None,
        )
        .unwrap();
        assert_eq!(submission.port, 587);
        assert!(matches!(
            submission.security,
            Security::StartTls { required: true, .. }
        ));
        assert!(submission.credentials.is_some());

        let implicit = Server::from_url("smtps://mail.example.org", None).unwrap();
        assert_eq!(implicit.port, 465);
        assert!(matches!(implicit.security, Security::Implicit(_)));

        assert!(Server::from_url("imap://mail.example.org", None).is_err());
        assert!(Server::from_url("smtp://mail.example.org?tls=sometimes", None).is_err());
    }

    #[test]
    fn a_password_needs_tls_that_cannot_be_stripped() {
        for url in [
            "smtp://user:pass@mail.example.org",
            "smtp://user:pass@mail.example.org:587?tls=opportunistic",
        ] {
            let refused = Server::from_url(url, None).err().map(|e| e.to_string());
            assert!(
                refused
                    .as_deref()
                    .is_some_and(|e| e.contains("tls=required")),
                "{url}: {refused:?}"
            );
        }
        assert!(Server::from_url("smtps://user:pass@mail.example.org", None).is_ok());
        assert!(Server::from_url("smtp://mail.example.org?tls=opportunistic", None).is_ok());
    }

    #[test]
    fn a_file_without_certificates_is_refused() {
        assert!(read_roots(b"").is_err());
        assert!(
            read_roots(b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n").is_err()
        );
    }
}
