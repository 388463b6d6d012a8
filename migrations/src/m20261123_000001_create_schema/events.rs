//! Events, their sessions and what can be booked in them.

/// Tables in creation order.
pub const TABLES: &[(&str, &str)] = &[
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
];
