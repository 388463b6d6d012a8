//! Bookings, preferences, allocations, access links, the mail outbox and the audit log.

/// Tables in creation order.
pub const TABLES: &[(&str, &str)] = &[
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
pub const INDEXES: &[&str] = &[
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
