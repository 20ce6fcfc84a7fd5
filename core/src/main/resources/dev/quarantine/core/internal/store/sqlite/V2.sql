-- Version 2: the person's identity moves into the case row with integer keys, so that a roster import writes one
-- row per person and the uniqueness rules use small integer indexes; case numbers are derived from the id
-- (Q000012 is case 12), origin names are kept once per origin; the audit log refers to cases by id and can name a range of cases (one event per import
-- batch). Foreign keys are off while this runs (the table is rebuilt) and checked afterwards.
CREATE TABLE origin (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO origin (code, name) SELECT origin_code, MAX(origin_name) FROM qcase GROUP BY origin_code;

CREATE TABLE qcase_v2 (
    id                   INTEGER PRIMARY KEY,
    person_key           INTEGER,
    id_type              TEXT NOT NULL,
    id_number            TEXT NOT NULL,
    name                 TEXT NOT NULL,
    phone                TEXT NOT NULL,
    phone_key            INTEGER NOT NULL,
    sex                  TEXT,
    birth_date           TEXT,
    origin_code          TEXT NOT NULL,
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
INSERT INTO qcase_v2 (id, person_key, id_type, id_number, name, phone, phone_key, sex, birth_date, origin_code,
                      category, period_days, door_tag, arrival_date, eligible_date, policy_id, status,
                      community, address, group_renter, notes, registered_at, hotel_id, room_id, admitted_at,
                      intake_tenths, rate_fen, commitment_signed_at, released_at, release_date, checked_by, filed_at,
                      transferred_at, hospital, cancelled_at, cancel_reason)
SELECT c.id,
       CASE WHEN p.id_type = 'RESIDENT' THEN CAST(substr(p.id_number, 1, 17) AS INTEGER) END,
       p.id_type, p.id_number, p.name, p.phone, CAST(replace(p.phone, '-', '') AS INTEGER), p.sex, p.birth_date,
       c.origin_code, c.category, c.period_days, c.door_tag, c.arrival_date, c.eligible_date,
       c.policy_id, c.status, c.community, c.address, c.group_renter, c.notes, c.registered_at, c.hotel_id,
       c.room_id, c.admitted_at, c.intake_tenths, c.rate_fen, c.commitment_signed_at, c.released_at, c.release_date,
       c.checked_by, c.filed_at, c.transferred_at, c.hospital, c.cancelled_at, c.cancel_reason
FROM qcase c JOIN person p ON p.id = c.person_id;
DROP TABLE qcase;
DROP TABLE person;
ALTER TABLE qcase_v2 RENAME TO qcase;
CREATE UNIQUE INDEX qcase_person_arrival ON qcase (person_key, arrival_date)
    WHERE person_key IS NOT NULL AND status <> 'CANCELLED';
CREATE UNIQUE INDEX qcase_person_open ON qcase (person_key)
    WHERE person_key IS NOT NULL AND status IN ('REGISTERED', 'ADMITTED');
CREATE UNIQUE INDEX qcase_document_arrival ON qcase (id_type, id_number, arrival_date)
    WHERE person_key IS NULL AND status <> 'CANCELLED';
CREATE UNIQUE INDEX qcase_document_open ON qcase (id_type, id_number)
    WHERE person_key IS NULL AND status IN ('REGISTERED', 'ADMITTED');
CREATE UNIQUE INDEX qcase_one_per_room ON qcase (room_id) WHERE status = 'ADMITTED';
CREATE INDEX qcase_open_eligible ON qcase (eligible_date) WHERE status IN ('REGISTERED', 'ADMITTED');
CREATE INDEX qcase_status_category ON qcase (status, category);
CREATE INDEX qcase_phone ON qcase (phone_key);
CREATE INDEX qcase_registered ON qcase (registered_at);
CREATE INDEX qcase_admitted ON qcase (admitted_at) WHERE admitted_at IS NOT NULL;
CREATE INDEX qcase_hotel ON qcase (hotel_id, status) WHERE hotel_id IS NOT NULL;

DROP TRIGGER audit_log_no_update;
ALTER TABLE audit_log ADD COLUMN case_id INTEGER;
ALTER TABLE audit_log ADD COLUMN case_id_last INTEGER;
UPDATE audit_log SET case_id = CAST(substr(case_number, 2) AS INTEGER) WHERE case_number IS NOT NULL;
DROP INDEX audit_case;
CREATE INDEX audit_case ON audit_log (case_id) WHERE case_id_last IS NULL;
CREATE INDEX audit_case_range ON audit_log (case_id, case_id_last) WHERE case_id_last IS NOT NULL;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

-- Planner statistics for a register of a million cases, fixed once: without them SQLite prefers the status index to
-- the partial due-date index and reads every open case; a real ANALYZE after each import would cost 0.3 s per
-- million cases. ANALYZE run by hand replaces them with measured ones.
ANALYZE sqlite_schema;
DELETE FROM sqlite_stat1;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('qcase', NULL, '1000000'),
    ('qcase', 'qcase_person_arrival', '950000 1 1'),
    ('qcase', 'qcase_person_open', '800000 1'),
    ('qcase', 'qcase_document_arrival', '50000 1 1 1'),
    ('qcase', 'qcase_document_open', '40000 1 1'),
    ('qcase', 'qcase_one_per_room', '2000 1'),
    ('qcase', 'qcase_open_eligible', '800000 25000'),
    ('qcase', 'qcase_status_category', '1000000 300000 150000'),
    ('qcase', 'qcase_phone', '1000000 1'),
    ('qcase', 'qcase_registered', '1000000 100'),
    ('qcase', 'qcase_admitted', '2000 1'),
    ('qcase', 'qcase_hotel', '2000 2000 700');
