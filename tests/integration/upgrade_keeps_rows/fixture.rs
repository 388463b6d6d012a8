//! The rows of a programme in use: written with plain inserts (no entity of today's schema)
//! into the tables of the first migration, and into each table a later migration creates, right
//! after it is created.

use sea_orm::sea_query::{Alias, Query, SimpleExpr};
use sea_orm::{ConnectionTrait, DatabaseConnection, Value};
use uuid::Uuid;

/// Inserts one row: `insert! { db, table { column: value, ... } }`; columns left out take their
/// defaults (NULL for those without one).
macro_rules! insert {
    ($db:expr, $table:ident { $($column:ident : $value:expr),* $(,)? }) => {
        insert_row($db, stringify!($table), vec![$((stringify!($column), Value::from($value))),*])
            .await;
    };
}
pub(super) use insert;

/// Inserts one row of `table`, given as (column, value).
pub async fn insert_row(db: &DatabaseConnection, table: &str, values: Vec<(&str, Value)>) {
    let mut insert = Query::insert();
    insert
        .into_table(Alias::new(table))
        .columns(values.iter().map(|(column, _)| Alias::new(*column)))
        .values_panic(values.into_iter().map(|(_, v)| SimpleExpr::Value(v)));
    if let Err(e) = db.execute(&insert).await {
        panic!("a row of {table}: {e}");
    }
}

/// An id of the fixture, spelled like the UUIDv7s Fairplan makes.
pub const fn id(n: u128) -> Uuid {
    Uuid::from_u128(0x0195_4a3c_9e10_7000_8000_0000_0000_0000 + n)
}

/// When the rows were made: 2026-02-01 09:00 UTC, in milliseconds.
pub const BEFORE: i64 = 1_769_936_400_000;
/// The event day's first hour: 2026-03-10 08:00 UTC (09:00 in Berlin).
pub const DAY: i64 = 1_773_129_600_000;
pub(super) const MIN: i64 = 60_000;
pub(super) const HOUR: i64 = 60 * MIN;
/// Larger than 2^53, so a trip through a floating-point number would change it.
pub const SEED: i64 = 9_007_199_254_740_993;

pub const PROGRAMME: Uuid = id(0x100);
pub(super) const CORA: Uuid = id(0x200);
pub const FORMER: Uuid = id(0x201);
pub(super) const EMPLOYER: Uuid = id(0x300);
pub(super) const BAKERY: Uuid = id(0x301);
pub(super) const CONTACT: Uuid = id(0x310);
pub const JONAS: Uuid = id(0x320);
pub(super) const LEYLA: Uuid = id(0x321);
pub const ZOE: Uuid = id(0x400);
pub const FATIMA: Uuid = id(0x401);
pub(super) const OLEKSANDR: Uuid = id(0x402);
pub(super) const ERASED: Uuid = id(0x403);
pub const EVENT: Uuid = id(0x500);
pub(super) const MOCK: Uuid = id(0x510);
pub(super) const NETWORKING: Uuid = id(0x511);
pub(super) const PLACEMENT: Uuid = id(0x512);
pub(super) const GROUP: Uuid = id(0x513);
pub(super) const MOCK_SLOT: Uuid = id(0x520);
const MOCK_SLOT_2: Uuid = id(0x521);
pub(super) const PLACE_A: Uuid = id(0x522);
pub(super) const PLACE_B: Uuid = id(0x523);
pub(super) const GROUP_SLOT: Uuid = id(0x524);
pub(super) const TABLE: Uuid = id(0x530);
pub(super) const CONFIRMED: Uuid = id(0x600);
pub(super) const OFFERED: Uuid = id(0x602);
pub(super) const CANCELLED: Uuid = id(0x603);
pub const RUN: Uuid = id(0x610);
pub const PENDING_MAIL: Uuid = id(0x630);

/// Rows in every table of the first migration: a programme with its coordinators, employers,
/// volunteers, people with sensitive facts, events in every status, sessions of every format,
/// bookings in every status, links of every scope, mail in every state and audit entries by
/// every kind of actor.
#[rustfmt::skip] // One call per row, its columns wrapped as text is.
pub async fn first(db: &DatabaseConnection) {
    insert! { db, programme { id: PROGRAMME, name: "Brücken in Arbeit – Berlin",
        default_locale: "de", retention_days: 365, waitlist_offer_hours: 24, created_at: BEFORE } }
    insert! { db, coordinator { id: CORA, email: "cora@programme.example",
        display_name: "Cora Ødegård",
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", created_at: BEFORE } }
    insert! { db, coordinator { id: FORMER, email: "former@programme.example", display_name: "Ex",
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdDI$aGFzaDI", disabled: true,
        created_at: BEFORE } }
    insert! { db, coordinator_session { id: id(0x210), token_hash: "9f86d081884c7d65",
        coordinator_id: CORA, csrf_token: "csrf-4b2f", created_at: BEFORE,
        expires_at: BEFORE + 12 * HOUR } }
    insert! { db, employer { id: EMPLOYER, name: "Siemens Mobility",
        website: "https://siemens.example", created_at: BEFORE } }
    insert! { db, employer { id: BAKERY, name: "Bäckerei Ağaoğlu", created_at: BEFORE } }
    insert! { db, employer_contact { id: CONTACT, employer_id: EMPLOYER, name: "Hanna Weiß",
        email: "hanna.weiss@siemens.example", locale: "de", created_at: BEFORE } }
    insert! { db, volunteer { id: JONAS, employer_id: EMPLOYER, name: "Jonas Berg",
        email: "jonas@siemens.example", job_title: "Senior Engineer", created_at: BEFORE } }
    insert! { db, volunteer { id: LEYLA, employer_id: BAKERY, name: "Leyla Demir",
        email: "leyla@baeckerei.example", locale: "tr", withdrawn_at: BEFORE + HOUR,
        created_at: BEFORE } }
    insert! { db, volunteer_expertise { volunteer_id: JONAS, occupation_field: "engineering" } }
    insert! { db, volunteer_expertise { volunteer_id: LEYLA,
        occupation_field: "food_production" } }
    insert! { db, volunteer_language { volunteer_id: JONAS, language: "de", level: "C2" } }
    insert! { db, volunteer_language { volunteer_id: JONAS, language: "en", level: "C1" } }
    insert! { db, volunteer_language { volunteer_id: LEYLA, language: "tr", level: "C2" } }
    insert! { db, participant { id: ZOE, email: "zoe@example.org", name: "Zoë Müller",
        locale: "de", time_zone: "Europe/Berlin", needs: "Rollstuhlgerechter Raum",
        keep_after_event: true, created_at: BEFORE } }
    insert! { db, participant { id: FATIMA, email: "fatima@example.org", name: "فاطمة الزهراء",
        locale: "ar", created_at: BEFORE + 1 } }
    insert! { db, participant { id: OLEKSANDR, email: "oleksandr@example.org",
        name: "Олександр Коваленко", locale: "uk", time_zone: "Europe/Kyiv",
        created_at: BEFORE + 2 } }
    insert! { db, participant { id: ERASED, email: "erased-0403@invalid", name: "",
        anonymised_at: DAY + 30 * 24 * HOUR, created_at: BEFORE + 3 } }
    insert! { db, participant_occupation { participant_id: ZOE, occupation_field: "engineering" } }
    insert! { db, participant_occupation { participant_id: FATIMA, occupation_field: "nursing" } }
    insert! { db, participant_language { participant_id: ZOE, language: "de", level: "B2" } }
    insert! { db, participant_language { participant_id: FATIMA, language: "ar", level: "C2" } }
    insert! { db, participant_language { participant_id: FATIMA, language: "de", level: "A2" } }
    insert! { db, participant_sensitive { participant_id: ZOE,
        residence_status: "Aufenthaltserlaubnis § 18b", work_permit: "yes",
        notes: "Anerkennung läuft", delete_after: DAY + 90 * 24 * HOUR, updated_at: BEFORE } }
    insert! { db, participant_sensitive { participant_id: FATIMA, residence_status: "Duldung",
        work_permit: "with approval", updated_at: BEFORE } }

    insert! { db, event { id: EVENT, slug: "probe-interviews-maerz",
        title: "Probe-Vorstellungsgespräche", description: "Üben mit echten Personaler:innen",
        status: "published", time_zone: "Europe/Berlin",
        venue_address: "Alexanderplatz 1, 10178 Berlin", languages: "de,en,ar", starts_at: DAY,
        ends_at: DAY + 8 * HOUR, booking_opens_at: BEFORE, booking_closes_at: DAY - 24 * HOUR,
        created_at: BEFORE, updated_at: BEFORE + HOUR } }
    for (n, status) in [(1_u8, "draft"), (2, "closed"), (3, "cancelled")] {
        insert! { db, event { id: id(0x500 + u128::from(n)), slug: format!("event-{status}"),
            title: format!("Event {status}"), status: status, time_zone: "UTC",
            online_url: "https://meet.example/fairplan", languages: "en",
            starts_at: DAY + i64::from(n) * 24 * HOUR, ends_at: DAY + 30 * 24 * HOUR,
            created_at: BEFORE, updated_at: BEFORE } }
    }
    insert! { db, event_employer { event_id: EVENT, employer_id: EMPLOYER, invited_at: BEFORE } }
    insert! { db, event_employer { event_id: EVENT, employer_id: BAKERY,
        invited_at: BEFORE + MIN } }
    // Two windows for one volunteer: the migration that registers volunteers takes the earlier.
    insert! { db, volunteer_availability { id: id(0x330), volunteer_id: JONAS, event_id: EVENT,
        starts_at: DAY + 3 * HOUR, ends_at: DAY + 4 * HOUR } }
    insert! { db, volunteer_availability { id: id(0x331), volunteer_id: JONAS, event_id: EVENT,
        starts_at: DAY, ends_at: DAY + 2 * HOUR } }
    insert! { db, session { id: MOCK, event_id: EVENT, title: "Mock interviews: engineering",
        format: "mock_interview", room: "Raum 2.14", starts_at: DAY, ends_at: DAY + 4 * HOUR,
        slot_minutes: 30, break_minutes: 5, interview_language: "de", min_language_level: "B1",
        require_occupation_match: true, created_at: BEFORE } }
    insert! { db, session { id: NETWORKING, event_id: EVENT, title: "Speed networking",
        format: "speed_networking", starts_at: DAY + 4 * HOUR, ends_at: DAY + 5 * HOUR, rounds: 3,
        round_minutes: 10, changeover_minutes: 2, seats_per_table: 4, created_at: BEFORE } }
    insert! { db, session { id: PLACEMENT, event_id: EVENT, title: "Schnupperpraktikum",
        format: "placement", booking_mode: "preferences", starts_at: DAY, ends_at: DAY + 8 * HOUR,
        max_bookings_per_participant: 2, preferences_open_at: BEFORE,
        preferences_close_at: DAY - 48 * HOUR, created_at: BEFORE } }
    insert! { db, session { id: GROUP, event_id: EVENT, title: "Bewerbungsmappe", format: "group",
        room: "Aula", starts_at: DAY + 5 * HOUR, ends_at: DAY + 6 * HOUR, capacity: 20,
        created_at: BEFORE } }
    insert! { db, slot { id: MOCK_SLOT, session_id: MOCK, volunteer_id: JONAS,
        employer_id: EMPLOYER, label: "Jonas Berg · Siemens Mobility", starts_at: DAY,
        ends_at: DAY + 30 * MIN, booked: 1, created_at: BEFORE } }
    insert! { db, slot { id: MOCK_SLOT_2, session_id: MOCK, volunteer_id: JONAS,
        employer_id: EMPLOYER, starts_at: DAY + 35 * MIN, ends_at: DAY + 65 * MIN, booked: 1,
        created_at: BEFORE } }
    insert! { db, slot { id: PLACE_A, session_id: PLACEMENT, employer_id: EMPLOYER,
        label: "Werk Spandau", starts_at: DAY, ends_at: DAY + 8 * HOUR, capacity: 2, booked: 1,
        created_at: BEFORE } }
    insert! { db, slot { id: PLACE_B, session_id: PLACEMENT, employer_id: BAKERY,
        label: "Backstube", starts_at: DAY, ends_at: DAY + 8 * HOUR, created_at: BEFORE } }
    insert! { db, slot { id: GROUP_SLOT, session_id: GROUP, starts_at: DAY + 5 * HOUR,
        ends_at: DAY + 6 * HOUR, capacity: 20, created_at: BEFORE } }
    insert! { db, networking_table { id: TABLE, session_id: NETWORKING, employer_id: EMPLOYER,
        volunteer_id: JONAS, label: "Tisch A", seats: 4 } }
    insert! { db, networking_round { id: id(0x540), session_id: NETWORKING, number: 1,
        starts_at: DAY + 4 * HOUR, ends_at: DAY + 4 * HOUR + 10 * MIN } }
    insert! { db, networking_round { id: id(0x541), session_id: NETWORKING, number: 2,
        starts_at: DAY + 4 * HOUR + 12 * MIN, ends_at: DAY + 4 * HOUR + 22 * MIN } }

    // A booking in every status the schema allows.
    let bookings = [
        (CONFIRMED, MOCK, Some(MOCK_SLOT), ZOE, "confirmed"),
        (id(0x601), MOCK, None, FATIMA, "waitlisted"),
        (OFFERED, MOCK, Some(MOCK_SLOT_2), OLEKSANDR, "offered"),
        (CANCELLED, GROUP, Some(GROUP_SLOT), ZOE, "cancelled"),
        (id(0x604), PLACEMENT, Some(PLACE_A), FATIMA, "attended"),
        (id(0x605), GROUP, Some(GROUP_SLOT), OLEKSANDR, "no_show"),
    ];
    for (n, (id, session, slot, person, status)) in (0_i64..).zip(bookings) {
        insert! { db, booking { id: id, session_id: session, slot_id: slot, participant_id: person,
            status: status, calendar_uid: format!("{}@fairplan.test", id.simple()),
            sequence: n % 3, waitlisted_at: (status == "waitlisted").then_some(BEFORE + HOUR),
            offer_expires_at: (status == "offered").then_some(DAY - 12 * HOUR),
            created_at: BEFORE + n * MIN, updated_at: BEFORE + HOUR + n * MIN } }
    }
    insert! { db, rotation_assignment { round_id: id(0x540), table_id: TABLE, participant_id: ZOE,
        seat: 1 } }
    insert! { db, rotation_assignment { round_id: id(0x541), table_id: TABLE,
        participant_id: OLEKSANDR, seat: 2 } }
    insert! { db, preference { session_id: PLACEMENT, participant_id: FATIMA, slot_id: PLACE_A,
        rank: 1, updated_at: BEFORE } }
    insert! { db, preference { session_id: PLACEMENT, participant_id: FATIMA, slot_id: PLACE_B,
        rank: 2, updated_at: BEFORE } }
    insert! { db, preference { session_id: PLACEMENT, participant_id: ZOE, slot_id: PLACE_B,
        rank: 1, updated_at: BEFORE } }
    insert! { db, allocation_run { id: RUN, session_id: PLACEMENT, seed: SEED, status: "committed",
        created_by: CORA, summary: r#"{"placed":1,"note":"Zoë: kein Platz"}"#,
        created_at: DAY - 47 * HOUR, committed_at: DAY - 46 * HOUR } }
    insert! { db, allocation_run { id: id(0x611), session_id: PLACEMENT, seed: -42_i64,
        created_at: DAY - 48 * HOUR } }
    insert! { db, allocation_run { id: id(0x612), session_id: PLACEMENT, seed: 7_i64,
        status: "discarded", created_by: FORMER, created_at: DAY - 49 * HOUR } }
    insert! { db, allocation_result { run_id: RUN, participant_id: FATIMA, slot_id: PLACE_A,
        granted_rank: 1 } }
    insert! { db, allocation_result { run_id: RUN, participant_id: ZOE,
        reason: "allocation.full" } }

    let links = [
        ("participant", Some(EVENT), Some(ZOE), None, None, None),
        (
            "employer_contact",
            Some(EVENT),
            None,
            Some(CONTACT),
            None,
            None,
        ),
        ("volunteer", Some(EVENT), None, None, Some(JONAS), None),
        ("coordinator_reset", None, None, None, None, Some(CORA)),
    ];
    for (n, (scope, event, person, contact, volunteer, coordinator)) in (0_u8..).zip(links) {
        insert! { db, access_link { id: id(0x620 + u128::from(n)),
            token_hash: format!("sha256-link-{n}"), scope: scope, event_id: event,
            participant_id: person, employer_contact_id: contact, volunteer_id: volunteer,
            coordinator_id: coordinator, created_at: BEFORE, expires_at: DAY + 24 * HOUR,
            revoked_at: (n == 2).then_some(BEFORE + HOUR),
            used_at: (n == 3).then_some(BEFORE + MIN) } }
    }

    // Mail in every state: still due, being sent, sent and failed for good.
    let ics = |method: &str| format!("BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nEND:VCALENDAR\r\n");
    insert! { db, outbox_message { id: PENDING_MAIL, message_id: "<m-0630@fairplan.test>",
        kind: "booking_confirmed", to_address: "zoe@example.org", to_name: "Zoë Müller",
        subject: "Ihr Termin am 10. März", body_text: "http://fairplan.test/p/pending-link",
        body_html: "<a href=\"http://fairplan.test/p/pending-link\">Termin</a>",
        calendar_method: "REQUEST", calendar_ics: ics("REQUEST"), participant_id: ZOE,
        next_attempt_at: BEFORE, created_at: BEFORE } }
    insert! { db, outbox_message { id: id(0x631), message_id: "<m-0631@fairplan.test>",
        kind: "waitlist_offer", to_address: "oleksandr@example.org", to_name: "Олександр",
        subject: "Ein Platz ist frei", body_text: "http://fairplan.test/p/offer-link",
        body_html: "<p>offer</p>", participant_id: OLEKSANDR, status: "sending", attempts: 1,
        next_attempt_at: BEFORE + MIN, lease_until: BEFORE + 2 * MIN, created_at: BEFORE } }
    insert! { db, outbox_message { id: id(0x632), message_id: "<m-0632@fairplan.test>",
        kind: "booking_cancelled", to_address: "zoe@example.org", subject: "Abgesagt",
        body_text: "http://fairplan.test/p/sent-link", body_html: "<p>sent</p>",
        calendar_method: "CANCEL", calendar_ics: ics("CANCEL"), participant_id: ZOE,
        status: "sent", attempts: 1, next_attempt_at: BEFORE, created_at: BEFORE,
        sent_at: BEFORE + 5 * MIN } }
    insert! { db, outbox_message { id: id(0x633), message_id: "<m-0633@fairplan.test>",
        kind: "participant_invitation", to_address: "fatima@example.org", to_name: "فاطمة",
        subject: "Einladung", body_text: "http://fairplan.test/p/failed-link",
        body_html: "<p>failed</p>", participant_id: FATIMA, status: "failed", attempts: 8,
        next_attempt_at: BEFORE + 6 * HOUR, last_error: "550 5.1.1 mailbox unavailable",
        created_at: BEFORE } }

    let audit = [
        (
            "coordinator",
            Some(CORA),
            "booking.cancel",
            "booking",
            Some(CANCELLED),
            r#"{"reason":"krank"}"#,
        ),
        (
            "employer_contact",
            Some(CONTACT),
            "volunteer.register",
            "volunteer",
            Some(JONAS),
            "{}",
        ),
        (
            "volunteer",
            Some(JONAS),
            "availability.set",
            "event",
            Some(EVENT),
            "{}",
        ),
        (
            "participant",
            Some(ZOE),
            "booking.create",
            "booking",
            Some(CONFIRMED),
            "{}",
        ),
        (
            "system",
            None,
            "retention.anonymise",
            "participant",
            Some(ERASED),
            r#"{"days":365}"#,
        ),
    ];
    for (n, (actor_kind, actor, action, subject_kind, subject, details)) in (0_u8..).zip(audit) {
        insert! { db, audit_log { id: id(0x640 + u128::from(n)), at: BEFORE + i64::from(n) * MIN,
            actor_kind: actor_kind, actor_id: actor, action: action, subject_kind: subject_kind,
            subject_id: subject, details: details } }
    }
}
