//! The whole domain of DESIGN.md in one first migration.
//!
//! Conventions: every table's key is a UUID (`{uuid}`), so URLs never show sequential ids;
//! instants are `BIGINT` milliseconds since the Unix epoch in UTC (exact ordering and arithmetic
//! on both backends; the event's IANA zone is stored beside them); enumerations are `TEXT` with a
//! `CHECK`; capacity rules are constraints, so no code path can overbook.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000001_create_schema"
    }
}

/// Tables in creation order; `down` drops them in reverse.
const TABLES: &[(&str, &str)] = &[
    (
        "programme",
        r#"CREATE TABLE programme (
        id {uuid} PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        default_locale TEXT NOT NULL DEFAULT 'en',
        retention_days INTEGER NOT NULL DEFAULT 90 CHECK (retention_days BETWEEN 1 AND 3650),
        waitlist_offer_hours INTEGER NOT NULL DEFAULT 12 CHECK (waitlist_offer_hours BETWEEN 1 AND 168),
        created_at BIGINT NOT NULL
    )"#,
    ),
    (
        "coordinator",
        r#"CREATE TABLE coordinator (
        id {uuid} PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled BOOLEAN NOT NULL DEFAULT FALSE,
        created_at BIGINT NOT NULL
    )"#,
    ),
    (
        "coordinator_session",
        r#"CREATE TABLE coordinator_session (
        id {uuid} PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        coordinator_id {uuid} NOT NULL REFERENCES coordinator(id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL CHECK (expires_at > created_at)
    )"#,
    ),
    (
        "employer",
        r#"CREATE TABLE employer (
        id {uuid} PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        website TEXT,
        created_at BIGINT NOT NULL
    )"#,
    ),
    (
        "employer_contact",
        r#"CREATE TABLE employer_contact (
        id {uuid} PRIMARY KEY,
        employer_id {uuid} NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        locale TEXT NOT NULL DEFAULT 'en',
        created_at BIGINT NOT NULL,
        UNIQUE (employer_id, email)
    )"#,
    ),
    (
        "volunteer",
        r#"CREATE TABLE volunteer (
        id {uuid} PRIMARY KEY,
        employer_id {uuid} NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        job_title TEXT NOT NULL DEFAULT '',
        locale TEXT NOT NULL DEFAULT 'en',
        withdrawn_at BIGINT,
        created_at BIGINT NOT NULL,
        UNIQUE (employer_id, email)
    )"#,
    ),
    (
        "volunteer_expertise",
        r#"CREATE TABLE volunteer_expertise (
        volunteer_id {uuid} NOT NULL REFERENCES volunteer(id) ON DELETE CASCADE,
        occupation_field TEXT NOT NULL,
        PRIMARY KEY (volunteer_id, occupation_field)
    )"#,
    ),
    (
        "volunteer_language",
        r#"CREATE TABLE volunteer_language (
        volunteer_id {uuid} NOT NULL REFERENCES volunteer(id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('A1','A2','B1','B2','C1','C2')),
        PRIMARY KEY (volunteer_id, language)
    )"#,
    ),
    (
        "event",
        r#"CREATE TABLE event (
        id {uuid} PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft','published','closed','cancelled')),
        time_zone TEXT NOT NULL,
        venue_address TEXT,
        online_url TEXT,
        languages TEXT NOT NULL DEFAULT 'en',
        starts_at BIGINT NOT NULL,
        ends_at BIGINT NOT NULL,
        booking_opens_at BIGINT,
        booking_closes_at BIGINT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        CHECK (ends_at > starts_at),
        CHECK (venue_address IS NOT NULL OR online_url IS NOT NULL),
        CHECK (booking_opens_at IS NULL OR booking_closes_at IS NULL OR booking_closes_at > booking_opens_at)
    )"#,
    ),
    (
        "event_employer",
        r#"CREATE TABLE event_employer (
        event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        employer_id {uuid} NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        invited_at BIGINT NOT NULL,
        PRIMARY KEY (event_id, employer_id)
    )"#,
    ),
    (
        "volunteer_availability",
        r#"CREATE TABLE volunteer_availability (
        id {uuid} PRIMARY KEY,
        volunteer_id {uuid} NOT NULL REFERENCES volunteer(id) ON DELETE CASCADE,
        event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        starts_at BIGINT NOT NULL,
        ends_at BIGINT NOT NULL,
        CHECK (ends_at > starts_at)
    )"#,
    ),
    (
        "session",
        r#"CREATE TABLE session (
        id {uuid} PRIMARY KEY,
        event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        format TEXT NOT NULL
            CHECK (format IN ('mock_interview','speed_networking','placement','group')),
        booking_mode TEXT NOT NULL DEFAULT 'first_come'
            CHECK (booking_mode IN ('first_come','preferences')),
        room TEXT NOT NULL DEFAULT '',
        starts_at BIGINT NOT NULL,
        ends_at BIGINT NOT NULL,
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 1),
        slot_minutes INTEGER CHECK (slot_minutes IS NULL OR slot_minutes BETWEEN 5 AND 480),
        break_minutes INTEGER NOT NULL DEFAULT 0 CHECK (break_minutes BETWEEN 0 AND 240),
        rounds INTEGER CHECK (rounds IS NULL OR rounds BETWEEN 1 AND 100),
        round_minutes INTEGER CHECK (round_minutes IS NULL OR round_minutes BETWEEN 1 AND 240),
        changeover_minutes INTEGER NOT NULL DEFAULT 0 CHECK (changeover_minutes BETWEEN 0 AND 60),
        seats_per_table INTEGER CHECK (seats_per_table IS NULL OR seats_per_table >= 1),
        interview_language TEXT,
        min_language_level TEXT CHECK (min_language_level IS NULL
            OR min_language_level IN ('A1','A2','B1','B2','C1','C2')),
        require_occupation_match BOOLEAN NOT NULL DEFAULT FALSE,
        max_bookings_per_participant INTEGER NOT NULL DEFAULT 1
            CHECK (max_bookings_per_participant BETWEEN 1 AND 20),
        preferences_open_at BIGINT,
        preferences_close_at BIGINT,
        created_at BIGINT NOT NULL,
        CHECK (ends_at > starts_at),
        CHECK (format <> 'mock_interview' OR slot_minutes IS NOT NULL),
        CHECK (format <> 'speed_networking' OR (rounds IS NOT NULL AND round_minutes IS NOT NULL
            AND seats_per_table IS NOT NULL)),
        CHECK (booking_mode <> 'preferences' OR (preferences_open_at IS NOT NULL
            AND preferences_close_at IS NOT NULL AND preferences_close_at > preferences_open_at))
    )"#,
    ),
    (
        "slot",
        r#"CREATE TABLE slot (
        id {uuid} PRIMARY KEY,
        session_id {uuid} NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        volunteer_id {uuid} REFERENCES volunteer(id) ON DELETE SET NULL,
        employer_id {uuid} REFERENCES employer(id) ON DELETE SET NULL,
        label TEXT NOT NULL DEFAULT '',
        starts_at BIGINT NOT NULL,
        ends_at BIGINT NOT NULL,
        capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1),
        booked INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
        created_at BIGINT NOT NULL,
        CHECK (ends_at > starts_at)
    )"#,
    ),
    (
        "networking_table",
        r#"CREATE TABLE networking_table (
        id {uuid} PRIMARY KEY,
        session_id {uuid} NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        employer_id {uuid} REFERENCES employer(id) ON DELETE SET NULL,
        volunteer_id {uuid} REFERENCES volunteer(id) ON DELETE SET NULL,
        label TEXT NOT NULL,
        seats INTEGER NOT NULL CHECK (seats >= 1),
        UNIQUE (session_id, label)
    )"#,
    ),
    (
        "networking_round",
        r#"CREATE TABLE networking_round (
        id {uuid} PRIMARY KEY,
        session_id {uuid} NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        starts_at BIGINT NOT NULL,
        ends_at BIGINT NOT NULL,
        CHECK (ends_at > starts_at),
        UNIQUE (session_id, number)
    )"#,
    ),
    (
        "participant",
        r#"CREATE TABLE participant (
        id {uuid} PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        locale TEXT NOT NULL DEFAULT 'en',
        time_zone TEXT,
        needs TEXT NOT NULL DEFAULT '',
        keep_after_event BOOLEAN NOT NULL DEFAULT FALSE,
        anonymised_at BIGINT,
        created_at BIGINT NOT NULL
    )"#,
    ),
    (
        "participant_occupation",
        r#"CREATE TABLE participant_occupation (
        participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        occupation_field TEXT NOT NULL,
        PRIMARY KEY (participant_id, occupation_field)
    )"#,
    ),
    (
        "participant_language",
        r#"CREATE TABLE participant_language (
        participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('A1','A2','B1','B2','C1','C2')),
        PRIMARY KEY (participant_id, language)
    )"#,
    ),
    (
        "participant_sensitive",
        r#"CREATE TABLE participant_sensitive (
        participant_id {uuid} PRIMARY KEY REFERENCES participant(id) ON DELETE CASCADE,
        residence_status TEXT,
        work_permit TEXT,
        notes TEXT,
        delete_after BIGINT,
        updated_at BIGINT NOT NULL
    )"#,
    ),
    (
        "booking",
        r#"CREATE TABLE booking (
        id {uuid} PRIMARY KEY,
        session_id {uuid} NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        slot_id {uuid} REFERENCES slot(id) ON DELETE CASCADE,
        participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        status TEXT NOT NULL
            CHECK (status IN ('confirmed','waitlisted','offered','cancelled','attended','no_show')),
        calendar_uid TEXT NOT NULL UNIQUE,
        sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        waitlisted_at BIGINT,
        offer_expires_at BIGINT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        CHECK (status <> 'offered' OR offer_expires_at IS NOT NULL)
    )"#,
    ),
    (
        "rotation_assignment",
        r#"CREATE TABLE rotation_assignment (
        round_id {uuid} NOT NULL REFERENCES networking_round(id) ON DELETE CASCADE,
        table_id {uuid} NOT NULL REFERENCES networking_table(id) ON DELETE CASCADE,
        participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        seat INTEGER NOT NULL CHECK (seat >= 1),
        PRIMARY KEY (round_id, participant_id),
        UNIQUE (round_id, table_id, seat)
    )"#,
    ),
    (
        "preference",
        r#"CREATE TABLE preference (
        session_id {uuid} NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        slot_id {uuid} NOT NULL REFERENCES slot(id) ON DELETE CASCADE,
        rank INTEGER NOT NULL CHECK (rank >= 1),
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (session_id, participant_id, rank),
        UNIQUE (session_id, participant_id, slot_id)
    )"#,
    ),
    (
        "allocation_run",
        r#"CREATE TABLE allocation_run (
        id {uuid} PRIMARY KEY,
        session_id {uuid} NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        seed BIGINT NOT NULL,
        status TEXT NOT NULL DEFAULT 'preview' CHECK (status IN ('preview','committed','discarded')),
        created_by {uuid} REFERENCES coordinator(id) ON DELETE SET NULL,
        summary TEXT NOT NULL DEFAULT '{}',
        created_at BIGINT NOT NULL,
        committed_at BIGINT
    )"#,
    ),
    (
        "allocation_result",
        r#"CREATE TABLE allocation_result (
        run_id {uuid} NOT NULL REFERENCES allocation_run(id) ON DELETE CASCADE,
        participant_id {uuid} NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        slot_id {uuid} REFERENCES slot(id) ON DELETE CASCADE,
        granted_rank INTEGER,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (run_id, participant_id)
    )"#,
    ),
    (
        "access_link",
        r#"CREATE TABLE access_link (
        id {uuid} PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        scope TEXT NOT NULL
            CHECK (scope IN ('participant','employer_contact','volunteer','coordinator_reset')),
        event_id {uuid} REFERENCES event(id) ON DELETE CASCADE,
        participant_id {uuid} REFERENCES participant(id) ON DELETE CASCADE,
        employer_contact_id {uuid} REFERENCES employer_contact(id) ON DELETE CASCADE,
        volunteer_id {uuid} REFERENCES volunteer(id) ON DELETE CASCADE,
        coordinator_id {uuid} REFERENCES coordinator(id) ON DELETE CASCADE,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL CHECK (expires_at > created_at),
        revoked_at BIGINT,
        used_at BIGINT,
        CHECK (scope <> 'participant' OR (participant_id IS NOT NULL AND event_id IS NOT NULL)),
        CHECK (scope <> 'employer_contact' OR (employer_contact_id IS NOT NULL AND event_id IS NOT NULL)),
        CHECK (scope <> 'volunteer' OR (volunteer_id IS NOT NULL AND event_id IS NOT NULL)),
        CHECK (scope <> 'coordinator_reset' OR coordinator_id IS NOT NULL)
    )"#,
    ),
    (
        "outbox_message",
        r#"CREATE TABLE outbox_message (
        id {uuid} PRIMARY KEY,
        message_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        to_address TEXT NOT NULL,
        to_name TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL,
        body_text TEXT NOT NULL,
        body_html TEXT NOT NULL,
        calendar_method TEXT CHECK (calendar_method IS NULL OR calendar_method IN ('REQUEST','CANCEL')),
        calendar_ics TEXT,
        participant_id {uuid} REFERENCES participant(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sending','sent','failed')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at BIGINT NOT NULL,
        lease_until BIGINT,
        last_error TEXT,
        created_at BIGINT NOT NULL,
        sent_at BIGINT,
        CHECK ((calendar_method IS NULL) = (calendar_ics IS NULL))
    )"#,
    ),
    (
        "audit_log",
        r#"CREATE TABLE audit_log (
        id {uuid} PRIMARY KEY,
        at BIGINT NOT NULL,
        actor_kind TEXT NOT NULL
            CHECK (actor_kind IN ('coordinator','employer_contact','volunteer','participant','system')),
        actor_id {uuid},
        action TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        subject_id {uuid},
        details TEXT NOT NULL DEFAULT '{}'
    )"#,
    ),
];

/// Indexes, including the partial unique indexes that make double booking impossible.
const INDEXES: &[&str] = &[
    // A participant holds at most one live booking per session (cancelled ones do not count).
    "CREATE UNIQUE INDEX booking_one_live_per_session ON booking (session_id, participant_id)
        WHERE status <> 'cancelled'",
    "CREATE INDEX booking_slot ON booking (slot_id, status)",
    "CREATE INDEX booking_participant ON booking (participant_id)",
    // A volunteer cannot start two slots at the same instant (slots are cut without overlap).
    "CREATE UNIQUE INDEX slot_volunteer_start ON slot (volunteer_id, starts_at)
        WHERE volunteer_id IS NOT NULL",
    "CREATE INDEX slot_session ON slot (session_id, starts_at)",
    "CREATE INDEX session_event ON session (event_id, starts_at)",
    "CREATE INDEX volunteer_employer ON volunteer (employer_id)",
    "CREATE INDEX availability_volunteer ON volunteer_availability (volunteer_id, starts_at)",
    "CREATE INDEX outbox_due ON outbox_message (status, next_attempt_at)",
    "CREATE INDEX outbox_participant ON outbox_message (participant_id)",
    "CREATE INDEX access_link_participant ON access_link (participant_id)",
    "CREATE INDEX coordinator_session_expiry ON coordinator_session (expires_at)",
    "CREATE INDEX audit_log_at ON audit_log (at)",
    "CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id)",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables: Vec<&str> = TABLES.iter().map(|(_, sql)| *sql).collect();
        run_all(manager, &tables).await?;
        run_all(manager, INDEXES).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drops: Vec<String> = TABLES
            .iter()
            .rev()
            .map(|(name, _)| format!("DROP TABLE {name}"))
            .collect();
        let drops: Vec<&str> = drops.iter().map(String::as_str).collect();
        run_all(manager, &drops).await
    }
}
