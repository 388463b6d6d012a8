//! Hostile values in every JSON body of the API (see `hostile_input`): each string field of a
//! valid body replaced in turn, numbers made huge or negative, values of the wrong type, and
//! bodies that are not JSON at all. Every answer is below 500, every refusal is the JSON error
//! envelope with a stable code, and a refusal changes nothing.

use crate::hostile_input::{fingerprint, hostile_values};
use crate::support::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};

/// Sends `body` (already serialised) with `content_type` and the token.
async fn send(
    app: &mut TestApp,
    (method, path): (&str, &str),
    token: &str,
    content_type: &str,
    body: impl Into<Vec<u8>>,
) -> (StatusCode, String) {
    let request = Request::builder()
        .method(method)
        .uri(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body.into()))
        .unwrap();
    let answer = app.request(request).await;
    (answer.status, answer.body)
}

/// A fresh API token, made on the coordinators' page.
pub async fn token(app: &mut TestApp) -> String {
    let csrf = app.sign_in_as_coordinator().await;
    let created = app
        .post_form(
            "/coordinator/api-tokens",
            &[("csrf", &csrf), ("name", "hostile"), ("days", "30")],
        )
        .await;
    let start = created.body.find("value=\"fpk_").unwrap() + "value=\"".len();
    created.body[start..start + 47].to_owned()
}

/// Each field of `body` in turn set to each hostile value (and, for numbers, to huge and
/// negative ones, and to a value of the wrong type).
fn variants(body: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let Value::Object(fields) = body else {
        return out;
    };
    for (name, value) in fields {
        let mut replaced = |what: String, with: Value| {
            let mut copy = fields.clone();
            copy.insert(name.clone(), with);
            out.push((format!("{what} in {name}"), Value::Object(copy)));
        };
        for (what, hostile) in hostile_values() {
            replaced(what.to_owned(), Value::String(hostile));
        }
        replaced("a list".to_owned(), json!(["x", 1]));
        replaced("null".to_owned(), Value::Null);
        if value.is_number() || value.is_boolean() {
            replaced("a huge number".to_owned(), json!(1e300));
            replaced(
                "a negative number".to_owned(),
                json!(-9_223_372_036_854_775_808_i64),
            );
        }
    }
    out
}

#[tokio::test]
async fn every_api_body_refuses_hostile_values_with_the_error_envelope() {
    let mut app = TestApp::spawn().await;
    let token = token(&mut app).await;
    let event = json!({
        "title": "Interview evening", "venue_address": "Main Street 1",
        "time_zone": "Europe/Berlin", "starts": "2027-03-03T17:00", "ends": "2027-03-03T21:00",
        "languages": "en, de"
    });
    let (status, created) = send(
        &mut app,
        ("POST", "/api/v1/events"),
        &token,
        "application/json",
        event.to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let event_id = serde_json::from_str::<Value>(&created).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let session = json!({
        "title": "Mock interviews", "format": "mock_interview", "starts": "2027-03-03T17:30",
        "ends": "2027-03-03T19:30", "booking_mode": "first_come", "slot_minutes": 30,
        "break_minutes": 0, "max_bookings_per_participant": 1
    });
    let sessions = format!("/api/v1/events/{event_id}/sessions");
    let (status, made) = send(
        &mut app,
        ("POST", &sessions),
        &token,
        "application/json",
        session.to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let session_id = serde_json::from_str::<Value>(&made).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let employer = json!({"name": "Acme Health", "contact_name": "Jo", "contact_email":
        "jo@acme.example", "contact_language": "en"});
    let employers = format!("/api/v1/events/{event_id}/employers");
    let (status, acme) = send(
        &mut app,
        ("POST", &employers),
        &token,
        "application/json",
        employer.to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{acme}");
    let acme_id = serde_json::from_str::<Value>(&acme).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let volunteer = json!({"name": "Dana Roth", "email": "dana@acme.example", "job_title":
        "Recruiter", "language": "en", "languages": "en C2", "expertise": "nursing",
        "availability": "17:30-18:30"});

    let bodies = [
        ("POST", "/api/v1/events".to_owned(), event.clone()),
        ("PUT", format!("/api/v1/events/{event_id}"), event),
        ("POST", sessions, session.clone()),
        ("PUT", format!("/api/v1/sessions/{session_id}"), session),
        ("POST", employers, employer),
        (
            "POST",
            format!("/api/v1/events/{event_id}/employers/{acme_id}/volunteers"),
            volunteer,
        ),
        (
            "POST",
            format!("/api/v1/events/{event_id}/status"),
            json!({"action": "publish"}),
        ),
    ];
    let mut before = fingerprint(&app.db).await;
    for (method, path, valid) in &bodies {
        let mut tries: Vec<(String, &str, Vec<u8>)> = variants(valid)
            .into_iter()
            .map(|(what, body)| (what, "application/json", body.to_string().into_bytes()))
            .collect();
        for (what, content_type, body) in [
            ("broken JSON", "application/json", &b"{\"title\": "[..]),
            ("an empty body", "application/json", b""),
            (
                "a form body",
                "application/x-www-form-urlencoded",
                b"title=x",
            ),
            (
                "invalid UTF-8",
                "application/json",
                b"{\"title\": \"\xff\xfe\"}",
            ),
        ] {
            tries.push((what.to_owned(), content_type, body.to_vec()));
        }
        for (what, content_type, body) in tries {
            let (status, answer) = send(&mut app, (method, path), &token, content_type, body).await;
            assert!(
                status.as_u16() < 500,
                "{method} {path} with {what}: {status} {answer}"
            );
            let after = fingerprint(&app.db).await;
            if status.is_client_error() {
                let envelope: Value = serde_json::from_str(&answer)
                    .unwrap_or_else(|_| panic!("{method} {path} with {what}: {status} {answer}"));
                assert!(
                    envelope["error"]["code"].is_string(),
                    "{method} {path} with {what}: {answer}"
                );
                assert_eq!(
                    before, after,
                    "{method} {path} with {what} was refused but changed data"
                );
            }
            before = after;
        }
    }
}
