-- Version 9: a case's office and policy version are checked once per statement, not once per row. A foreign key
-- checks each new case on its own (a query and a row lock on the office and on the policy version): a third of the
-- time of a large import. These checks do what the two foreign keys did, for a whole COPY batch at once: every
-- office and policy version the new or changed cases name must exist, and is locked FOR KEY SHARE, as a foreign key
-- locks it, so that no one deletes it until the transaction ends; an office or a policy version that cases name
-- cannot be deleted, renumbered or truncated away. They run as the tables' owner: an office's login can neither lock
-- the office table nor see the other offices' cases.
ALTER TABLE qcase DROP CONSTRAINT qcase_office_id_fkey;
ALTER TABLE qcase DROP CONSTRAINT qcase_policy_id_fkey;

CREATE FUNCTION qd_case_references() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
DECLARE
    missing TEXT;
BEGIN
    PERFORM 1 FROM office WHERE id IN (SELECT DISTINCT office_id FROM qd_new_cases) FOR KEY SHARE;
    PERFORM 1 FROM policy_version WHERE id IN (SELECT DISTINCT policy_id FROM qd_new_cases) FOR KEY SHARE;
    SELECT 'office ' || n.office_id INTO missing FROM qd_new_cases n
        WHERE NOT EXISTS (SELECT 1 FROM office o WHERE o.id = n.office_id) LIMIT 1;
    IF missing IS NULL THEN
        SELECT 'policy version ' || n.policy_id INTO missing FROM qd_new_cases n
            WHERE NOT EXISTS (SELECT 1 FROM policy_version p WHERE p.id = n.policy_id) LIMIT 1;
    END IF;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'a case names % which does not exist', missing USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER qcase_references_insert AFTER INSERT ON qcase
    REFERENCING NEW TABLE AS qd_new_cases FOR EACH STATEMENT EXECUTE FUNCTION qd_case_references();

-- A case moved to another office or policy version (rare, one at a time): checked and locked by itself. Other changes
-- of a case (admissions, releases) check nothing, as with the foreign keys.
CREATE FUNCTION qd_case_reference_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
BEGIN
    PERFORM 1 FROM office WHERE id = NEW.office_id FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'a case names office % which does not exist', NEW.office_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    PERFORM 1 FROM policy_version WHERE id = NEW.policy_id FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'a case names policy version % which does not exist', NEW.policy_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER qcase_references_update AFTER UPDATE OF office_id, policy_id ON qcase FOR EACH ROW
    WHEN (NEW.office_id IS DISTINCT FROM OLD.office_id OR NEW.policy_id IS DISTINCT FROM OLD.policy_id)
    EXECUTE FUNCTION qd_case_reference_changed();

-- The other side: an AFTER trigger, so that a delete that waited for a case's transaction to commit sees its case.
-- Its argument is the case column that names the row (office_id, policy_id).
CREATE FUNCTION qd_named_by_cases() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
DECLARE
    named BOOLEAN;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id IS NOT DISTINCT FROM OLD.id THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM qcase WHERE %I = $1)', TG_ARGV[0]) INTO named USING OLD.id;
    IF named THEN
        RAISE EXCEPTION '% % is named by cases', TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER office_in_use AFTER UPDATE OR DELETE ON office
    FOR EACH ROW EXECUTE FUNCTION qd_named_by_cases('office_id');
CREATE TRIGGER policy_in_use AFTER UPDATE OR DELETE ON policy_version
    FOR EACH ROW EXECUTE FUNCTION qd_named_by_cases('policy_id');

CREATE FUNCTION qd_cases_hold() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM qcase) THEN
        RAISE EXCEPTION '% is named by cases', TG_TABLE_NAME USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER office_not_truncated BEFORE TRUNCATE ON office FOR EACH STATEMENT EXECUTE FUNCTION qd_cases_hold();
CREATE TRIGGER policy_not_truncated BEFORE TRUNCATE ON policy_version
    FOR EACH STATEMENT EXECUTE FUNCTION qd_cases_hold();

-- A day's registrations and admissions are listed in the order they happened, then by case number. An index on the
-- time alone gives that order only for the time: the cases of one import share it, so the first 50 of a
-- million-row import's day were found by sorting a million cases by number (0.44 s). SQLite's indexes end with the
-- case number by themselves.
DROP INDEX qcase_registered;
CREATE INDEX qcase_registered ON qcase (registered_at, id);
DROP INDEX qcase_admitted;
CREATE INDEX qcase_admitted ON qcase (admitted_at, id) WHERE admitted_at IS NOT NULL;

-- The schema's functions look up tables in the schema itself, then in pg_temp, never first in pg_temp: with the
-- search path they were created with, a login's own temporary table (an office's login may create them, for its
-- import's staging table) named like one of ours stood in for it, so that qd_office() could be told another office's
-- id (row-level security bypassed), qd_next_case_id() another number, and the checks above another office table.
DO $$
DECLARE
    f REGPROCEDURE;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
            WHERE p.pronamespace = current_schema()::regnamespace
              AND p.proname IN ('qd_office', 'qd_next_case_id', 'qd_case_references', 'qd_case_reference_changed',
                                'qd_named_by_cases', 'qd_cases_hold') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END
$$;
