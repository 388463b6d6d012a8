//! The worker's SMTP client over TLS, for real: implicit TLS and STARTTLS to a server whose
//! certificate a test CA signed (trusted through `FAIRPLAN_SMTP_CA_FILE`), with the password
//! sent only inside TLS; a certificate nobody trusts stops the mail, which waits for a retry.

use crate::outbox::{mail, row};
use crate::support::TestApp;
use crate::support::smtp_tls::{TestCa, TlsMode, start_front};
use fairplan::clock::now_ms;
use fairplan::config::MailMode;
use fairplan::db::outbox;
use fairplan::jobs::delivery::MailWorker;
use std::io::Write;

/// A worker of `app` sending to `url`, trusting the CA in `ca_file` if given.
fn worker_for(app: &TestApp, url: String, ca_file: Option<&std::path::Path>) -> MailWorker {
    let mut config = app.config.clone();
    config.mail = MailMode::Smtp(url);
    config.smtp_ca_file = ca_file.map(std::path::Path::to_path_buf);
    app.worker_with(&config)
}

fn ca_file(ca: &TestCa) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(ca.pem.as_bytes()).unwrap();
    file
}

#[tokio::test]
async fn implicit_tls_and_starttls_carry_the_mail_and_the_login() {
    let app = TestApp::spawn().await;
    let ca = TestCa::new();
    let trusted = ca_file(&ca);
    let implicit = start_front(&ca, TlsMode::Implicit, app.smtp.port).await;
    let starttls = start_front(&ca, TlsMode::StartTls, app.smtp.port).await;
    let urls = [
        format!("smtps://events%40example.org:s3cret@127.0.0.1:{implicit}"),
        format!("smtp://events%40example.org:s3cret@127.0.0.1:{starttls}?tls=required"),
    ];
    for (n, url) in urls.into_iter().enumerate() {
        let to = format!("person{n}@example.org");
        let id = outbox::enqueue(&app.db, mail(&to), "t", now_ms())
            .await
            .unwrap()
            .expect("a mail to someone");
        let worker = worker_for(&app, url.clone(), Some(trusted.path()));
        assert_eq!(worker.deliver_due(now_ms()).await.unwrap(), 1);
        let stored = row(&app, id).await;
        assert_eq!(
            (stored.status.as_str(), stored.last_error.as_deref()),
            ("sent", None),
            "{url}"
        );
        assert_eq!(app.smtp.received().len(), n + 1, "{url}");
    }
    assert_eq!(
        app.smtp.logins(),
        ["events@example.org:s3cret", "events@example.org:s3cret"],
        "the login, decoded, arrived through TLS each time"
    );
}

#[tokio::test]
async fn a_certificate_nobody_trusts_stops_the_mail_until_a_retry() {
    let app = TestApp::spawn().await;
    let ca = TestCa::new();
    let front = start_front(&ca, TlsMode::Implicit, app.smtp.port).await;
    let id = outbox::enqueue(&app.db, mail("person@example.org"), "t", now_ms())
        .await
        .unwrap()
        .expect("a mail to someone");
    // The usual public roots only: the test CA is not among them.
    let worker = worker_for(&app, format!("smtps://u:p@127.0.0.1:{front}"), None);
    assert_eq!(worker.deliver_due(now_ms()).await.unwrap(), 1);

    let stored = row(&app, id).await;
    assert_eq!(stored.status.as_str(), "pending", "tried again later");
    assert!(
        stored
            .last_error
            .as_deref()
            .is_some_and(|e| e.to_lowercase().contains("tls") || e.contains("certificate")),
        "{:?}",
        stored.last_error
    );
    assert!(app.smtp.received().is_empty());
}

#[tokio::test]
async fn starttls_required_refuses_a_server_without_it_before_any_login() {
    let app = TestApp::spawn().await;
    let id = outbox::enqueue(&app.db, mail("person@example.org"), "t", now_ms())
        .await
        .unwrap()
        .expect("a mail to someone");
    // The plain test server offers no STARTTLS.
    let url = format!("smtp://u:p@127.0.0.1:{}?tls=required", app.smtp.port);
    let worker = worker_for(&app, url, None);
    assert_eq!(worker.deliver_due(now_ms()).await.unwrap(), 1);

    let stored = row(&app, id).await;
    assert_eq!(stored.status.as_str(), "pending");
    assert!(
        stored
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("STARTTLS")),
        "{:?}",
        stored.last_error
    );
    assert!(app.smtp.logins().is_empty(), "no password in clear text");
    assert!(app.smtp.received().is_empty());
}
