package dev.quarantine.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

    /** Fills the file system of {@code folder} to its last byte with one file, which it returns. */
    private static Path fill(Path folder) throws Exception {
        Path filler = folder.resolve("filler");
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (java.io.IOException full) {
            assertThat(full.getMessage()).contains("No space left");
        }
        return filler;
    }

    /** The database of these tests: on the ordinary disk, with 200 cases. */
    private Path database() throws Exception {
        Path db = dir.resolve("q.db");
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        Path roster = TestRosters.write(dir.resolve("roster.csv"), 200, 0);
        ProcessRunner.Run r = ProcessRunner.run(dir, "import", "--db", db.toString(), "--now", NOW, "import",
                roster.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return db;
    }

    /** Nothing at all in {@code folder} but what {@code keep} names: no target, no temporary file. */
    private static void assertOnly(Path folder, String... keep) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(keep);
        }
    }

    private static void assertOneLine(ProcessRunner.Run r, String... says) {
        assertThat(r.code()).as(r.err()).isEqualTo(5);
        assertThat(r.err()).contains(says).doesNotContain("Exception").doesNotContain("SQLITE");
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    }

    @Test
    void outputFilesOnAFullDiskFailNamingItAndLeaveNothing() throws Exception {
        Path db = database();
        Path full = tmpfs("full", "1m");
        fill(full);
        Path csv = full.resolve("cases.csv");
        ProcessRunner.Run export = ProcessRunner.run(dir, "export", "--db", db.toString(), "export", "cases", "--out",
                csv.toString());
        assertOneLine(export, "disk is full", csv.toString());
        Path copy = full.resolve("copy.db");
        ProcessRunner.Run backup = ProcessRunner.run(dir, "backup", "--db", db.toString(), "backup", copy.toString());
        assertOneLine(backup, "disk is full", copy.toString());
        Path roster = Files.writeString(dir.resolve("bad.csv"), "name,id_number,phone,origin,arrival_date\n"
                + "王伟," + CliHarness.id("411302", "19850312", "101") + ",13803711234,南阳,2020-02-03\n"
                + "李娜," + CliHarness.id("420106", "19900101", "102") + ",123,武汉,2020-02-03\n");
        Path rejects = full.resolve("rejects.csv");
        ProcessRunner.Run imported = ProcessRunner.run(dir, "rejects", "--db", db.toString(), "--now", NOW, "import",
                roster.toString(), "--rejects", rejects.toString(), "--atomic");
        assertOneLine(imported, "disk is full", rejects.toString());
        assertThat(one(db, "SELECT COUNT(*) FROM qcase")).as("--atomic: nothing committed").isEqualTo(200);
        assertOnly(full, "filler");
        assertThat(one(db, "SELECT COUNT(*) FROM audit_log WHERE action IN ('export', 'backup')"))
                .as("no failed output is recorded as done").isZero();
    }

    @Test
    void outputFilesInAFolderOfAnotherUserAreRefusedAsPermissionDenied() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean setpriv = Files.isExecutable(Path.of("/usr/bin/setpriv")) || Files.isExecutable(Path.of("/bin/setpriv"));
        if (!root || !setpriv) {
            System.err.println("SKIPPED " + getClass().getSimpleName() + ": permission tests run a child as user nobody,"
                    + " which needs root and setpriv");
        }
        Assumptions.assumeTrue(root && setpriv, "running a child as nobody needs root and setpriv (util-linux)");
        // The test's own folder is root's and private: let nobody in, to a folder of its own and a locked one.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path mine = Files.createDirectory(dir.resolve("mine"));
        run("chown", "65534:65534", mine.toString());
        Path locked = Files.createDirectory(dir.resolve("locked"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path db = mine.resolve("q.db");
        assertThat(asNobody("init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        Path roster = Files.writeString(mine.resolve("bad.csv"), "name,id_number,phone,origin,arrival_date\n"
                + "王伟," + CliHarness.id("411302", "19850312", "101") + ",13803711234,南阳,2020-02-03\n"
                + "李娜," + CliHarness.id("420106", "19900101", "102") + ",123,武汉,2020-02-03\n");
        run("chown", "65534:65534", roster.toString());

        Path csv = locked.resolve("cases.csv");
        assertOneLine(asNobody("export", "--db", db.toString(), "export", "cases", "--out", csv.toString()),
                "permission denied", csv.toString());
        Path copy = locked.resolve("copy.db");
        assertOneLine(asNobody("backup", "--db", db.toString(), "backup", copy.toString()), "permission denied",
                copy.toString());
        Path rejects = locked.resolve("rejects.csv");
        assertOneLine(asNobody("import", "--db", db.toString(), "--now", NOW, "import", roster.toString(), "--rejects",
                rejects.toString(), "--atomic"), "permission denied", rejects.toString());
        Path policy = Files.writeString(locked.resolve("policy.json"), "{}");
        assertOneLine(asNobody("policy", "--db", db.toString(), "policy", "add", policy.toString()), "permission denied",
                policy.toString());
        Path deeper = locked.resolve("sub").resolve("cases.csv");
        assertOneLine(asNobody("deeper", "--db", db.toString(), "export", "cases", "--out", deeper.toString()),
                "permission denied");
        assertOnly(locked, "policy.json");
        assertThat(one(db, "SELECT COUNT(*) FROM qcase")).as("--atomic: nothing committed").isZero();
    }

    /** Runs the program as user nobody (uid and gid 65534, no other groups), from the test's folder. */
    private ProcessRunner.Run asNobody(String name, String... args) throws Exception {
        return ProcessRunner.runAs(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"), dir, name,
                args);
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
        // A registration may still fit in the log the failed batch left (SQLite reuses its pages); if it does not, it
        // fails as the import did, and nothing of it is kept.
        Path filler = fill(small);
        ProcessRunner.Run register = ProcessRunner.run(dir, "register", "--db", db.toString(), "--now", NOW, "register",
                "--name", "王伟", "--id", CliHarness.id("410105", "19850312", "100"), "--phone", "13803711234",
                "--origin", "南阳", "--arrived", "2020-02-03", "--address", "祭城路".repeat(100));
        Files.delete(filler);
        if (register.code() == 0) {
            assertThat(register.err()).contains("registered");
            assertThat(one(db, "SELECT COUNT(*) FROM qcase")).isEqualTo(cases + 1);
        } else {
            assertOneLine(register, "full");
            assertThat(one(db, "SELECT COUNT(*) FROM qcase")).as("nothing of the failed registration").isEqualTo(cases);
        }
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
    void aRegistrationOnAFullDiskFailsNamingItAndKeepsNothing() throws Exception {
        Path tiny = tmpfs("tiny", "1m");
        Path db = tiny.resolve("q.db");
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        Path filler = fill(tiny);
        ProcessRunner.Run register = ProcessRunner.run(dir, "register", "--db", db.toString(), "--now", NOW, "register",
                "--name", "王伟", "--id", CliHarness.id("410105", "19850312", "100"), "--phone", "13803711234",
                "--origin", "南阳", "--arrived", "2020-02-03");
        assertOneLine(register, "full", db.toString());
        Files.delete(filler);
        assertThat(one(db, "SELECT COUNT(*) FROM qcase")).as("nothing of the failed registration").isZero();
        ProcessRunner.Run again = ProcessRunner.run(dir, "again", "--db", db.toString(), "--now", NOW, "register",
                "--name", "王伟", "--id", CliHarness.id("410105", "19850312", "100"), "--phone", "13803711234",
                "--origin", "南阳", "--arrived", "2020-02-03");
        assertThat(again.code()).as("with space again, the same registration works").isZero();
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
        assertThat(register.err().strip().lines()).hasSize(1);
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
