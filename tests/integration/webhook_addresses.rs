//! Webhook addresses: what a coordinator's form and the API accept, what the OpenAPI document
//! tells a receiving system, and an installation that keeps deliveries out of private networks.

use crate::support::TestApp;
use crate::support::demo::{book, demo_person, demo_session, slots_of_session};
use crate::support::webhook_receiver::Receiver;
use crate::webhooks::{deliver_at, deliveries, register};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::webhook_endpoint;
use sea_orm::{EntityTrait, PaginatorTrait};

#[tokio::test]
async fn an_address_that_is_none_or_no_change_ticked_is_refused_beside_its_field() {
    let mut app = TestApp::spawn().await;
    let (csrf, _) = demo_session(&mut app, "mock_interview").await;
    let refused = app
        .post_form(
            "/coordinator/webhooks",
            &[("csrf", &csrf), ("url", "ftp://crm.example.org")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("give an address that starts with https://")
    );
    assert!(refused.body.contains("tick at least one change"));
    let made_up = app
        .post_form(
            "/coordinator/webhooks",
            &[
                ("csrf", &csrf),
                ("url", "https://crm.example.org/in"),
                ("event:booking.deleted", "yes"),
            ],
        )
        .await;
    assert_eq!(made_up.status, StatusCode::UNPROCESSABLE_ENTITY);
    let forged = app
        .post_form(
            "/coordinator/webhooks",
            &[
                ("csrf", "nope"),
                ("url", "https://crm.example.org/in"),
                ("event:check_in", "yes"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(
        webhook_endpoint::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn scripts_register_list_and_remove_addresses_and_the_document_describes_each_delivery() {
    use crate::api::{call, new_token};
    use serde_json::json;
    let mut app = TestApp::spawn().await;
    let token = new_token(&mut app, "CRM").await;
    let (status, created, _) = call(
        &mut app,
        "POST",
        "/api/v1/webhooks",
        Some(&token),
        Some(
            json!({"url": "https://crm.example.org/in", "events": ["check_in", "booking.created"]}),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert!(created["secret"].as_str().unwrap().starts_with("whsec_"));
    assert_eq!(created["events"], json!(["booking.created", "check_in"]));
    let (status, refused, _) = call(
        &mut app,
        "POST",
        "/api/v1/webhooks",
        Some(&token),
        Some(json!({"url": "https://crm.example.org/in", "events": ["booking.deleted"]})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused["error"]["fields"][0]["field"], "events",
        "{refused}"
    );
    let (status, listed, _) = call(&mut app, "GET", "/api/v1/webhooks", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(
        listed[0].get("secret").is_none(),
        "a list never shows a secret"
    );
    let id = created["id"].as_str().unwrap();
    let path = format!("/api/v1/webhooks/{id}");
    let (status, _, _) = call(&mut app, "DELETE", &path, Some(&token), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _, _) = call(&mut app, "DELETE", &path, Some(&token), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = call(&mut app, "GET", "/api/v1/webhooks", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (_, document, _) = call(&mut app, "GET", "/api/v1/openapi.json", None, None).await;
    let hooks = document["webhooks"]
        .as_object()
        .expect("webhooks in the document");
    assert_eq!(
        hooks.len(),
        fairplan::domain::webhook::WebhookEvent::ALL.len()
    );
    let check_in = &hooks["check_in"]["post"];
    let headers: Vec<&str> = check_in["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(headers.contains(&"Fairplan-Signature"));
    let data =
        &check_in["requestBody"]["content"]["application/json"]["schema"]["properties"]["data"];
    assert_eq!(data["$ref"], "#/components/schemas/BookingNews");
    assert!(document["components"]["schemas"]["BookingNews"].is_object());
}

#[tokio::test]
async fn an_installation_that_keeps_private_networks_out_never_posts_there() {
    let mut app = TestApp::spawn_with(|config| config.webhook_private_networks = false).await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    let receiver = Receiver::start().await;
    // By address, and by a name that resolves to loopback.
    let by_name = receiver.url.replace("127.0.0.1", "localhost");
    for url in [receiver.url.as_str(), by_name.as_str()] {
        register(&mut app, &csrf, url, &["booking.created"]).await;
    }
    let amira = demo_person(&app, 1).await;
    book(&app, amira.id, slots_of_session(&app, mock.id).await[0].id).await;
    assert_eq!(deliver_at(&app, now_ms()).await, 0);
    assert!(
        receiver.received().is_empty(),
        "nothing reached the loopback receiver"
    );
    for delivery in deliveries(&app).await {
        let error = delivery.last_error.unwrap_or_default();
        assert!(error.contains("private network"), "{error}");
    }
    // The endpoint's page says so before anyone waits for a delivery.
    let endpoints = fairplan::entities::webhook_endpoint::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    for endpoint in endpoints {
        let page = app
            .get(&format!("/coordinator/webhooks/{}", endpoint.id))
            .await;
        assert!(
            page.body.contains("nothing will arrive there"),
            "{}",
            endpoint.url
        );
    }
}
