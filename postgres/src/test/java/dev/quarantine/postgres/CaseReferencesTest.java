package dev.quarantine.postgres;

import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.testing.PgServer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.quarantine.postgres.PgTests.count;
import static dev.quarantine.postgres.PgTests.fix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema version 9 on PostgreSQL: a case's office and policy version are checked once per statement (a trigger over
 * the statement's new cases) instead of by two foreign keys. Shown with plain JDBC: everything the foreign keys refused
 * is still refused with SQLSTATE 23503, and the row locks keep a delete and an insert that overlap from leaving a case
 * that names a deleted office.
 */
class CaseReferencesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** A copy of case 1 as a new case of another person, naming office {@code ?}. */
    private static final String COPY_OF_CASE_1 = "CREATE TEMP TABLE c AS SELECT * FROM qcase WHERE id = 1; "
            + "UPDATE c SET id = 100, person_key = person_key + 1, office_id = %d; INSERT INTO qcase SELECT * FROM c";
    private String db;

    @BeforeEach
    void district() {
        db = PgServer.newDatabase("qd_refs");
        try (QuarantineDesk desk = QuarantineDesk.create(PgServer.location(db), CLOCK, "区指挥部", List.of())) {
            desk.offices().add("如意湖街道", null, null, null); // office 2, with no case
            desk.cases().register(new RegistrationInput("王伟", null, fix("411302198503121011"), "13803711234",
                    "河南南阳", "2020-02-03", null, null, null, null));
        }
    }

    @AfterEach
    void drop() {
        PgServer.dropDatabase(db);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(PgServer.jdbcUrl(db));
    }

    @Test
    void whatTheForeignKeysRefusedIsStillRefused() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM pg_constraint WHERE conrelid = 'qcase'::regclass "
                    + "AND contype = 'f' AND conname IN ('qcase_office_id_fkey', 'qcase_policy_id_fkey')")).isZero();
            refusedAsForeignKeyViolation(() -> s.execute(COPY_OF_CASE_1.formatted(99)))
                    .hasMessageContaining("office 99");
            refusedAsForeignKeyViolation(() -> s.executeUpdate("UPDATE qcase SET office_id = 99"));
            refusedAsForeignKeyViolation(() -> s.executeUpdate("UPDATE qcase SET policy_id = 'nowhere-2020'"));
            refusedAsForeignKeyViolation(() -> s.executeUpdate("DELETE FROM office WHERE id = 1"));
            refusedAsForeignKeyViolation(() -> s.executeUpdate("UPDATE office SET id = 7 WHERE id = 1"));
            refusedAsForeignKeyViolation(() -> s.executeUpdate("DELETE FROM policy_version"));
            refusedAsForeignKeyViolation(() -> s.execute("TRUNCATE policy_version"));
            // What names nothing changes as before: an office's other details, a case within its own office.
            assertThat(s.executeUpdate("UPDATE office SET letter_name = '区指挥部' WHERE id = 1")).isEqualTo(1);
            assertThat(s.executeUpdate("UPDATE qcase SET office_id = 2")).isEqualTo(1);
            assertThat(s.executeUpdate("UPDATE qcase SET office_id = 1")).isEqualTo(1);
            s.execute(COPY_OF_CASE_1.formatted(2));
            assertThat(count(s, "SELECT COUNT(*) FROM qcase")).isEqualTo(2);
        }
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refusedAsForeignKeyViolation(ThrowingCallable sql) {
        return assertThatThrownBy(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION));
    }

    /** A case written for an office while someone deletes it: the delete waits, then fails. */
    @Test
    void anOfficeCannotBeDeletedUnderACaseBeingWritten() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection writer = connect(); Statement w = writer.createStatement();
             Connection deleter = connect(); Statement d = deleter.createStatement()) {
            writer.setAutoCommit(false);
            w.execute(COPY_OF_CASE_1.formatted(2));
            Future<Integer> delete = other.submit(() -> d.executeUpdate("DELETE FROM office WHERE id = 2"));
            awaitLockWait(w);
            writer.commit();
            assertThatThrownBy(() -> delete.get(30, TimeUnit.SECONDS))
                    .cause().isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION));
            assertThat(count(w, "SELECT COUNT(*) FROM office WHERE id = 2")).isEqualTo(1);
        } finally {
            other.shutdownNow();
        }
    }

    /** An office deleted while a case is written for it: the case waits for the delete, then fails. */
    @Test
    void aCaseCannotBeWrittenForAnOfficeBeingDeleted() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection deleter = connect(); Statement d = deleter.createStatement();
             Connection writer = connect(); Statement w = writer.createStatement()) {
            deleter.setAutoCommit(false);
            assertThat(d.executeUpdate("DELETE FROM office WHERE id = 2")).isEqualTo(1);
            Future<Boolean> insert = other.submit(() -> w.execute(COPY_OF_CASE_1.formatted(2)));
            awaitLockWait(d);
            deleter.commit();
            assertThatThrownBy(() -> insert.get(30, TimeUnit.SECONDS))
                    .cause().isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION));
            assertThat(count(d, "SELECT COUNT(*) FROM qcase")).isEqualTo(1);
        } finally {
            other.shutdownNow();
        }
    }

    /** Waits until another session of this database waits for a lock (it has reached the conflicting row). */
    private void awaitLockWait(Statement s) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count(s, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock' AND backend_type = 'client backend' AND pid <> pg_backend_pid()") == 0) {
            assertThat(System.nanoTime()).as("a session waiting for a lock").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
