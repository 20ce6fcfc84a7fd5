package dev.quarantine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several processes admit people into one hotel at once, more people than rooms: no room holds two people, every
 * command succeeds or is refused cleanly (exit 3, hotel full), none fails on a busy database, and the audit log has
 * exactly one event per admission.
 */
class ConcurrencyIT {
    private static final int ROOMS = 8;
    private static final int PEOPLE = 20;
    private static final String NOW = "2020-02-10T09:00";

    @TempDir
    Path dir;

    @Test
    void concurrentAdmissionsNeverDoubleBook() throws Exception {
        Path db = dir.resolve("q.db");
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        assertThat(ProcessRunner.run(dir, "hotel", "--db", db.toString(), "--now", NOW, "hotel", "add", "锦江之星",
                "--rooms", "101-" + (100 + ROOMS), "--rate", "180").code()).isZero();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<ProcessRunner.Run>> runs = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            int n = i;
            runs.add(pool.submit(() -> ProcessRunner.run(dir, "admit" + n, "--db", db.toString(), "--now", NOW,
                    "admit", "--name", "李" + "伟芳娜敏静强磊军".charAt(n % 8), "--id", TestRosters.id(n), "--phone",
                    "139" + String.format("%08d", n), "--origin", "武汉", "--arrived", "2020-02-09", "--temp", "36.5")));
        }
        int admitted = 0;
        int full = 0;
        for (Future<ProcessRunner.Run> f : runs) {
            ProcessRunner.Run r = f.get();
            assertThat(r.code()).as(r.err()).isIn(0, 3);
            assertThat(r.err()).doesNotContainIgnoringCase("busy").doesNotContainIgnoringCase("locked")
                    .doesNotContain("Exception");
            if (r.code() == 0) {
                admitted++;
            } else {
                assertThat(r.err()).contains("full");
                full++;
            }
        }
        pool.shutdown();
        assertThat(admitted).isEqualTo(ROOMS);
        assertThat(full).isEqualTo(PEOPLE - ROOMS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT room_id) FROM qcase WHERE status = 'ADMITTED'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(ROOMS);
                assertThat(rs.getInt(2)).isEqualTo(ROOMS);
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'admit'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(ROOMS);
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM qcase")) {
                rs.next();
                assertThat(rs.getInt(1)).as("refused admissions register nothing").isEqualTo(ROOMS);
            }
        }
        System.out.printf("concurrency: %d processes, 5 at a time, %d admitted, %d refused as full%n", PEOPLE, admitted, full);
    }
}
