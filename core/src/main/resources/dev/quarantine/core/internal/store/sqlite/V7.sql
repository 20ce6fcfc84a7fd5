-- Version 7: a report or due list for a past day counts the cases open at that day's end: open now and registered by
-- then, or closed only after it. Each half reads one index, which now also holds what the condition asks of a case
-- (when it was registered, when it is eligible), so that on a million cases the count reads no row of the table.
DROP INDEX qcase_open_eligible;
CREATE INDEX qcase_open_eligible ON qcase (eligible_date, registered_at) WHERE status IN ('REGISTERED', 'ADMITTED');
DROP INDEX qcase_closed;
CREATE INDEX qcase_closed ON qcase (COALESCE(released_at, transferred_at, cancelled_at), registered_at, eligible_date)
    WHERE status IN ('RELEASED', 'TRANSFERRED', 'CANCELLED');
DELETE FROM sqlite_stat1 WHERE idx IN ('qcase_open_eligible', 'qcase_closed');
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('qcase', 'qcase_open_eligible', '800000 25000 100'),
    ('qcase', 'qcase_closed', '10000 2 1 1');
