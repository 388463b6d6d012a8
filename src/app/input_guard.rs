//! Refuses, before any handler reads it, a request whose query, form or JSON body holds a
//! control character no stored text may hold (NUL, escape, ...; tabs and line breaks are left
//! to each field's own rule). PostgreSQL refuses NUL in text, and such characters break mail
//! headers and files, so this one check keeps every form and API body from answering 500, even
//! a field that forgot its own check. The answer names the field: a form error page, or the
//! JSON error envelope (422, `validation_failed`) under `/api`.

use crate::app::error::{ApiError, AppError};
use crate::domain::fields::FieldError;
use crate::domain::text::has_forbidden_control;
use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The most a form or JSON body may hold (axum's own default limit, plus room for a form's
/// other fields); file uploads are multipart and have limits of their own.
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024 + 64 * 1024;

/// The middleware: passes the request on, its body untouched, or refuses it.
pub async fn refuse_control_characters(request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    if let Some(field) = request.uri().query().and_then(form_field_with_control) {
        return refusal(api, &field);
    }
    let kind = body_kind(&request);
    if kind == BodyKind::Other {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY_BYTES).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let offending = match kind {
        BodyKind::Form => std::str::from_utf8(&bytes)
            .ok()
            .and_then(form_field_with_control),
        BodyKind::Json => serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .and_then(|value| json_field_with_control(&value, "body")),
        BodyKind::Other => None,
    };
    match offending {
        Some(field) => refusal(api, &field),
        None => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Form,
    Json,
    Other,
}

fn body_kind(request: &Request) -> BodyKind {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if content_type.starts_with("application/x-www-form-urlencoded") {
        BodyKind::Form
    } else if content_type.starts_with("application/json") {
        BodyKind::Json
    } else {
        BodyKind::Other
    }
}

/// The first field of a URL-encoded form (or query) whose name or value holds a forbidden
/// control character, once decoded.
fn form_field_with_control(encoded: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(encoded).ok()?;
    pairs
        .into_iter()
        .find(|(name, value)| has_forbidden_control(name) || has_forbidden_control(value))
        .map(|(name, _)| name.chars().filter(|c| !c.is_control()).collect())
}

/// The path of the first string in `value` (a key or a value) that holds a forbidden control
/// character, as `body.name` or `body.items[2]`.
fn json_field_with_control(value: &serde_json::Value, at: &str) -> Option<String> {
    match value {
        serde_json::Value::String(text) => has_forbidden_control(text).then(|| at.to_owned()),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| json_field_with_control(item, &format!("{at}[{i}]"))),
        serde_json::Value::Object(fields) => fields.iter().find_map(|(name, item)| {
            let path = format!(
                "{at}.{}",
                name.chars().filter(|c| !c.is_control()).collect::<String>()
            );
            if has_forbidden_control(name) {
                Some(path)
            } else {
                json_field_with_control(item, &path)
            }
        }),
        _ => None,
    }
}

fn refusal(api: bool, field: &str) -> Response {
    // JSON paths name the field as the API's other errors do: without the `body.` prefix.
    let field = field.strip_prefix("body.").unwrap_or(field);
    let problem = AppError::Validation(vec![FieldError::new(field, "problem-text-control")]);
    if api {
        ApiError(problem).into_response()
    } else {
        problem.into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_decoded_nul_or_escape_is_found_and_line_breaks_are_left_to_the_fields() {
        assert_eq!(
            form_field_with_control("name=Am%00ira&x=1"),
            Some("name".to_owned())
        );
        assert_eq!(
            form_field_with_control("back=%1B%5B2J"),
            Some("back".to_owned())
        );
        assert_eq!(form_field_with_control("note=one%0D%0Atwo&t=%09"), None);
        let body = json!({"name": "ok", "languages": [{"code": "ar\u{0}"}]});
        assert_eq!(
            json_field_with_control(&body, "body"),
            Some("body.languages[0].code".to_owned())
        );
        assert_eq!(json_field_with_control(&json!({"a": "b\nc"}), "body"), None);
    }
}
