-- Version 3: a clerk finds a case by the person's name (list --name, find); a report for a past day rebuilds the state
-- at that day's end from when cases closed and rooms were left and disinfected. Imports pay for none of these: the
-- name index grows at the end of each name's run, the others hold only closed or admitted cases. The header's
-- application id (set in code after this script) marks the file as a Quarantine Desk database.
CREATE INDEX qcase_name ON qcase (name);
CREATE INDEX qcase_closed ON qcase (COALESCE(released_at, transferred_at, cancelled_at))
    WHERE status IN ('RELEASED', 'TRANSFERRED', 'CANCELLED');
CREATE INDEX qcase_room ON qcase (room_id) WHERE room_id IS NOT NULL;
CREATE INDEX disinfection_room ON disinfection (room_id, at) WHERE room_id IS NOT NULL;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('qcase', 'qcase_name', '1000000 4'),
    ('qcase', 'qcase_closed', '10000 2'),
    ('qcase', 'qcase_room', '2000 2');
