//! The OpenAPI document's `webhooks`: one entry per kind of change, with the headers each
//! delivery carries and its body, so a receiving system can be written from the document alone.

use crate::domain::webhook::WebhookEvent;
use utoipa::Modify;
use utoipa::openapi::path::{OperationBuilder, ParameterBuilder, ParameterIn};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{
    Content, HttpMethod, OpenApi, PathItem, PathsBuilder, Ref, Required, ResponseBuilder,
};

/// The modifier that adds the `webhooks`.
pub struct WebhookPayloads;

/// The schema of `data` for `event`.
fn data_schema(event: WebhookEvent) -> &'static str {
    match event {
        WebhookEvent::ParticipantRegistered => "ParticipantNews",
        WebhookEvent::EventStatusChanged => "EventStatusNews",
        WebhookEvent::AllocationCommitted => "AllocationNews",
        WebhookEvent::BookingCreated
        | WebhookEvent::BookingChanged
        | WebhookEvent::BookingCancelled
        | WebhookEvent::WaitlistOffer
        | WebhookEvent::CheckIn => "BookingNews",
    }
}

fn text(description: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
}

fn uuid(description: &str) -> ObjectBuilder {
    text(description).format(Some(SchemaFormat::KnownFormat(KnownFormat::Uuid)))
}

fn header(name: &str, description: &str) -> utoipa::openapi::path::Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Header)
        .required(Required::True)
        .description(Some(description))
        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
        .build()
}

impl Modify for WebhookPayloads {
    fn modify(&self, openapi: &mut OpenApi) {
        let mut paths = PathsBuilder::new();
        for event in WebhookEvent::ALL {
            let body = ObjectBuilder::new()
                .property("id", uuid("The delivery; the same on every attempt"))
                .property(
                    "type",
                    text("The kind of change").enum_values(Some([event.as_str()])),
                )
                .property(
                    "created_at",
                    text("When the change happened, RFC 3339 UTC")
                        .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime))),
                )
                .property("event_id", uuid("The event it happened at"))
                .property("data", Ref::from_schema_name(data_schema(*event)))
                .required("id")
                .required("type")
                .required("created_at")
                .required("event_id")
                .required("data");
            let operation = OperationBuilder::new()
                .summary(Some(format!("{}: sent when it happens", event.as_str())))
                .description(Some(
                    "Posted to each registered address that asked for it, one at a time in the \
                     order the changes happened; any 2xx answer takes it, anything else (or no \
                     answer in time) is tried again after 10 s, doubling up to an hour, twelve times in all.",
                ))
                .parameter(header("Fairplan-Event", "The kind of change, as `type`"))
                .parameter(header(
                    "Fairplan-Delivery",
                    "The delivery's id: the same on a retry, to ignore a repeat",
                ))
                .parameter(header(
                    "Fairplan-Signature",
                    "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<seconds>.<body>\" keyed with \
                     the address's secret>",
                ))
                .request_body(Some(
                    RequestBodyBuilder::new()
                        .content("application/json", Content::new(Some(body)))
                        .required(Some(Required::True))
                        .build(),
                ))
                .response("200", ResponseBuilder::new().description("Taken (any 2xx)"));
            paths = paths.path(event.as_str(), PathItem::new(HttpMethod::Post, operation));
        }
        openapi.webhooks = Some(paths.build());
    }
}
