//! Cross-cutting behaviour of every page: health, metrics, headers, error rendering.

use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn health_answers_when_the_database_does() {
    let mut app = TestApp::spawn().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.body, "ok\n");
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_and_report_the_outbox() {
    let mut app = TestApp::spawn().await;
    let token = "A".repeat(43);
    app.get(&format!("/p/{token}")).await;
    let text = app.get("/metrics").await.body;
    assert!(
        text.contains(
            r#"fairplan_http_requests_total{route="/p/{token}",method="GET",status="404"} 1"#
        ),
        "{text}"
    );
    assert!(
        !text.contains(&token),
        "paths with tokens never reach the metrics"
    );
    assert!(
        text.contains(r#"fairplan_outbox_messages{status="pending"} 0"#),
        "{text}"
    );
}

#[tokio::test]
async fn pages_carry_security_headers_that_keep_links_private() {
    let mut app = TestApp::spawn().await;
    let response = app.get("/").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.header("referrer-policy"), "no-referrer");
    assert_eq!(response.header("cache-control"), "no-store");
    assert_eq!(response.header("x-content-type-options"), "nosniff");
    assert!(
        response
            .header("content-security-policy")
            .contains("frame-ancestors 'none'")
    );
    assert!(response.body.contains(r#"<html lang="en" dir="ltr">"#));
}

#[tokio::test]
async fn the_start_page_speaks_the_job_seekers_languages() {
    let mut app = TestApp::spawn().await;
    let english = app.get("/").await;
    assert!(english.body.contains("Job seekers"), "{}", english.body);
    app.speak("ar-SY,ar;q=0.9");
    let arabic = app.get("/").await;
    assert!(arabic.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(arabic.body.contains("الباحثون عن عمل"), "{}", arabic.body);
    app.speak("de");
    let german = app.get("/").await;
    assert!(german.body.contains("Arbeitsuchende"), "{}", german.body);
}

#[tokio::test]
async fn the_stylesheet_is_served_from_the_binary() {
    let mut app = TestApp::spawn().await;
    let response = app.get("/static/app.css").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.header("content-type").starts_with("text/css"));
    assert!(response.body.contains("margin-inline"));
}

#[tokio::test]
async fn unknown_pages_get_an_html_page_and_unknown_api_paths_a_json_error() {
    let mut app = TestApp::spawn().await;
    let page = app.get("/no/such/page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("<h1>Page not found</h1>"));

    let api = app.get("/api/v1/no-such-thing").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert!(api.header("content-type").starts_with("application/json"));
    let body: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    assert!(body["error"]["message"].is_string());
}

#[tokio::test]
async fn the_api_status_reports_the_database() {
    let mut app = TestApp::spawn().await;
    let response = app.get("/api/v1/status").await;
    assert_eq!(response.status, StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn malformed_and_unknown_links_get_a_clear_page_not_an_error() {
    let mut app = TestApp::spawn().await;
    for path in [
        "/p/short",
        "/p/%00%01",
        &format!("/p/{}", "x".repeat(43)),
        &format!("/e/{}", "y".repeat(43)),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
        // A participant's link offers the form for a new one; other links say what to check.
        let told = if path.starts_with("/p/") {
            "only part of it was copied"
        } else {
            "whole link was copied"
        };
        assert!(response.body.contains(told), "{path}");
    }
}

#[tokio::test]
async fn the_development_mailbox_is_absent_when_mail_goes_to_a_real_server() {
    let mut app = TestApp::spawn().await;
    assert_eq!(app.get("/dev/mail").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_malformed_form_gets_a_clear_page_not_a_plain_text_error() {
    let mut app = TestApp::spawn().await;
    let response = app
        .post_form("/coordinator/login", &[("email", "someone@example.org")])
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.header("content-type").starts_with("text/html"));
    assert!(
        response.body.contains("Please check your input"),
        "{}",
        response.body
    );
}
