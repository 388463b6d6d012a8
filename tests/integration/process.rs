//! The real `fairplan` binary: serving over real HTTP, creating a coordinator from a script, and
//! stopping gracefully on SIGTERM.

use crate::support::database::TestDatabase;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub(crate) fn fairplan(database_url: &str, port: u16, mail_dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fairplan"));
    command
        .env("FAIRPLAN_DATABASE_URL", database_url)
        .env("FAIRPLAN_BIND", format!("127.0.0.1:{port}"))
        .env("FAIRPLAN_MAIL_DIR", mail_dir)
        .env_remove("FAIRPLAN_SMTP_URL")
        .env_remove("FAIRPLAN_DEV_MAIL_PAGE")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// A plain HTTP/1.1 GET over a real socket; returns the whole response text.
pub(crate) async fn http_get(port: u16, path: &str) -> std::io::Result<String> {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut response = String::new();
    stream.read_to_string(&mut response).await?;
    Ok(response)
}

/// Sends SIGTERM, as systemd does, and waits (at most 30 s) for the process to exit.
pub(crate) fn terminate(server: &mut Child) -> std::process::ExitStatus {
    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = server.try_wait().unwrap() {
            return status;
        }
        assert!(Instant::now() < deadline, "the server did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub(crate) async fn wait_until_serving(port: u16, child: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(response) = http_get(port, "/healthz").await
            && response.starts_with("HTTP/1.1 200")
        {
            return;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the server exited early"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not come up");
}

#[tokio::test]
async fn serve_answers_over_http_and_stops_gracefully_on_sigterm() {
    let database = TestDatabase::create().await;
    let mail_dir = tempfile::tempdir().unwrap();
    let port = free_port();

    let created = fairplan(&database.url, port, mail_dir.path())
        .args([
            "create-coordinator",
            "--email",
            "lead@programme.example",
            "--name",
            "Lead",
        ])
        .env("FAIRPLAN_COORDINATOR_PASSWORD", "a long enough password")
        .output()
        .unwrap();
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );

    let mut server = fairplan(&database.url, port, mail_dir.path())
        .arg("serve")
        .spawn()
        .unwrap();
    wait_until_serving(port, &mut server).await;
    let home = http_get(port, "/").await.unwrap();
    assert!(home.starts_with("HTTP/1.1 200"));
    assert!(
        home.to_ascii_lowercase()
            .contains("referrer-policy: no-referrer")
    );

    let dev_mail = http_get(port, "/dev/mail").await.unwrap();
    assert!(
        dev_mail.starts_with("HTTP/1.1 404"),
        "a plain serve does not show the mails"
    );

    let token = "T0kenThatMustNeverAppearInTheLogs_012345678";
    let unknown_link = http_get(port, &format!("/p/{token}")).await.unwrap();
    assert!(unknown_link.starts_with("HTTP/1.1 404"));

    let db = fairplan::db::connect(&database.url, 1).await.unwrap();
    let session = fairplan::services::auth::sign_in(
        &db,
        "lead@programme.example",
        "a long enough password",
        fairplan::clock::now_ms(),
    )
    .await;
    assert!(
        session.is_ok(),
        "the coordinator created by the command can sign in"
    );

    let status = terminate(&mut server);
    assert!(
        status.success(),
        "graceful shutdown exits with success, got {status}"
    );
    let output = server.wait_with_output().unwrap();
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("mail worker stopped"), "{log}");
    assert!(
        log.contains("mail is NOT being sent"),
        "without SMTP the start says so: {log}"
    );
    assert!(!log.contains("/dev/mail shows every mail"), "{log}");
    assert!(
        log.contains("/p/{token}"),
        "requests are logged by route template: {log}"
    );
    assert!(!log.contains(token), "a token reached the log: {log}");
}

#[tokio::test]
async fn a_short_coordinator_password_is_refused_with_a_clear_message() {
    let database = TestDatabase::create().await;
    let mail_dir = tempfile::tempdir().unwrap();
    let output = fairplan(&database.url, free_port(), mail_dir.path())
        .args(["create-coordinator", "--email", "lead@programme.example"])
        .env("FAIRPLAN_COORDINATOR_PASSWORD", "short")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("at least 12 characters"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[tokio::test]
async fn the_demo_serves_its_mails_at_dev_mail_and_warns_about_it() {
    let folder = tempfile::tempdir().unwrap();
    // As on a fresh machine: the demo's folder (`./data` by default) does not exist yet.
    let file = folder.path().join("data").join("demo.db");
    let port = free_port();
    let url = format!("sqlite://{}?mode=rwc", file.display());
    let mut demo = fairplan(&url, port, &folder.path().join("mail"))
        .args(["demo", "--file", file.to_str().unwrap()])
        .spawn()
        .unwrap();
    wait_until_serving(port, &mut demo).await;
    let mailbox = http_get(port, "/dev/mail").await.unwrap();
    assert!(mailbox.starts_with("HTTP/1.1 200"), "{mailbox}");
    assert!(mailbox.contains("Book your place"));

    let killed = Command::new("kill")
        .args(["-TERM", &demo.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let output = demo.wait_with_output().unwrap();
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(printed.contains("/dev/mail"), "{printed}");
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("mail is NOT being sent"), "{log}");
    assert!(log.contains("/dev/mail shows every mail"), "{log}");
    // Every role can be tried: a volunteer's link is printed too.
    assert!(printed.contains("Volunteers (one of "), "{printed}");
    assert!(printed.contains("/v/"), "{printed}");
    assert!(!printed.contains("replaced"), "{printed}");

    // Run again, it says that it starts afresh.
    let port = free_port();
    let mut again = fairplan(&url, port, &folder.path().join("mail"))
        .args(["demo", "--file", file.to_str().unwrap()])
        .spawn()
        .unwrap();
    wait_until_serving(port, &mut again).await;
    Command::new("kill")
        .args(["-TERM", &again.id().to_string()])
        .status()
        .unwrap();
    let output = again.wait_with_output().unwrap();
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        printed.contains("An earlier demo was found") && printed.contains("is replaced"),
        "{printed}"
    );
}
