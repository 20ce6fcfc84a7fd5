package dev.quarantine.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk and a read-only database, made real with a small tmpfs (root only: CI runs as root; elsewhere these tests
 * say loudly that they were skipped). Every command fails with one line naming the cause and exit 5, the database stays
 * intact, and reading commands and backups work on a read-only database.
 */
class DiskAndPermissionsIT {
    private static final String NOW = "2020-02-10T09:00";

    @TempDir
    Path dir;
    private final List<Path> mounts = new ArrayList<>();

    private Path tmpfs(String name, String size) throws Exception {
        Path where = Files.createDirectories(dir.resolve(name));
        int code = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", where.toString())
                .inheritIO().start().waitFor();
        if (code != 0) {
            System.err.println("SKIPPED " + getClass().getSimpleName() + ": cannot mount a tmpfs here (not root?)");
        }
        Assumptions.assumeTrue(code == 0, "mounting a tmpfs needs root");
        mounts.add(where);
        return where;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            new ProcessBuilder("umount", "-l", m.toString()).inheritIO().start().waitFor();
        }
    }

    private static long one(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aFullDiskIsNamedAndTheDatabaseStaysWhole() throws Exception {
        Path small = tmpfs("small", "2m");
        Path db = small.resolve("q.db");
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        Path roster = TestRosters.write(dir.resolve("roster.csv"), 60_000, 0);
        ProcessRunner.Run r = ProcessRunner.run(dir, "import", "--db", db.toString(), "--now", NOW, "import",
                roster.toString(), "--batch-size", "2000");
        assertThat(r.code()).as(r.err()).isEqualTo(5);
        assertThat(r.err()).contains("full").doesNotContain("Exception").doesNotContain("no transaction");
        assertThat(r.err().strip().lines()).hasSize(1);
        long cases = one(db, "SELECT COUNT(*) FROM qcase");
        assertThat(cases % 2000).as("whole batches only").isZero();
        ProcessRunner.Run register = ProcessRunner.run(dir, "register", "--db", db.toString(), "--now", NOW, "register",
                "--name", "王伟", "--id", CliHarness.id("410105", "19850312", "100"), "--phone", "13803711234",
                "--origin", "南阳", "--arrived", "2020-02-03", "--address", "祭城路".repeat(100));
        assertThat(register.code()).isIn(0, 5);
        ProcessRunner.Run list = ProcessRunner.run(dir, "list", "--db", db.toString(), "list");
        assertThat(list.code()).as(list.err()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        System.out.printf("disk: full after %d cases, database intact%n", cases);
    }

    @Test
    void aReadOnlyDatabaseIsReadBackedUpAndNeverWritten() throws Exception {
        Path ro = tmpfs("ro", "16m");
        Path db = ro.resolve("q.db");
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        Path roster = TestRosters.write(dir.resolve("roster.csv"), 100, 0);
        assertThat(ProcessRunner.run(dir, "import", "--db", db.toString(), "--now", NOW, "import", roster.toString())
                .code()).isZero();
        run("mount", "-o", "remount,ro", ro.toString());
        ProcessRunner.Run list = ProcessRunner.run(dir, "list", "--db", db.toString(), "--format", "json", "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("\"total\" : 100");
        ProcessRunner.Run report = ProcessRunner.run(dir, "report", "--db", db.toString(), "--now", NOW, "report", "daily");
        assertThat(report.code()).as(report.err()).isZero();
        ProcessRunner.Run register = ProcessRunner.run(dir, "register", "--db", db.toString(), "--now", NOW, "register",
                "--name", "王伟", "--id", CliHarness.id("410105", "19850312", "100"), "--phone", "13803711234",
                "--origin", "南阳", "--arrived", "2020-02-03");
        assertThat(register.code()).isEqualTo(5);
        assertThat(register.err()).contains("read-only").doesNotContain("Exception");
        Path copy = dir.resolve("copy.db");
        ProcessRunner.Run backup = ProcessRunner.run(dir, "backup", "--db", db.toString(), "backup", copy.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.err()).contains("read-only").contains("could not record");
        assertThat(one(copy, "SELECT COUNT(*) FROM qcase")).isEqualTo(100);
        ProcessRunner.Run unmasked = ProcessRunner.run(dir, "unmasked", "--db", db.toString(), "--unmasked", "show",
                "Q000001");
        assertThat(unmasked.code()).isZero();
        assertThat(unmasked.err()).contains("could not be recorded");
    }
}
