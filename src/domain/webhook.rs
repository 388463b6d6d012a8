//! Webhooks, the pure part: which changes other systems can hear of, how a delivery is signed
//! (HMAC-SHA256 over the timestamp and the body, as Stripe and GitHub do), when a failed one is
//! tried again, and what an endpoint's address may be.

use super::text_enum::text_enum;
use crate::domain::fields::FieldError;
use hmac::{Hmac, Mac};
use sha2::Sha256;

text_enum! {
    /// A kind of change an endpoint can subscribe to (stored and sent as its text).
    pub enum WebhookEvent, refused as UnknownWebhookEvent ("a webhook event") {
        /// Someone was put on an event's list.
        ParticipantRegistered = "participant.registered",
        /// A booking was made: a place, a place on a waiting list, a place allocated.
        BookingCreated = "booking.created",
        /// A booking moved, was retimed, or its state changed (no-show, arrival taken back).
        BookingChanged = "booking.changed",
        /// A booking was cancelled or a waiting-list place left.
        BookingCancelled = "booking.cancelled",
        /// A freed place is held for someone from the waiting list.
        WaitlistOffer = "waitlist.offer",
        /// Someone arrived (checked in at the door, or late).
        CheckIn = "check_in",
        /// An event was published, closed, reopened or cancelled.
        EventStatusChanged = "event.status_changed",
        /// An allocation of ranked choices was committed.
        AllocationCommitted = "allocation.committed",
    }
}

impl WebhookEvent {
    /// What an audited booking change (its audit action) announces, if anything.
    pub fn of_booking_action(action: &str) -> Option<Self> {
        Some(match action {
            "booking.booked"
            | "booking.booked_for"
            | "booking.allocated"
            | "booking.from_standby"
            | "booking.waitlisted" => Self::BookingCreated,
            "booking.moved"
            | "booking.moved_place"
            | "booking.retimed"
            | "booking.relocated"
            | "booking.placement_changed"
            | "booking.offer_accepted"
            | "booking.offer_withdrawn"
            | "booking.interviewer_absent"
            | "booking.no_show"
            | "booking.arrival_undone" => Self::BookingChanged,
            "booking.cancelled"
            | "booking.cancelled_for"
            | "booking.event_cancelled"
            | "booking.waitlisted_unavailable"
            | "booking.offer_expired"
            | "booking.erased"
            | "booking.waitlist_left" => Self::BookingCancelled,
            "booking.offered" => Self::WaitlistOffer,
            "booking.arrived" | "booking.came_late" => Self::CheckIn,
            _ => return None,
        })
    }

    /// The id of the text naming it for coordinators.
    pub fn text_id(self) -> String {
        format!("webhook-event-{}", self.as_str().replace(['.', '_'], "-"))
    }
}

/// The events an endpoint subscribes to, as stored (comma-separated texts).
pub fn parse_events(stored: &str) -> Vec<WebhookEvent> {
    stored
        .split(',')
        .filter_map(|text| text.trim().parse().ok())
        .collect()
}

/// The `Fairplan-Signature` header of `body` sent at `unix_seconds`: `t=<seconds>,v1=<hex of
/// HMAC-SHA256(secret, "<seconds>.<body>")>`. The receiver recomputes it and refuses a
/// signature that differs, or a timestamp too old (a replay).
pub fn signature(secret: &str, unix_seconds: i64, body: &str) -> String {
    format!(
        "t={unix_seconds},v1={}",
        hex(&mac(secret, unix_seconds, body))
    )
}

/// Whether `header` is a valid signature of `body` with `secret` (for the tests and as the
/// reference for receivers), compared in constant time.
pub fn verify(secret: &str, header: &str, body: &str) -> bool {
    let mut seconds = None;
    let mut given = None;
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", value)) => seconds = value.parse::<i64>().ok(),
            Some(("v1", value)) => given = unhex(value),
            _ => {}
        }
    }
    let (Some(seconds), Some(given)) = (seconds, given) else {
        return false;
    };
    let mut check = keyed(secret);
    check.update(format!("{seconds}.{body}").as_bytes());
    check.verify_slice(&given).is_ok()
}

fn keyed(secret: &str) -> Hmac<Sha256> {
    // HMAC takes a key of any length, so this cannot fail.
    <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts every key length"))
}

fn mac(secret: &str, unix_seconds: i64, body: &str) -> Vec<u8> {
    let mut mac = keyed(secret);
    mac.update(format!("{unix_seconds}.{body}").as_bytes());
    mac.finalize().into_bytes().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// How many times a delivery is tried before it is given up (and the endpoint's next one is
/// sent): about three and a half hours of trying in all.
pub const MAX_ATTEMPTS: i32 = 12;

/// The longest wait between two attempts: an hour.
const LONGEST_WAIT_MS: i64 = 3_600_000;

/// How long after failed attempt number `attempts` (from 1) the next one is due: 10 s, doubling
/// each time, at most an hour.
pub fn retry_after_ms(attempts: i32) -> i64 {
    (10_000_i64 << (attempts.clamp(1, 20) - 1)).min(LONGEST_WAIT_MS)
}

/// The longest address an endpoint may have.
pub const MAX_URL: usize = 2_000;

/// `url` if it is an address a delivery can be posted to: `https://`, or `http://` (for a
/// receiver on the same host or network), with a host, one line, at most [`MAX_URL`].
pub fn check_url(url: &str) -> Result<String, FieldError> {
    let url = url.trim();
    let refuse = || FieldError::new("url", "problem-webhook-url");
    if url.is_empty() || url.chars().count() > MAX_URL || url.chars().any(char::is_control) {
        return Err(refuse());
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(refuse)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || host.contains(char::is_whitespace) || url.contains(char::is_whitespace) {
        return Err(refuse());
    }
    Ok(url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_signature_is_stripe_s_scheme_and_checks_back() {
        // HMAC-SHA256("whsec_test", "1700000000.{}"), computed with Python's hmac module.
        let header = signature("whsec_test", 1_700_000_000, "{}");
        assert_eq!(
            header,
            "t=1700000000,v1=35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91"
        );
        assert!(verify("whsec_test", &header, "{}"));
        assert!(!verify("whsec_other", &header, "{}"));
        assert!(!verify("whsec_test", &header, "{ }"));
        assert!(!verify("whsec_test", "t=1700000001,v1=00", "{}"));
        assert!(!verify("whsec_test", "garbage", "{}"));
    }

    #[test]
    fn audited_booking_changes_map_to_the_events_other_systems_hear_of() {
        assert_eq!(
            WebhookEvent::of_booking_action("booking.booked_for"),
            Some(WebhookEvent::BookingCreated)
        );
        assert_eq!(
            WebhookEvent::of_booking_action("booking.arrived"),
            Some(WebhookEvent::CheckIn)
        );
        assert_eq!(
            WebhookEvent::of_booking_action("booking.offered"),
            Some(WebhookEvent::WaitlistOffer)
        );
        assert_eq!(WebhookEvent::of_booking_action("booking.ics"), None);
        for event in WebhookEvent::ALL {
            assert_eq!(event.as_str().parse::<WebhookEvent>(), Ok(*event));
        }
        assert_eq!(
            parse_events("booking.created, check_in,nonsense"),
            vec![WebhookEvent::BookingCreated, WebhookEvent::CheckIn]
        );
    }

    #[test]
    fn retries_back_off_from_ten_seconds() {
        // The waits between the attempts: one fewer than the attempts.
        let waits: Vec<i64> = (1..MAX_ATTEMPTS).map(retry_after_ms).collect();
        assert_eq!(waits[0], 10_000);
        assert_eq!(waits[1], 20_000);
        assert_eq!(waits[7], 1_280_000);
        assert_eq!(waits[9], 3_600_000, "at most an hour");
        // 10 s + 20 s + ... + 2,560 s + 1 h + 1 h: about three and a half hours in all.
        assert_eq!(waits.iter().sum::<i64>(), 12_310_000);
        assert_eq!(retry_after_ms(0), 10_000);
        assert_eq!(retry_after_ms(99), 3_600_000);
    }

    #[test]
    fn an_endpoint_is_an_http_address_with_a_host() {
        assert!(check_url(" https://crm.example.org/hooks/fairplan ").is_ok());
        assert!(check_url("http://127.0.0.1:9000/in").is_ok());
        for bad in [
            "",
            "ftp://x.example",
            "https://",
            "https:///path",
            "https://a b.example",
            "https://x.example/\r\nHost: evil",
            "javascript:alert(1)",
        ] {
            assert!(check_url(bad).is_err(), "{bad:?}");
        }
        assert!(check_url(&format!("https://x.example/{}", "a".repeat(MAX_URL))).is_err());
    }

    proptest! {
        #[test]
        fn any_body_signed_verifies_and_any_change_to_it_does_not(
            body in ".{0,200}", extra in "[a-z]{1,5}", seconds in 0i64..4_000_000_000,
        ) {
            let header = signature("whsec_k", seconds, &body);
            prop_assert!(verify("whsec_k", &header, &body));
            let changed = format!("{body}{extra}");
            prop_assert!(!verify("whsec_k", &header, &changed));
        }
    }
}
