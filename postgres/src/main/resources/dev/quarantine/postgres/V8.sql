-- Version 8 on PostgreSQL: nothing. On SQLite version 8 adds tallies of the cases (by office, status, category and
-- eligible date; by office and hour of registration), kept by triggers. Here a tally row would be updated by every
-- clerk's admission and every import batch of an office: each would wait for the others to commit, and two batches
-- updating the rows of two categories in opposite orders would deadlock. PostgreSQL counts from its indexes instead.
SELECT 1;
