-- Version 9 on SQLite: nothing. On PostgreSQL version 9 checks a case's office and policy version once per statement
-- instead of through two foreign keys; SQLite keeps its foreign keys (checked in memory, in the same process).
SELECT 1;
