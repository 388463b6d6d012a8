//! The JSON API: coordinators' tokens (shown once, hashed, revocable, expiring), every action
//! with its error envelope, and the generated OpenAPI description.

use crate::support::{TestApp, hidden_field};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::{api_token, event, participant, slot};
use fairplan::services::bookings;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait};
use serde_json::{Value, json};

/// One API call: status and JSON body.
pub(crate) async fn call(
    app: &mut TestApp,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value, String) {
    let mut request = Request::builder().method(method).uri(path);
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let request = match body {
        Some(body) => request
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string())),
        None => request.body(Body::empty()),
    }
    .unwrap();
    let answer = app.request(request).await;
    let auth = answer.header("www-authenticate").to_owned();
    let json = serde_json::from_str(&answer.body).unwrap_or(Value::Null);
    (answer.status, json, auth)
}

/// Signs in, creates a token on the page and returns it.
pub(crate) async fn new_token(app: &mut TestApp, name: &str) -> String {
    let csrf = app.sign_in_as_coordinator().await;
    let created = app
        .post_form(
            "/coordinator/api-tokens",
            &[("csrf", &csrf), ("name", name), ("days", "30")],
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    assert_eq!(created.header("cache-control"), "no-store");
    let start = created.body.find("value=\"fpk_").unwrap() + "value=\"".len();
    created.body[start..start + 47].to_owned()
}

#[tokio::test]
async fn a_token_is_shown_once_stored_hashed_and_stops_working_when_revoked_or_expired() {
    let mut app = TestApp::spawn().await;
    let token = new_token(&mut app, "CRM sync").await;
    let row = api_token::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_ne!(row.token_hash, token);
    assert!(
        !row.token_hash.contains(&token[4..]),
        "only the hash is stored"
    );

    let (status, body, _) = call(&mut app, "GET", "/api/v1/events", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, json!([]));
    let listed = app.get("/coordinator/api-tokens").await;
    assert!(listed.body.contains("CRM sync"));
    assert!(!listed.body.contains(&token), "never shown again");

    for bad in [None, Some("fpk_nonsense"), Some(&token[4..])] {
        let (status, body, challenge) = call(&mut app, "GET", "/api/v1/events", bad, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(body["error"]["code"], "unauthorized");
        assert!(challenge.starts_with("Bearer"));
    }

    let page = app.get("/coordinator/api-tokens").await;
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    let forged = app
        .post_form(
            &format!("/coordinator/api-tokens/{}/revoke", row.id),
            &[("csrf", "x")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let revoked = app
        .post_form(
            &format!("/coordinator/api-tokens/{}/revoke", row.id),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let (status, _, _) = call(&mut app, "GET", "/api/v1/events", Some(&token), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let second = new_token(&mut app, "Reports").await;
    let mut row: api_token::ActiveModel = api_token::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.revoked_at.is_none())
        .unwrap()
        .into();
    // Made a minute ago, expired a moment ago (a token always expires after it was made).
    row.created_at = Set(now_ms() - 60_000);
    row.expires_at = Set(now_ms() - 1);
    row.update(&app.db).await.unwrap();
    let (status, _, _) = call(&mut app, "GET", "/api/v1/events", Some(&second), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "expired");

    let page = app.get("/coordinator/api-tokens").await;
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    let bad = app
        .post_form(
            "/coordinator/api-tokens",
            &[("csrf", &csrf), ("name", ""), ("days", "7")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("give the token a name"));
    assert!(bad.body.contains("choose 30, 90, 180 or 365 days"));
}

#[tokio::test]
async fn a_script_sets_up_an_event_end_to_end_and_bad_input_gets_the_envelope() {
    let mut app = TestApp::spawn().await;
    let token = new_token(&mut app, "Set-up script").await;
    let t = Some(token.as_str());

    let event_body = json!({
        "title": "Interview evening", "venue_address": "Main Street 1",
        "time_zone": "Europe/Berlin", "starts": "2027-03-03T17:00", "ends": "2027-03-03T21:00",
        "languages": "en, de"
    });
    let (status, created, _) = call(&mut app, "POST", "/api/v1/events", t, Some(event_body)).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["status"], "draft");
    assert_eq!(created["starts_at"], "2027-03-03T16:00:00Z");
    assert_eq!(created["languages"], json!(["en", "de"]));
    let event_id = created["id"].as_str().unwrap().to_owned();

    let bad_event = json!({"title": "", "time_zone": "Mars/Olympus", "starts": "2027-03-03T17:00",
        "ends": "2027-03-03T16:00"});
    let (status, body, _) = call(&mut app, "POST", "/api/v1/events", t, Some(bad_event)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"]["code"], "validation_failed");
    let fields: Vec<&str> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"title") && fields.contains(&"time_zone"),
        "{body}"
    );
    let broken = Request::post("/api/v1/events")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{not json"))
        .unwrap();
    let answer = app.request(broken).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(body["error"]["fields"][0]["field"], "body");
    assert_eq!(
        event::Entity::find().count(&app.db).await.unwrap(),
        1,
        "nothing half-made"
    );

    let session = json!({
        "title": "Mock interviews", "format": "mock_interview", "starts": "2027-03-03T17:30",
        "ends": "2027-03-03T19:30", "booking_mode": "first_come", "slot_minutes": 30,
        "break_minutes": 0, "max_bookings_per_participant": 1
    });
    let path = format!("/api/v1/events/{event_id}/sessions");
    let (status, session, _) = call(&mut app, "POST", &path, t, Some(session)).await;
    assert_eq!(status, StatusCode::CREATED, "{session}");
    assert_eq!(session["format"], "mock_interview");

    let path = format!("/api/v1/events/{event_id}/employers");
    let employer = json!({"name": "Acme Health", "contact_name": "Jo", "contact_email":
        "jo@acme.example", "contact_language": "en"});
    let (status, acme, _) = call(&mut app, "POST", &path, t, Some(employer)).await;
    assert_eq!(status, StatusCode::CREATED, "{acme}");
    assert_eq!(acme["contacts"][0]["email"], "jo@acme.example");
    app.drain_outbox().await;
    assert!(
        app.link_from_last_mail("jo@acme.example")
            .unwrap()
            .starts_with("/e/")
    );
    let acme_id = acme["id"].as_str().unwrap().to_owned();

    let path = format!("/api/v1/events/{event_id}/employers/{acme_id}/volunteers");
    let volunteer = json!({"name": "Dana Roth", "email": "dana@acme.example", "job_title":
        "Recruiter", "language": "en", "languages": "en C2", "expertise": "nursing",
        "availability": "17:30-18:30"});
    let (status, dana, _) = call(&mut app, "POST", &path, t, Some(volunteer.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{dana}");
    assert_eq!(dana["slots"].as_array().unwrap().len(), 2);
    assert_eq!(dana["slots"][0]["starts_at"], "2027-03-03T16:30:00Z");
    let outside = json!({"name": "Late Lee", "email": "lee@acme.example", "language": "en",
        "languages": "en C1", "availability": "22:00-23:00"});
    let (status, body, _) = call(&mut app, "POST", &path, t, Some(outside)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"]["fields"][0]["field"], "availability");
    let stranger = format!("/api/v1/events/{event_id}/employers/{event_id}/volunteers");
    let (status, body, _) = call(&mut app, "POST", &stranger, t, Some(volunteer)).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );

    let csv = "name,email,language,occupations,languages,needs\n\
               Amira Haddad,amira@example.org,ar,nursing,ar C2; en B1,\n\
               Bad Row,not-an-address,en,,,\n";
    let import = |valid_only: bool| {
        Request::post(format!(
            "/api/v1/events/{event_id}/participants/import?valid_rows_only={valid_only}"
        ))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "text/csv")
        .body(Body::from(csv))
        .unwrap()
    };
    let refused = app.request(import(false)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = serde_json::from_str(&refused.body).unwrap();
    assert_eq!(
        (body["problems"][0]["line"].as_u64(), body["added"].as_u64()),
        (Some(3), Some(0))
    );
    assert_eq!(
        participant::Entity::find().count(&app.db).await.unwrap(),
        0,
        "nothing saved"
    );
    let partial = app.request(import(true)).await;
    assert_eq!(partial.status, StatusCode::OK, "{}", partial.body);
    let body: Value = serde_json::from_str(&partial.body).unwrap();
    assert_eq!(
        (body["added"].as_u64(), body["skipped"].as_u64()),
        (Some(1), Some(1))
    );
    let (_, people, _) = call(
        &mut app,
        "GET",
        &format!("/api/v1/events/{event_id}/participants"),
        t,
        None,
    )
    .await;
    assert_eq!(people[0]["email"], "amira@example.org");
    assert!(people[0].get("needs").is_none());

    let amira = participant::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let first = slot::Entity::find().one(&app.db).await.unwrap().unwrap();
    bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(first.id),
        "http://x",
        now_ms(),
    )
    .await
    .unwrap();
    let (status, list, _) = call(
        &mut app,
        "GET",
        &format!("/api/v1/events/{event_id}/bookings"),
        t,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list[0]["participant_email"], "amira@example.org");
    assert_eq!(
        (list[0]["volunteer"].as_str(), list[0]["employer"].as_str()),
        (Some("Dana Roth"), Some("Acme Health"))
    );

    let dana_id = dana["id"].as_str().unwrap();
    let withdraw = format!("/api/v1/events/{event_id}/employers/{acme_id}/volunteers/{dana_id}");
    let (status, body, _) = call(&mut app, "DELETE", &withdraw, t, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, json!({"moved": 0, "waitlisted": 1}));
    let (_, volunteers, _) = call(
        &mut app,
        "GET",
        &format!("/api/v1/events/{event_id}/volunteers"),
        t,
        None,
    )
    .await;
    assert_eq!(volunteers, json!([]));

    let status_path = format!("/api/v1/events/{event_id}/status");
    let (status, body, _) = call(
        &mut app,
        "POST",
        &status_path,
        t,
        Some(json!({"action": "cancel"})),
    )
    .await;
    assert_eq!(
        (status, body["error"]["fields"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("confirm"))
    );
    let (status, body, _) = call(
        &mut app,
        "POST",
        &status_path,
        t,
        Some(json!({"action": "publish"})),
    )
    .await;
    assert_eq!(
        (status, body["event"]["status"].as_str()),
        (StatusCode::OK, Some("published"))
    );
    let (status, body, _) = call(
        &mut app,
        "POST",
        &status_path,
        t,
        Some(json!({"action": "publish"})),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("conflict"))
    );
    let (status, body, _) = call(&mut app, "GET", "/api/v1/events/not-a-uuid", t, None).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
}

#[tokio::test]
async fn the_openapi_description_documents_every_action_and_the_token() {
    let mut app = TestApp::spawn().await;
    let (status, doc, _) = call(&mut app, "GET", "/api/v1/openapi.json", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/v1/events", "get"),
        ("/api/v1/events", "post"),
        ("/api/v1/events/{event_id}", "put"),
        ("/api/v1/events/{event_id}/status", "post"),
        ("/api/v1/events/{event_id}/sessions", "post"),
        ("/api/v1/sessions/{session_id}", "put"),
        ("/api/v1/events/{event_id}/employers", "post"),
        ("/api/v1/events/{event_id}/volunteers", "get"),
        (
            "/api/v1/events/{event_id}/employers/{employer_id}/volunteers",
            "post",
        ),
        (
            "/api/v1/events/{event_id}/employers/{employer_id}/volunteers/{volunteer_id}",
            "delete",
        ),
        ("/api/v1/events/{event_id}/participants/import", "post"),
        ("/api/v1/events/{event_id}/bookings", "get"),
    ] {
        assert!(paths[path].get(method).is_some(), "{method} {path}");
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["api_token"]["scheme"],
        "bearer"
    );
    assert!(doc["components"]["schemas"]["ErrorEnvelope"].is_object());
}
