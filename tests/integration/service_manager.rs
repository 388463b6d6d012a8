//! The real binary under a service manager's eyes (systemd `Type=notify`, played here by a
//! socket of the test): READY=1 once migrations ran and the listener is bound, watchdog pings
//! while it serves, STOPPING=1 when SIGTERM arrives.

use crate::process::{fairplan, free_port, http_get};
use crate::support::database::TestDatabase;
use std::os::unix::net::UnixDatagram;
use std::process::Command;
use std::time::Duration;

/// The next message on `socket`, or `None` after `wait`.
fn next_message(socket: &UnixDatagram, wait: Duration) -> Option<String> {
    socket.set_read_timeout(Some(wait)).unwrap();
    let mut buffer = [0u8; 1024];
    let len = socket.recv(&mut buffer).ok()?;
    Some(String::from_utf8_lossy(&buffer[..len]).trim().to_owned())
}

#[tokio::test]
async fn serve_tells_systemd_it_is_ready_alive_and_stopping() {
    let database = TestDatabase::create().await;
    let folder = tempfile::tempdir().unwrap();
    let socket_path = folder.path().join("notify.sock");
    let socket = UnixDatagram::bind(&socket_path).unwrap();
    let port = free_port();
    let mut server = fairplan(&database.url, port, &folder.path().join("mail"))
        .arg("serve")
        .env("NOTIFY_SOCKET", &socket_path)
        .env("WATCHDOG_USEC", "200000")
        .spawn()
        .unwrap();

    let ready = next_message(&socket, Duration::from_secs(60));
    assert_eq!(ready.as_deref(), Some("READY=1"));
    // Ready means bound and migrated: the first request is answered.
    let health = http_get(port, "/healthz").await.unwrap();
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");

    // Pinged at half the interval while the database answers.
    for _ in 0..3 {
        let ping = next_message(&socket, Duration::from_secs(5));
        assert_eq!(ping.as_deref(), Some("WATCHDOG=1"));
    }

    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut stopping = false;
    while let Some(message) = next_message(&socket, Duration::from_secs(10)) {
        if message == "STOPPING=1" {
            stopping = true;
            break;
        }
        assert_eq!(message, "WATCHDOG=1", "nothing else is said");
    }
    assert!(stopping, "STOPPING=1 on SIGTERM");
    let status = server.wait().unwrap();
    assert!(status.success(), "{status}");
}

#[tokio::test]
async fn without_a_service_manager_or_with_an_unreadable_watchdog_setting_it_serves() {
    let database = TestDatabase::create().await;
    let folder = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = fairplan(&database.url, port, &folder.path().join("mail"))
        .arg("serve")
        .env_remove("NOTIFY_SOCKET")
        .env("WATCHDOG_USEC", "not a number")
        .spawn()
        .unwrap();
    crate::process::wait_until_serving(port, &mut server).await;
    server.kill().unwrap();
    let _ = server.wait();
}
