//! The API against its own OpenAPI document, checked by schemathesis (from PyPI): generated
//! requests for every operation, with every check it has but one (see below), on the demo. A status the document
//! does not list, a body that does not match its schema, or any server error fails the test.
//!
//! It runs when `FAIRPLAN_SCHEMATHESIS` names the `schemathesis` program, and must run when
//! `FAIRPLAN_TEST_BROWSER=1` (CI installs it). Bounded: a few examples per operation, a fixed
//! seed, and a time limit.

use crate::support::TestApp;
use fairplan::clock::now_ms;
use fairplan::services::demo;
use std::process::Command;
use std::time::Duration;

/// The schemathesis program, or `None` when it is not installed and not required.
fn schemathesis() -> Option<String> {
    let required = std::env::var("FAIRPLAN_TEST_BROWSER").is_ok_and(|v| v == "1");
    match std::env::var("FAIRPLAN_SCHEMATHESIS") {
        Ok(path) => Some(path),
        Err(_) => {
            assert!(
                !required,
                "FAIRPLAN_TEST_BROWSER=1 but FAIRPLAN_SCHEMATHESIS is not set"
            );
            eprintln!("API conformance test not run: set FAIRPLAN_SCHEMATHESIS to schemathesis");
            None
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_answers_as_its_document_says() {
    let Some(program) = schemathesis() else {
        return;
    };
    let mut app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    let token = crate::hostile_api::token(&mut app).await;
    let port = app.serve_over_http().await;
    let run = tokio::task::spawn_blocking(move || {
        Command::new(program)
            .args([
                "run",
                &format!("http://127.0.0.1:{port}/api/v1/openapi.json"),
                "--header",
                &format!("Authorization: Bearer {token}"),
                "--checks",
                "all",
                // The document cannot say every rule of the checks (an end after the start, a
                // venue or a video link, a real IANA zone, a known language), so a request
                // that only looks valid may be refused: every other check runs.
                "--exclude-checks",
                "positive_data_acceptance",
                "--max-examples",
                "20",
                "--seed",
                "1",
                "--request-timeout",
                "10",
                "--generation-database",
                "none",
            ])
            .env("NO_COLOR", "1")
            .output()
            .expect("schemathesis starts")
    });
    let output = tokio::time::timeout(Duration::from_secs(300), run)
        .await
        .expect("schemathesis finishes within five minutes")
        .unwrap();
    let report = format!(
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{report}");
}
