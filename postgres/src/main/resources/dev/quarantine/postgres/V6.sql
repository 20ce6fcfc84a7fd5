-- Version 6 on PostgreSQL: as on SQLite. The origin as the clerk typed it, kept when it says more than the place it
-- resolves to ("湖北省武汉市汉口火车站" is 4201 and keeps its text); NULL when the resolver read all of it or it is the
-- canonical full name, and for every case registered before this version. Office logins' grants are on the whole
-- table, and row-level security on its rows: a new column needs neither.
ALTER TABLE qcase ADD COLUMN origin_text TEXT;
