//! The programme, its coordinators, employers, volunteers and participants.

/// Tables in creation order.
pub const TABLES: &[(&str, &str)] = &[
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
];
