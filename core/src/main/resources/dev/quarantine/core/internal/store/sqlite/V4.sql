-- Version 4: offices. A register holds one or more subdistrict offices (街道); every case belongs to the office that
-- registered it, every event to the office it was done for (none for the district's own: hotels, policies). Hotels
-- and rooms are the district's and shared. An existing register becomes the one office it always was, under the
-- letter signature it always printed.
CREATE TABLE office (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    letter_name TEXT NOT NULL,
    phone       TEXT,
    address     TEXT,
    db_role     TEXT UNIQUE,
    created_at  TEXT NOT NULL
);
INSERT INTO office (id, name, letter_name, created_at)
    VALUES (1, '本街道', '街道办事处疫情防控指挥部', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
ALTER TABLE qcase ADD COLUMN office_id INTEGER NOT NULL DEFAULT 1 REFERENCES office (id);
ALTER TABLE audit_log ADD COLUMN office_id INTEGER REFERENCES office (id);
CREATE INDEX qcase_office ON qcase (office_id, status);
