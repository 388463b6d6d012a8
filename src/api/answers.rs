//! The answers every operation of the API can give besides its own, added to the OpenAPI
//! document in one place so it lists each status a client can meet: 401 without a valid token,
//! 404 for a path naming nothing, 422 for a body or query that cannot be used (including
//! control characters, refused before any handler), 503 when a change met another and may be
//! tried again. A conformance test (schemathesis in CI) holds the document to the server.

use utoipa::Modify;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::schema::Ref;
use utoipa::openapi::{Content, OpenApi, RefOr, ResponseBuilder};

/// The modifier that adds the shared answers.
pub struct SharedAnswers;

impl Modify for SharedAnswers {
    fn modify(&self, openapi: &mut OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            let writes = [
                &mut item.post,
                &mut item.put,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in writes.into_iter().flatten() {
                add_shared(operation, true);
            }
            if let Some(operation) = &mut item.get {
                add_shared(operation, false);
            }
        }
    }
}

fn add_shared(operation: &mut Operation, writes: bool) {
    let parameters = operation.parameters.as_deref().unwrap_or_default();
    let in_path = parameters
        .iter()
        .any(|p| matches!(p, RefOr::T(p) if p.parameter_in == ParameterIn::Path));
    let in_query = parameters
        .iter()
        .any(|p| matches!(p, RefOr::T(p) if p.parameter_in == ParameterIn::Query));
    let secured = operation.security.as_ref().is_some_and(|s| !s.is_empty());
    let mut shared = Vec::new();
    if secured {
        shared.push((
            "401",
            "No valid API token (missing, unknown, expired or revoked)",
        ));
    }
    if in_path {
        shared.push(("404", "The path names nothing that exists"));
    }
    if operation.request_body.is_some() || in_query {
        shared.push((
            "422",
            "The body or query cannot be used; each problem is named",
        ));
    }
    if writes {
        shared.push((
            "503",
            "Another change to the same records came first; try again",
        ));
    }
    for (status, description) in shared {
        operation
            .responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| envelope(description));
    }
}

/// An answer with the JSON error envelope.
fn envelope(description: &str) -> RefOr<utoipa::openapi::Response> {
    let schema = RefOr::Ref(Ref::from_schema_name("ErrorEnvelope"));
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content("application/json", Content::new(Some(schema)))
            .build(),
    )
}
