-- Version 8: tallies of the cases, kept by the database itself. The daily report and the due list count the open cases
-- by category and by the day they become eligible, and the cases registered on a day; on a million cases each count
-- read up to a million index entries (a tenth of a second apiece, most of a report's time). The triggers keep both
-- tallies in the same transaction as the change to a case, whichever command (or import, merge, copy, renumbering)
-- makes it, so that they cannot drift from the cases.
--
-- case_tally: cases by office, status, category and eligible date.
CREATE TABLE case_tally (
    office_id     INTEGER NOT NULL,
    status        TEXT NOT NULL,
    category      TEXT NOT NULL,
    eligible_date TEXT NOT NULL,
    n             INTEGER NOT NULL,
    PRIMARY KEY (office_id, status, category, eligible_date)
) WITHOUT ROWID;
INSERT INTO case_tally (office_id, status, category, eligible_date, n)
    SELECT office_id, status, category, eligible_date, COUNT(*) FROM qcase
    GROUP BY office_id, status, category, eligible_date;
-- registration_tally: cases by office and the hour (UTC, as stored: 2020-02-25T10) they were registered in.
CREATE TABLE registration_tally (
    office_id INTEGER NOT NULL,
    hour      TEXT NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (office_id, hour)
) WITHOUT ROWID;
INSERT INTO registration_tally (office_id, hour, n)
    SELECT office_id, substr(registered_at, 1, 13), COUNT(*) FROM qcase GROUP BY office_id, substr(registered_at, 1, 13);
CREATE TRIGGER case_tally_insert AFTER INSERT ON qcase
BEGIN
    INSERT INTO case_tally (office_id, status, category, eligible_date, n)
        VALUES (NEW.office_id, NEW.status, NEW.category, NEW.eligible_date, 1)
        ON CONFLICT (office_id, status, category, eligible_date) DO UPDATE SET n = n + 1;
    INSERT INTO registration_tally (office_id, hour, n) VALUES (NEW.office_id, substr(NEW.registered_at, 1, 13), 1)
        ON CONFLICT (office_id, hour) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER case_tally_delete AFTER DELETE ON qcase
BEGIN
    UPDATE case_tally SET n = n - 1 WHERE office_id = OLD.office_id AND status = OLD.status
        AND category = OLD.category AND eligible_date = OLD.eligible_date;
    UPDATE registration_tally SET n = n - 1 WHERE office_id = OLD.office_id AND hour = substr(OLD.registered_at, 1, 13);
END;
CREATE TRIGGER case_tally_update AFTER UPDATE OF office_id, status, category, eligible_date ON qcase
    WHEN OLD.office_id IS NOT NEW.office_id OR OLD.status IS NOT NEW.status OR OLD.category IS NOT NEW.category
        OR OLD.eligible_date IS NOT NEW.eligible_date
BEGIN
    UPDATE case_tally SET n = n - 1 WHERE office_id = OLD.office_id AND status = OLD.status
        AND category = OLD.category AND eligible_date = OLD.eligible_date;
    INSERT INTO case_tally (office_id, status, category, eligible_date, n)
        VALUES (NEW.office_id, NEW.status, NEW.category, NEW.eligible_date, 1)
        ON CONFLICT (office_id, status, category, eligible_date) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER registration_tally_update AFTER UPDATE OF office_id, registered_at ON qcase
    WHEN OLD.office_id IS NOT NEW.office_id OR substr(OLD.registered_at, 1, 13) IS NOT substr(NEW.registered_at, 1, 13)
BEGIN
    UPDATE registration_tally SET n = n - 1 WHERE office_id = OLD.office_id AND hour = substr(OLD.registered_at, 1, 13);
    INSERT INTO registration_tally (office_id, hour, n) VALUES (NEW.office_id, substr(NEW.registered_at, 1, 13), 1)
        ON CONFLICT (office_id, hour) DO UPDATE SET n = n + 1;
END;
