//! Rows for each table a later migration creates, written right after it is created.

use super::fixture::*;
use sea_orm::{DatabaseConnection, Value};

/// Rows for the tables `migration` creates (none for those that create no table, or fill it).
#[rustfmt::skip]
pub async fn after(db: &DatabaseConnection, migration: &str) {
    match migration {
        "m20261123_000003_calendar_feed" => {
            insert! { db, calendar_feed { id: id(0x700), token_hash: "feed-zoe",
                participant_id: ZOE, created_at: BEFORE } }
            insert! { db, calendar_feed { id: id(0x701), token_hash: "feed-jonas",
                volunteer_id: JONAS, created_at: BEFORE, revoked_at: BEFORE + HOUR } }
        }
        "m20261123_000004_event_participant" => {
            for (n, person) in (0_i64..).zip([ZOE, FATIMA, OLEKSANDR]) {
                insert! { db, event_participant { event_id: EVENT, participant_id: person,
                    added_at: BEFORE + n, invited_at: (n < 2).then_some(BEFORE + HOUR) } }
            }
            insert! { db, event_participant { event_id: id(0x502), participant_id: ERASED,
                added_at: BEFORE } }
        }
        "m20261123_000005_login_attempt" => {
            insert! { db, login_attempt { id: id(0x710), email: "cora@programme.example",
                at: BEFORE } }
        }
        "m20261123_000007_api_token" => {
            insert! { db, api_token { id: id(0x720), coordinator_id: CORA,
                name: "Nächtlicher Export", token_hash: "api-hash", created_at: BEFORE,
                expires_at: DAY, last_used_at: BEFORE + HOUR } }
        }
        "m20261123_000008_reminder_sent" => {
            insert! { db, reminder_sent { recipient: format!("booking:{CONFIRMED}"),
                hours_before: 24, sent_at: DAY - 24 * HOUR } }
            insert! { db, reminder_sent { recipient: format!("volunteer:{JONAS}:{EVENT}"),
                hours_before: 2, sent_at: DAY - 2 * HOUR } }
        }
        "m20261123_000009_link_failure" => {
            insert! { db, link_failure { id: id(0x730), client: "203.0.113.7", at: BEFORE } }
        }
        "m20261123_000011_allocation_places" => {
            // One run may now give one person several places.
            insert! { db, allocation_result { id: id(0x740), run_id: RUN, participant_id: FATIMA,
                slot_id: PLACE_A, granted_rank: 1 } }
            insert! { db, allocation_result { id: id(0x741), run_id: RUN, participant_id: FATIMA,
                slot_id: PLACE_B, granted_rank: 2 } }
            insert! { db, allocation_result { id: id(0x742), run_id: RUN, participant_id: ZOE,
                reason: "allocation.full" } }
        }
        "m20261123_000012_networking_wish" => {
            insert! { db, networking_wish { session_id: NETWORKING, participant_id: ZOE,
                table_id: TABLE, created_at: BEFORE } }
        }
        "m20261123_000013_check_in" => {
            insert! { db, standby { id: id(0x750), event_id: EVENT, participant_id: FATIMA,
                reason: "walk_in", note: "kam ohne Termin", joined_at: DAY + HOUR } }
            insert! { db, standby { id: id(0x751), event_id: EVENT, participant_id: OLEKSANDR,
                reason: "interviewer_absent", joined_at: DAY + 40 * MIN, booking_id: OFFERED,
                left_at: DAY + HOUR } }
        }
        "m20261123_000014_feedback" => {
            insert! { db, feedback_request { booking_id: CONFIRMED, requested_at: DAY + HOUR } }
            insert! { db, feedback { booking_id: CONFIRMED, volunteer_id: JONAS, preparation: 3,
                presentation: 4, professional_depth: 2, communication: 4,
                strengths: "Klare Beispiele; sehr gut vorbereitet",
                next_steps: "Gehaltsgespräch üben – تدرب على التفاوض",
                submitted_at: DAY + 2 * HOUR } }
        }
        "m20261123_000015_outcomes_and_survey" => {
            insert! { db, outcome { id: id(0x760), participant_id: FATIMA, event_id: EVENT,
                kind: "job_offer", employer_id: EMPLOYER, employer_name: "Siemens Mobility",
                happened_on: "2026-04-15", note: "Unbefristet", recorded_by: CORA,
                created_at: DAY + 40 * 24 * HOUR } }
            insert! { db, outcome { id: id(0x761), participant_id: ZOE, kind: "training",
                employer_name: "Volkshochschule Neukölln", happened_on: "2026-05-01",
                created_at: DAY } }
            for person in [ZOE, FATIMA] {
                insert! { db, survey_sent { event_id: EVENT, participant_id: person,
                    sent_at: DAY + 24 * HOUR } }
            }
            insert! { db, survey_response { event_id: EVENT, participant_id: FATIMA,
                useful: "very", plans: "Bewerbungen schreiben", comment: "شكراً جزيلاً",
                submitted_at: DAY + 25 * HOUR } }
        }
        "m20261206_000018_job_run" => {
            insert! { db, job_run { name: "reminders", due_at: DAY, started_at: DAY - MIN,
                finished_at: DAY - MIN + 412, duration_ms: 412_i64 } }
            insert! { db, job_run { name: "retention", due_at: DAY + HOUR, started_at: DAY,
                last_error: "database is locked" } }
        }
        "m20261207_000020_placement_detail" => {
            insert! { db, placement_detail { slot_id: PLACE_A,
                address: "Nonnendammallee 101, 13629 Berlin", contact: "Frau Weiß, 030 1234567",
                instructions: "Sicherheitsschuhe mitbringen" } }
        }
        "m20261208_000023_translated_text" => {
            insert! { db, translated_text { owner_id: EVENT, field: "event_title", locale: "ar",
                event_id: EVENT, body: "أمسية المهن" } }
            insert! { db, translated_text { owner_id: MOCK, field: "what_to_bring", locale: "uk",
                event_id: EVENT, body: "Резюме, двічі надруковане\nі паспорт" } }
        }
        "m20261208_000024_webhooks" => {
            insert! { db, webhook_endpoint { id: id(0x900), url: "https://crm.example.org/in",
                secret: "whsec_fixture", events: "booking.created,check_in",
                created_at: BEFORE, disabled_at: BEFORE + HOUR } }
            insert! { db, webhook_delivery { id: id(0x901), endpoint_id: id(0x900),
                event_type: "check_in", payload: "{\"type\":\"check_in\"}", status: "failed",
                attempts: 8, next_attempt_at: DAY, claimed_until: DAY + MIN, last_status: 503,
                last_error: "the endpoint answered 503", created_at: BEFORE, sent_at: DAY } }
        }
        "m20261209_000025_sign_up" => {
            insert! { db, sign_up_form { event_id: EVENT, participants_open: true,
                whole_event: false, phone_allowed: true, approval: true, employers_open: false,
                updated_at: BEFORE } }
            insert! { db, sign_up_session { session_id: MOCK, event_id: EVENT } }
            insert! { db, sign_up_question { id: id(0x910), event_id: EVENT, position: 1_i32,
                kind: "choice", label: "Welche Schicht?", choices: "Früh\nSpät",
                required: true } }
            insert! { db, sign_up { id: id(0x911), event_id: EVENT, kind: "participant",
                state: "unconfirmed", address: "neu@example.org", name: "Nour Saleh",
                locale: "ar", details: "{\"name\":\"Nour Saleh\"}", token_hash: "sign-up-hash",
                expires_at: DAY, created_at: BEFORE } }
            insert! { db, sign_up { id: id(0x912), event_id: EVENT, kind: "employer",
                state: "awaiting_approval", address: "hr@bakery.example", phone: "+49 30 1234",
                name: "Ida Brot",
                locale: "de", details: "{}", created_at: BEFORE, confirmed_at: BEFORE + MIN } }
            insert! { db, sign_up_answer { participant_id: ZOE, question_id: id(0x910),
                event_id: EVENT, answer: "Früh" } }
            insert! { db, sign_up_attempt { id: id(0x913), key_hash: "client-hash",
                at: BEFORE } }
        }
        _ => {}
    }
}
