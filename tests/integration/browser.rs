//! Real-browser flows in headless Chromium (Debian's `chromium` and `chromium-driver`), driven
//! over WebDriver: what a participant and a coordinator actually see and click.
//!
//! They run when `chromedriver` is installed, and must run when `FAIRPLAN_TEST_BROWSER=1` (CI
//! sets it after installing Chromium), so a missing browser can never pass silently there.

use crate::support::TestApp;
use fairplan::clock::now_ms;
use fantoccini::{Client, ClientBuilder, Locator};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Clicks the first element matching `css`.
pub(crate) async fn click(client: &Client, css: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap();
}

/// Waits (up to 10 s) until the browser's address contains `needle`: the next page has loaded.
pub(crate) async fn wait_for_url(client: &Client, needle: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !client
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains(needle)
    {
        if Instant::now() >= deadline {
            let url = client.current_url().await.unwrap();
            if let Ok(png) = client.screenshot().await {
                let _ = std::fs::write(std::env::temp_dir().join("browser-failure.png"), png);
            }
            panic!("never reached a page with {needle}; still at {url}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits (up to 10 s) until an element matches `css`. Any error is tried again: after a click
/// that submits a form, a lookup may meet the old page, or be "aborted by navigation" while the
/// new one loads (fantoccini's own wait gives up on the latter).
pub(crate) async fn wait_for_element(client: &Client, css: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match client.find(Locator::Css(css)).await {
            Ok(_) => return,
            Err(e) if Instant::now() >= deadline => panic!("never found {css}: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

/// A chromedriver process and a session in it; both end on drop.
pub(crate) struct Browser {
    pub(crate) client: Option<Client>,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn chromedriver() -> Option<&'static str> {
    ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
}

/// Starts a browser, or `None` when none is installed and none is required.
pub(crate) async fn start_browser() -> Option<Browser> {
    let required = std::env::var("FAIRPLAN_TEST_BROWSER").is_ok_and(|v| v == "1");
    let Some(driver_path) = chromedriver() else {
        assert!(
            !required,
            "FAIRPLAN_TEST_BROWSER=1 but chromedriver is not installed"
        );
        eprintln!("browser test not run: install chromium and chromium-driver to run it");
        return None;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let driver = Command::new(driver_path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let profile = tempfile::tempdir().unwrap();
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=360,800",
                format!("--user-data-dir={}", profile.path().display()),
            ],
            // A window is never narrower than 500 px; a phone's viewport is emulated instead.
            "mobileEmulation": {
                "deviceMetrics": { "width": 360, "height": 800, "pixelRatio": 2.0 },
            },
        }),
    );
    let url = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut browser = Browser {
        client: None,
        driver,
        _profile: profile,
    };
    loop {
        // chromedriver speaks plain HTTP on loopback: no TLS needed.
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(capabilities.clone())
            .connect(&url)
            .await
        {
            Ok(client) => {
                browser.client = Some(client);
                return Some(browser);
            }
            Err(e) if Instant::now() > deadline => panic!("cannot start a Chromium session: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// A demo participant who reads English (the first ones read Arabic, Ukrainian and Persian).
pub(crate) const ENGLISH_READER: &str = "participant12@demo.fairplan.test";

/// The demo served over HTTP on loopback: the app, its base address, and the page path that
/// demo participant 12 (Aisha Bello, who reads English) received in their invitation mail.
pub(crate) async fn demo_over_http() -> (TestApp, String, String) {
    let app = TestApp::spawn().await;
    fairplan::services::demo::seed(&app.db, &app.config, now_ms())
        .await
        .unwrap();
    app.drain_outbox().await;
    let port = app.serve_over_http().await;
    let link = app.link_from_last_mail(ENGLISH_READER).unwrap();
    (app, format!("http://127.0.0.1:{port}"), link)
}

/// Signs the demo's coordinator in through the sign-in form, as a person would, and waits for
/// the dashboard (only it has the sign-out form; the sign-in page's own h1 must not count).
pub(crate) async fn sign_in(client: &Client, base: &str) {
    client
        .goto(&format!("{base}/coordinator/login"))
        .await
        .unwrap();
    let field = |id: &'static str| client.find(Locator::Id(id));
    field("email")
        .await
        .unwrap()
        .send_keys("coordinator@demo.fairplan.test")
        .await
        .unwrap();
    field("password")
        .await
        .unwrap()
        .send_keys("demo-password-2026")
        .await
        .unwrap();
    click(client, "button[type=submit]").await;
    wait_for_element(client, "form[action='/coordinator/logout']").await;
}

#[tokio::test]
async fn in_a_real_browser_a_participant_books_moves_and_cancels_and_a_coordinator_signs_in() {
    let Some(mut browser) = start_browser().await else {
        return;
    };
    let (_app, base, link) = demo_over_http().await;
    let client = browser.client.take().unwrap();

    // A participant taps the link in their mail, on a phone-sized screen.
    client.goto(&format!("{base}{link}")).await.unwrap();
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(
        html.attr("lang").await.unwrap().as_deref(),
        Some("en"),
        "the language the page is in"
    );
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("ltr"));
    let heading = client
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(heading.contains("Career Evening"), "{heading}");
    let width: serde_json::Value = client
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        width,
        serde_json::Value::Bool(true),
        "no sideways scrolling at 360 px"
    );

    // The page leads with what to do next; each session's times are folded until asked for.
    let page = client.source().await.unwrap();
    assert!(
        page.find("What to do next").unwrap() < page.find("My schedule").unwrap(),
        "next steps first"
    );
    assert!(
        !client
            .find(Locator::Css("button.book"))
            .await
            .unwrap()
            .is_displayed()
            .await
            .unwrap()
    );

    // They book the first time offered, move to another, and cancel, checking the page each time.
    click(&client, "details.options summary").await;
    click(&client, "button.book").await;
    wait_for_url(&client, "notice=booked").await;
    let page = client.source().await.unwrap();
    // Chromium asks for en-US, whose clock has AM and PM; elsewhere its locale may say en. The
    // demo spans two days, so the date comes first.
    let times = [", 17:30–18:00</bdi>", ", 5:30–6:00&nbsp;PM</bdi>"];
    assert!(
        page.contains("Your place is booked.") && times.iter().any(|t| page.contains(t)),
        "after booking: {page}"
    );
    click(&client, "details.options summary").await;
    click(&client, "button.move").await;
    wait_for_url(&client, "notice=moved").await;
    assert!(
        client
            .source()
            .await
            .unwrap()
            .contains("Your booking has a new time.")
    );
    click(&client, "a[href$='/cancel']").await;
    wait_for_url(&client, "/cancel").await;
    click(&client, "button[type=submit]").await;
    wait_for_url(&client, "notice=cancelled").await;
    let page = client.source().await.unwrap();
    assert!(
        page.contains("Your booking is cancelled.") && !page.contains("Your booking:</strong>")
    );

    // A coordinator signs in with the keyboard-reachable form and lands on the dashboard.
    sign_in(&client, &base).await;
    let heading = client
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(heading, "Dashboard");
    assert!(client.source().await.unwrap().contains("30 participants"));
    client.close().await.unwrap();
}
