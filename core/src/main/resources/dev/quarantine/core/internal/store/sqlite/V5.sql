-- Version 5: corrections, and hotels as they really are.
-- Payments become entries of an append-only ledger: a payment (positive), the reversal of a payment recorded in error
-- or a refund to the person (negative), each with its reason; an entry is never changed or deleted, a wrong one is
-- reversed by another. The table is rebuilt (SQLite cannot drop the old "amount > 0" check); ids stay.
CREATE TABLE payment_v5 (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES qcase (id),
    kind        TEXT NOT NULL DEFAULT 'PAYMENT',
    amount_fen  INTEGER NOT NULL,
    reason      TEXT,
    paid_at     TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    CHECK ((kind = 'PAYMENT' AND amount_fen > 0) OR (kind IN ('REVERSAL', 'REFUND') AND amount_fen < 0))
);
INSERT INTO payment_v5 (id, case_id, kind, amount_fen, reason, paid_at, recorded_by)
    SELECT id, case_id, 'PAYMENT', amount_fen, NULL, paid_at, recorded_by FROM payment;
DROP TABLE payment;
ALTER TABLE payment_v5 RENAME TO payment;
CREATE INDEX payment_case ON payment (case_id, id);
CREATE TRIGGER payment_no_update BEFORE UPDATE ON payment
BEGIN
    SELECT RAISE(ABORT, 'payments are append-only: record a reversal');
END;
CREATE TRIGGER payment_no_delete BEFORE DELETE ON payment
BEGIN
    SELECT RAISE(ABORT, 'payments are append-only: record a reversal');
END;

-- A correction of a case as entered ("amend"): one row per field changed, with the value before and after in full and
-- the reason; the audit log carries the same change masked. Fields the correction recomputed (category, days,
-- eligible date, door tag, policy, status, sex, birth date) are rows too. Append-only.
CREATE TABLE amendment (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES qcase (id),
    at        TEXT NOT NULL,
    operator  TEXT NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    derived   INTEGER NOT NULL DEFAULT 0,
    reason    TEXT NOT NULL
);
CREATE INDEX amendment_case ON amendment (case_id, id);
CREATE TRIGGER amendment_no_update BEFORE UPDATE ON amendment
BEGIN
    SELECT RAISE(ABORT, 'amendments are append-only');
END;
CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment
BEGIN
    SELECT RAISE(ABORT, 'amendments are append-only');
END;

-- A hotel's nightly rate from a date on: each night is billed at the rate in force that night. hotel.rate_fen stays the
-- opening rate (in force before the first change). A later row for the same date supersedes an earlier one.
CREATE TABLE hotel_rate (
    id             INTEGER PRIMARY KEY,
    hotel_id       INTEGER NOT NULL REFERENCES hotel (id),
    effective_from TEXT NOT NULL,
    rate_fen       INTEGER NOT NULL CHECK (rate_fen >= 0),
    set_at         TEXT NOT NULL,
    set_by         TEXT NOT NULL
);
CREATE INDEX hotel_rate_hotel ON hotel_rate (hotel_id, effective_from);

-- A room taken out of service (and put back), with the reason, so that a past day's report knows which rooms were out.
CREATE TABLE room_service (
    id             INTEGER PRIMARY KEY,
    room_id        INTEGER NOT NULL REFERENCES room (id),
    out_of_service INTEGER NOT NULL,
    reason         TEXT,
    at             TEXT NOT NULL,
    done_by        TEXT NOT NULL
);
CREATE INDEX room_service_room ON room_service (room_id, at);

-- Rooms added after the hotel (NULL: with it); a hotel closed when its last guest left.
ALTER TABLE room ADD COLUMN added_at TEXT;
ALTER TABLE hotel ADD COLUMN closed_at TEXT;
