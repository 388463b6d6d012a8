//! TLS in front of the tests' SMTP server, so the worker's implicit TLS and STARTTLS run for
//! real: a test CA made at start signs the front's certificate for 127.0.0.1 and localhost;
//! the worker trusts that CA through `FAIRPLAN_SMTP_CA_FILE`. Past TLS, every byte goes to the
//! plain test server, which records what arrived.

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

/// A CA made for one test, and a server certificate it signed.
pub struct TestCa {
    /// The CA's certificate, PEM: what the worker is told to trust.
    pub pem: String,
    acceptor: TlsAcceptor,
}

impl TestCa {
    /// A new CA and a certificate for `127.0.0.1` and `localhost`.
    pub fn new() -> Self {
        let ca_key = KeyPair::generate().unwrap();
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name
            .push(DnType::CommonName, "Fairplan test CA");
        let ca = ca.self_signed(&ca_key).unwrap();
        let server_key = KeyPair::generate().unwrap();
        let server = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
            .unwrap()
            .signed_by(&server_key, &ca, &ca_key)
            .unwrap();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der()));
        let config = ServerConfig::builder()
            .with_no_client_auth()
            .with_single_cert(vec![server.der().clone(), ca.der().clone()], key)
            .unwrap();
        Self {
            pem: ca.pem(),
            acceptor: TlsAcceptor::from(Arc::new(config)),
        }
    }
}

/// How the front speaks TLS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsMode {
    /// TLS from the first byte (`smtps://`, port 465).
    Implicit,
    /// A plain greeting and EHLO offering STARTTLS, then TLS (`?tls=required`).
    StartTls,
}

/// Starts a TLS front on a free loopback port, passing to the plain server on `backend`;
/// returns its port.
pub async fn start_front(ca: &TestCa, mode: TlsMode, backend: u16) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let acceptor = ca.acceptor.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let _ = serve(client, acceptor, mode, backend).await;
            });
        }
    });
    port
}

async fn serve(
    mut client: TcpStream,
    acceptor: TlsAcceptor,
    mode: TlsMode,
    backend: u16,
) -> std::io::Result<()> {
    if mode == TlsMode::StartTls && !agree_on_starttls(&mut client).await? {
        return Ok(());
    }
    let mut tls = acceptor.accept(client).await?;
    let mut server = BufReader::new(TcpStream::connect(("127.0.0.1", backend)).await?);
    let mut greeting = String::new();
    server.read_line(&mut greeting).await?;
    if mode == TlsMode::Implicit {
        // With STARTTLS the client was greeted already, and now says EHLO again.
        tls.write_all(greeting.as_bytes()).await?;
    }
    tokio::io::copy_bidirectional(&mut tls, &mut server).await?;
    Ok(())
}

/// The plain part of a STARTTLS session: greeting, EHLO, STARTTLS. False if the client left.
async fn agree_on_starttls(client: &mut TcpStream) -> std::io::Result<bool> {
    client.write_all(b"220 front.test ESMTP\r\n").await?;
    let mut lines = BufReader::new(client);
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(false);
        }
        let command = line.trim_end().to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") {
            b"250-front.test\r\n250 STARTTLS\r\n"
        } else if command == "STARTTLS" {
            lines
                .get_mut()
                .write_all(b"220 2.0.0 Ready to start TLS\r\n")
                .await?;
            return Ok(true);
        } else if command == "QUIT" {
            lines.get_mut().write_all(b"221 2.0.0 Bye\r\n").await?;
            return Ok(false);
        } else {
            b"530 5.7.0 Must issue a STARTTLS command first\r\n"
        };
        lines.get_mut().write_all(reply).await?;
    }
}
