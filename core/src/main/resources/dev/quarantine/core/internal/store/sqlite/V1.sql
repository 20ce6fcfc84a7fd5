-- Quarantine Desk schema, version 1 (SQLite dialect). Dates are TEXT 'YYYY-MM-DD', instants TEXT ISO-8601 UTC
-- with seconds ('2020-02-10T01:00:00Z'), money INTEGER fen, temperatures INTEGER tenths of a degree.
CREATE TABLE policy_version (
    id             TEXT PRIMARY KEY,
    effective_from TEXT NOT NULL UNIQUE,
    document       TEXT NOT NULL,
    added_at       TEXT NOT NULL,
    added_by       TEXT NOT NULL
);

CREATE TABLE person (
    id         INTEGER PRIMARY KEY,
    id_type    TEXT NOT NULL,
    id_number  TEXT NOT NULL,
    name       TEXT NOT NULL,
    phone      TEXT NOT NULL,
    sex        TEXT,
    birth_date TEXT,
    UNIQUE (id_type, id_number)
);
CREATE INDEX person_name_phone ON person (name, phone);

CREATE TABLE hotel (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    address    TEXT,
    rate_fen   INTEGER NOT NULL CHECK (rate_fen >= 0),
    created_at TEXT NOT NULL
);

CREATE TABLE room (
    id       INTEGER PRIMARY KEY,
    hotel_id INTEGER NOT NULL REFERENCES hotel (id),
    number   TEXT NOT NULL,
    position INTEGER NOT NULL,
    state    TEXT NOT NULL,
    UNIQUE (hotel_id, number),
    UNIQUE (hotel_id, position)
);

CREATE TABLE qcase (
    id                   INTEGER PRIMARY KEY,
    case_number          TEXT NOT NULL UNIQUE,
    person_id            INTEGER NOT NULL REFERENCES person (id),
    origin_code          TEXT NOT NULL,
    origin_name          TEXT NOT NULL,
    category             TEXT NOT NULL,
    period_days          INTEGER NOT NULL,
    door_tag             TEXT,
    arrival_date         TEXT NOT NULL,
    eligible_date        TEXT NOT NULL,
    policy_id            TEXT NOT NULL REFERENCES policy_version (id),
    status               TEXT NOT NULL,
    community            TEXT,
    address              TEXT,
    group_renter         INTEGER NOT NULL DEFAULT 0,
    notes                TEXT,
    registered_at        TEXT NOT NULL,
    hotel_id             INTEGER REFERENCES hotel (id),
    room_id              INTEGER REFERENCES room (id),
    admitted_at          TEXT,
    intake_tenths        INTEGER,
    rate_fen             INTEGER,
    commitment_signed_at TEXT,
    released_at          TEXT,
    release_date         TEXT,
    checked_by           TEXT,
    filed_at             TEXT,
    transferred_at       TEXT,
    hospital             TEXT,
    cancelled_at         TEXT,
    cancel_reason        TEXT
);
-- The database, not only the Java code, keeps the rules of SPEC §4–5.
CREATE UNIQUE INDEX qcase_one_per_arrival ON qcase (person_id, arrival_date) WHERE status <> 'CANCELLED';
CREATE UNIQUE INDEX qcase_one_open ON qcase (person_id) WHERE status IN ('REGISTERED', 'ADMITTED');
CREATE UNIQUE INDEX qcase_one_per_room ON qcase (room_id) WHERE status = 'ADMITTED';
CREATE INDEX qcase_status_eligible ON qcase (status, eligible_date);
CREATE INDEX qcase_hotel ON qcase (hotel_id, status);

CREATE TABLE reading (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES qcase (id),
    taken_at    TEXT NOT NULL,
    tenths      INTEGER NOT NULL,
    fever       INTEGER NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX reading_case ON reading (case_id, taken_at);
CREATE INDEX reading_time ON reading (taken_at);

CREATE TABLE fever_alert (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES qcase (id),
    reading_id  INTEGER REFERENCES reading (id),
    opened_at   TEXT NOT NULL,
    reported_at TEXT,
    reported_to TEXT,
    closed_at   TEXT,
    closed_by   TEXT,
    close_note  TEXT
);
CREATE UNIQUE INDEX fever_alert_one_open ON fever_alert (case_id) WHERE closed_at IS NULL;

CREATE TABLE payment (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES qcase (id),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    paid_at     TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

CREATE TABLE violation (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES qcase (id),
    at          TEXT NOT NULL,
    note        TEXT NOT NULL,
    penalty     TEXT,
    recorded_by TEXT NOT NULL
);

CREATE TABLE team_member (
    id       INTEGER PRIMARY KEY,
    hotel_id INTEGER NOT NULL REFERENCES hotel (id),
    block    INTEGER NOT NULL,
    role     TEXT NOT NULL,
    name     TEXT NOT NULL,
    phone    TEXT NOT NULL,
    set_at   TEXT NOT NULL,
    UNIQUE (hotel_id, block, role)
);

CREATE TABLE service_request (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES qcase (id),
    type      TEXT NOT NULL,
    note      TEXT,
    opened_at TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    done_at   TEXT,
    done_by   TEXT
);
CREATE INDEX service_open ON service_request (done_at, opened_at);

CREATE TABLE disinfection (
    id       INTEGER PRIMARY KEY,
    hotel_id INTEGER NOT NULL REFERENCES hotel (id),
    room_id  INTEGER REFERENCES room (id),
    area     TEXT,
    at       TEXT NOT NULL,
    done_by  TEXT NOT NULL
);

CREATE TABLE inspection (
    id       INTEGER PRIMARY KEY,
    hotel_id INTEGER NOT NULL REFERENCES hotel (id),
    at       TEXT NOT NULL,
    done_by  TEXT NOT NULL,
    findings TEXT
);

CREATE TABLE landlord_arrangement (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES qcase (id),
    extend_days INTEGER,
    cash_fen    INTEGER,
    landlord    TEXT,
    at          TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    operator    TEXT NOT NULL,
    command     TEXT NOT NULL,
    case_number TEXT,
    action      TEXT NOT NULL,
    details     TEXT
);
CREATE INDEX audit_case ON audit_log (case_number, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
