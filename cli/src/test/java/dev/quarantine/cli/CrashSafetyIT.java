package dev.quarantine.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills (SIGKILL) a large import, and a bulk admission, at random moments: after each kill the database is intact, no
 * half-written batch is visible, and rerunning the same import accounts for every row with no case twice.
 */
class CrashSafetyIT {
    private static final int ROWS = 120_000;
    private static final int BATCH = 10_000;
    private static final String NOW = "2020-02-10T09:00";

    @TempDir
    Path dir;

    private static long one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * SQLite's own integrity check; on PostgreSQL (whose write-ahead log makes a killed client harmless) amcheck's
     * {@code bt_index_check} over every index of our schema, so that a kill is still checked against the indexes that
     * carry the rules.
     */
    private static String integrity(Connection c) throws Exception {
        if (!CliHarness.POSTGRES) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS amcheck");
            try (ResultSet rs = s.executeQuery("SELECT count(bt_index_check(i.indexrelid)) FROM pg_index i"
                    + " JOIN pg_class r ON r.oid = i.indexrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
                    + " JOIN pg_am a ON a.oid = r.relam WHERE n.nspname = current_schema() AND a.amname = 'btree'")) {
                rs.next();
                return rs.getLong(1) > 0 ? "ok" : "no index checked";
            }
        }
    }

    /** How long a whole import of {@code roster} takes here, so that kills land while one runs on any machine. */
    private long fullRunMillis(Path roster, String... extra) throws Exception {
        Path scratch = dir.resolve("timing.db");
        assertThat(ProcessRunner.run(dir, "timing-init", "--db", scratch.toString(), "--now", NOW, "init").code()).isZero();
        assertThat(ProcessRunner.run(dir, "timing-hotel", "--db", scratch.toString(), "--now", NOW, "hotel", "add", "锦江之星",
                "--rooms", "1-3000", "--rate", "180").code()).isZero();
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"--db", scratch.toString(), "--now", NOW, "import", roster.toString()}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        long t0 = System.nanoTime();
        assertThat(ProcessRunner.run(dir, "timing", args).code()).isZero();
        return Math.max(500, (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void killedImportsLeaveWholeBatchesAndRerunsCompleteThem() throws Exception {
        TestDb db = new TestDb(dir);
        Path roster = TestRosters.write(dir.resolve("roster.csv"), ROWS, 0);
        long full = fullRunMillis(roster, "--batch-size", Integer.toString(BATCH));
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        Random random = new Random(20200210L);
        int kills = 0;
        for (int attempt = 0; attempt < 6; attempt++) {
            Process p = ProcessRunner.start(dir, "import" + attempt, "--db", db.toString(), "--now", NOW, "import",
                    roster.toString(), "--batch-size", Integer.toString(BATCH));
            // Each rerun has less left to do (earlier batches are duplicates now): kill early in what remains.
            Thread.sleep((long) (full * (0.15 + 0.5 * random.nextDouble()) / (attempt + 1)) + 150);
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
                kills++;
            } else {
                p.waitFor();
            }
            try (Connection c = db.connect()) {
                assertThat(integrity(c)).isEqualTo("ok");
                long cases = one(c, "SELECT COUNT(*) FROM qcase");
                assertThat(cases % BATCH).as("whole batches only, %d cases", cases).isZero();
                assertThat(one(c, "SELECT COUNT(DISTINCT person_key) FROM qcase")).isEqualTo(cases);
                assertThat(one(c, "SELECT COALESCE(SUM(case_id_last - case_id + 1), 0) FROM audit_log "
                        + "WHERE action = 'import'")).isEqualTo(cases);
                if (!CliHarness.POSTGRES) {
                    // Each batch sets the tallies' insert trigger aside inside its own transaction: a kill leaves the
                    // trigger in place and the tallies counting exactly the batches that committed.
                    assertThat(one(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                            + "AND name = 'case_tally_insert'")).isEqualTo(1);
                    assertThat(one(c, "SELECT COALESCE(SUM(n), 0) FROM case_tally")).isEqualTo(cases);
                    assertThat(one(c, "SELECT COALESCE(SUM(n), 0) FROM registration_tally")).isEqualTo(cases);
                }
            }
        }
        assertThat(kills).as("kills that hit a running import").isGreaterThanOrEqualTo(2);
        ProcessRunner.Run rerun = ProcessRunner.run(dir, "rerun", "--db", db.toString(), "--now", NOW, "--format", "json",
                "import", roster.toString());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("\"rowsRead\" : " + ROWS).contains("\"rejected\" : 0")
                .contains("\"balanced\" : true");
        try (Connection c = db.connect()) {
            assertThat(integrity(c)).isEqualTo("ok");
            assertThat(one(c, "SELECT COUNT(*) FROM qcase")).isEqualTo(ROWS);
            assertThat(one(c, "SELECT COUNT(DISTINCT person_key) FROM qcase")).isEqualTo(ROWS);
        }
        System.out.printf("crash safety: %d imports killed, database intact after each%n", kills);
    }

    /**
     * On SQLite a roster loaded into a new register goes in one transaction, the case table's plain indexes dropped
     * before its rows and built after them: a kill leaves nothing of it, every index as init made it, and SQLite's
     * integrity check (which compares each index with the table) passing.
     */
    @Test
    void killedLoadsOfANewRegisterLeaveNothingAndEveryIndex() throws Exception {
        Assumptions.assumeFalse(CliHarness.POSTGRES, "PostgreSQL keeps its indexes and its batches");
        TestDb db = new TestDb(dir);
        Path roster = TestRosters.write(dir.resolve("roster.csv"), ROWS, 0);
        long full = fullRunMillis(roster);
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        // The indexes, and the planner's fixed statistics of each (which a dropped index takes with it).
        String indexes = "SELECT group_concat(x, ';') FROM (SELECT name || ':' || sql AS x FROM sqlite_master "
                + "WHERE type = 'index' AND tbl_name = 'qcase' UNION ALL SELECT 'statistics of ' || idx || ': ' || stat "
                + "FROM sqlite_stat1 WHERE tbl = 'qcase' AND idx IS NOT NULL ORDER BY 1)";
        String asInit;
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(indexes)) {
            rs.next();
            asInit = rs.getString(1);
        }
        assertThat(asInit).contains("qcase_open_eligible", "qcase_phone", "qcase_registered",
                "statistics of qcase_open_eligible: 800000 25000 100");
        Random random = new Random(20200211L);
        int kills = 0;
        for (int attempt = 0; attempt < 4 && kills < 2; attempt++) {
            Process p = ProcessRunner.start(dir, "load" + attempt, "--db", db.toString(), "--now", NOW, "import",
                    roster.toString());
            // Late kills too: the indexes are built in the last part of the run.
            Thread.sleep((long) (full * (0.3 + 0.65 * random.nextDouble())));
            if (!p.isAlive()) {
                break; // the whole load went in: what follows checks it as it stands
            }
            p.destroyForcibly().waitFor();
            kills++;
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(indexes)) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(asInit);
                assertThat(integrity(c)).isEqualTo("ok");
                assertThat(one(c, "SELECT COUNT(*) FROM qcase")).isZero();
                assertThat(one(c, "SELECT COALESCE(SUM(n), 0) FROM case_tally")).isZero();
                assertThat(one(c, "SELECT COUNT(*) FROM audit_log WHERE action = 'import'")).isZero();
            }
        }
        assertThat(kills).as("kills that hit a running load").isGreaterThanOrEqualTo(1);
        ProcessRunner.Run rerun = ProcessRunner.run(dir, "rerun", "--db", db.toString(), "--now", NOW, "--format", "json",
                "import", roster.toString());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(indexes)) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(asInit);
            assertThat(integrity(c)).isEqualTo("ok");
            assertThat(one(c, "SELECT COUNT(*) FROM qcase")).isEqualTo(ROWS);
            assertThat(one(c, "SELECT COALESCE(SUM(n), 0) FROM case_tally")).isEqualTo(ROWS);
        }
        System.out.printf("crash safety: %d loads of a new register killed, nothing left of them%n", kills);
    }

    @Test
    void killedBulkAdmissionsNeverDoubleBookARoom() throws Exception {
        TestDb db = new TestDb(dir);
        Path roster = TestRosters.write(dir.resolve("roster.csv"), 30_000, 0);
        long full = fullRunMillis(roster, "--admit", "--batch-size", "5000");
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        assertThat(ProcessRunner.run(dir, "hotel", "--db", db.toString(), "--now", NOW, "hotel", "add", "锦江之星",
                "--rooms", "1-3000", "--rate", "180").code()).isZero();
        Random random = new Random(7L);
        int kills = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            Process p = ProcessRunner.start(dir, "admit" + attempt, "--db", db.toString(), "--now", NOW, "import",
                    roster.toString(), "--admit", "--batch-size", "5000");
            Thread.sleep((long) (full * (0.2 + 0.6 * random.nextDouble()) / (attempt + 1)) + 150);
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
                kills++;
            } else {
                p.waitFor();
            }
            try (Connection c = db.connect()) {
                assertThat(integrity(c)).isEqualTo("ok");
                assertThat(one(c, "SELECT COUNT(*) FROM (SELECT room_id FROM qcase WHERE status = 'ADMITTED' "
                        + "GROUP BY room_id HAVING COUNT(*) > 1) AS doubled")).isZero();
                assertThat(one(c, "SELECT COUNT(*) FROM room WHERE state = 'OCCUPIED'"))
                        .isEqualTo(one(c, "SELECT COUNT(*) FROM qcase WHERE status = 'ADMITTED'"));
                assertThat(one(c, "SELECT COUNT(*) FROM qcase") % 5000).isZero();
            }
        }
        assertThat(kills).as("kills that hit a running bulk admission").isGreaterThanOrEqualTo(1);
        ProcessRunner.Run rerun = ProcessRunner.run(dir, "rerun", "--db", db.toString(), "--now", NOW, "--format", "json",
                "import", roster.toString(), "--admit");
        assertThat(rerun.code()).as(rerun.err()).isZero();
        try (Connection c = db.connect()) {
            assertThat(one(c, "SELECT COUNT(*) FROM qcase")).isEqualTo(30_000);
            assertThat(one(c, "SELECT COUNT(*) FROM qcase WHERE status = 'ADMITTED'")).isLessThanOrEqualTo(3000);
            assertThat(one(c, "SELECT COUNT(*) FROM room WHERE state = 'OCCUPIED'"))
                    .isEqualTo(one(c, "SELECT COUNT(*) FROM qcase WHERE status = 'ADMITTED'"));
        }
        System.out.printf("crash safety: %d bulk admissions killed%n", kills);
    }
}
