-- Version 7 on PostgreSQL: as on SQLite. A report or due list for a past day counts the cases open at that day's end
-- (open now and registered by then, or closed only after it); each half reads one index that also holds when the case
-- was registered and when it is eligible, so that the count can be answered from the index alone.
DROP INDEX qcase_open_eligible;
CREATE INDEX qcase_open_eligible ON qcase (eligible_date, registered_at) WHERE status IN ('REGISTERED', 'ADMITTED');
DROP INDEX qcase_closed;
CREATE INDEX qcase_closed ON qcase ((COALESCE(released_at, transferred_at, cancelled_at)), registered_at, eligible_date)
    WHERE status IN ('RELEASED', 'TRANSFERRED', 'CANCELLED');
