package dev.quarantine.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real program as a separate process under hostile conditions: standard output on a full disk, a roster cell of
 * millions of characters on a small heap, kills during exports and backups.
 */
class HostileIT {
    private static final String NOW = "2020-02-10T09:00";
    private static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path dir;

    private Path database(int cases) throws Exception {
        Path db = dir.resolve("q.db");
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
        if (cases > 0) {
            Path roster = TestRosters.write(dir.resolve("roster.csv"), cases, 0);
            ProcessRunner.Run r = ProcessRunner.run(dir, "import", "--db", db.toString(), "--now", NOW, "import",
                    roster.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        return db;
    }

    private static long one(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Every case as CSV is written as it is read, so that a small heap does not limit how many (a million cases, held
     * whole, ran out of 256 MB); a list held whole (JSON) on a heap too small for it ends with one line saying what to
     * do, not a stack trace.
     */
    @Test
    void everyCaseAsCsvFitsASmallHeapAndAListThatDoesNotSaysSo() throws Exception {
        Path db = database(30000);
        long cases = one(db, "SELECT COUNT(*) FROM qcase");
        ProcessRunner.Run csv = ProcessRunner.run(dir, "csv", List.of("-Xmx24m"), null, "--db", db.toString(),
                "--format", "csv", "list");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out().lines().count()).as("a header and every case").isEqualTo(cases + 1);
        assertThat(csv.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count())
                .isEqualTo(cases);
        ProcessRunner.Run json = ProcessRunner.run(dir, "json", List.of("-Xmx24m"), null, "--db", db.toString(),
                "--format", "json", "list");
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.err()).startsWith("not enough memory for this command (24 MB of Java heap)")
                .contains("--limit N").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(json.err().lines()).hasSize(1);
    }

    /**
     * Commands that end at once (the version, help, a usage error), run as the distribution runs the jar, leave nothing
     * in the temporary folder: a head start that copied SQLite's native library there was cut off by the exit, and the
     * half copy stayed for good (its lock file keeps sqlite-jdbc from clearing it; 3 in 30 runs).
     */
    @Test
    void quickCommandsLeaveNothingInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        for (int i = 0; i < 10; i++) {
            for (String[] args : List.of(new String[] {"--version"}, new String[] {"--help"}, new String[] {"lst"})) {
                ProcessRunner.run(dir, "quick", List.of("-Xmx64m", "-Djava.io.tmpdir=" + tmp), null, args);
            }
        }
        try (java.util.stream.Stream<Path> s = Files.list(tmp)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void outputThatCannotBeWrittenIsAFailureNotASuccess() throws Exception {
        Assumptions.assumeTrue(Files.exists(FULL), "no /dev/full on this system");
        Path db = database(3000);
        ProcessRunner.Run list = ProcessRunner.run(dir, "list", List.of("-Xmx128m"), FULL, "--db", db.toString(),
                "list", "--full");
        assertThat(list.code()).isEqualTo(5);
        assertThat(list.err()).contains("could not write the output (No space left on device)")
                .doesNotContain("Exception");
        assertThat(list.err().lines().filter(l -> l.contains("No space left"))).as("one line says it").hasSize(1);
        ProcessRunner.Run export = ProcessRunner.run(dir, "export", List.of("-Xmx128m"), FULL, "--db", db.toString(),
                "export", "cases");
        assertThat(export.code()).isEqualTo(5);
        assertThat(export.err()).contains("could not write the output (No space left on device)")
                .doesNotContain("Exception");
        assertThat(export.err().strip().lines()).hasSize(1);
        assertThat(one(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'export'")).as("no export is recorded")
                .isZero();
        Path roster = Files.writeString(dir.resolve("bad.csv"), "name,id_number,phone,origin,arrival_date\n"
                + "王伟," + CliHarness.id("411302", "19850312", "101") + ",13803711234,南阳,2020-02-03\n"
                + "李娜," + CliHarness.id("420106", "19900101", "102") + ",123,武汉,2020-02-03\n");
        long before = one(db, "SELECT COUNT(*) FROM qcase");
        ProcessRunner.Run atomic = ProcessRunner.run(dir, "atomic", "--db", db.toString(), "--now", NOW, "import",
                roster.toString(), "--atomic", "--rejects", FULL.toString());
        assertThat(atomic.code()).isEqualTo(5);
        assertThat(atomic.err()).contains("disk is full").doesNotContain("Exception");
        assertThat(one(db, "SELECT COUNT(*) FROM qcase")).as("nothing committed").isEqualTo(before);
        // Without --atomic the good row is registered, and the failure to write the rejects still fails the import.
        ProcessRunner.Run batched = ProcessRunner.run(dir, "batched", "--db", db.toString(), "--now", NOW, "import",
                roster.toString(), "--rejects", FULL.toString());
        assertThat(batched.code()).isEqualTo(5);
        assertThat(batched.err()).contains("disk is full").doesNotContain("Exception");
    }

    @Test
    void aHugeCellOnASmallHeapEndsTheImportAtOnceWithOneLine() throws Exception {
        Path db = database(0);
        Path roster = dir.resolve("huge.csv");
        try (var w = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
            w.write("name,id_number,phone,origin,arrival_date,notes\n");
            for (int i = 0; i < 1000; i++) {
                w.write("张伟," + TestRosters.id(i) + ",13803711234,武汉,2020-02-03,ok\n");
            }
            w.write("李娜," + TestRosters.id(5000) + ",13803711234,武汉,2020-02-03,");
            for (int i = 0; i < 19; i++) {
                w.write("备".repeat(1_000_000));
            }
            w.write("\n");
        }
        long t0 = System.nanoTime();
        ProcessRunner.Run r = ProcessRunner.run(dir, "huge", List.of("-Xmx64m"), null, "--db", db.toString(), "--now",
                NOW, "import", roster.toString(), "--batch-size", "500");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("line 1002").contains("longer than").doesNotContain("Exception")
                .doesNotContain("OutOfMemory");
        assertThat(seconds).as("no stall: the reader's failure ends the import").isLessThan(120);
        assertThat(one(db, "SELECT COUNT(*) FROM qcase")).as("the committed batches stay").isEqualTo(1000);
    }

    @Test
    void killedExportsAndBackupsNeverLeaveAPartialFileUnderTheirName() throws Exception {
        Path db = database(200_000);
        Path export = dir.resolve("cases.csv");
        Path backup = dir.resolve("copy.db");
        int killedExports = 0;
        int killedBackups = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            Process e = ProcessRunner.start(dir, "export" + attempt, "--db", db.toString(), "export", "cases", "--out",
                    export.toString());
            Process b = ProcessRunner.start(dir, "backup" + attempt, "--db", db.toString(), "backup", backup.toString());
            Thread.sleep(700 + 250L * attempt);
            if (e.isAlive()) {
                e.destroyForcibly().waitFor();
                killedExports++;
            } else {
                e.waitFor();
            }
            if (b.isAlive()) {
                b.destroyForcibly().waitFor();
                killedBackups++;
            } else {
                b.waitFor();
            }
            // Either complete or absent: an export starts with its header and ends with a whole last row.
            if (Files.exists(export)) {
                List<String> lines = Files.readAllLines(export);
                assertThat(lines).hasSize(200_001);
                Files.delete(export);
            }
            if (Files.exists(backup)) {
                assertThat(one(backup, "SELECT COUNT(*) FROM qcase")).isEqualTo(200_000);
                Files.delete(backup);
            }
            assertThat(Path.of(backup + "-journal")).doesNotExist();
        }
        assertThat(killedExports + killedBackups).as("kills that hit a running export or backup").isGreaterThan(0);
        // The temporary files the killed runs left are swept by the next runs, which complete.
        assertThat(ProcessRunner.run(dir, "export-final", "--db", db.toString(), "export", "cases", "--out",
                export.toString()).code()).isZero();
        assertThat(ProcessRunner.run(dir, "backup-final", "--db", db.toString(), "backup", backup.toString()).code())
                .isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.contains(".tmp-")))
                    .isEmpty();
        }
        assertThat(Files.readAllLines(export)).hasSize(200_001);
        System.out.printf("hostile: %d exports and %d backups killed, none left a partial file%n", killedExports,
                killedBackups);
    }

    @Test
    void aGoodEarlierExportIsNeverReplacedByATruncatedOne() throws Exception {
        Path db = database(200_000);
        Path export = dir.resolve("cases.csv");
        assertThat(ProcessRunner.run(dir, "first", "--db", db.toString(), "export", "cases", "--out", export.toString())
                .code()).isZero();
        byte[] good = Files.readAllBytes(export);
        Process p = ProcessRunner.start(dir, "again", "--db", db.toString(), "export", "cases", "--out", export.toString(),
                "--force");
        // Killed while it is provably half-way: its temporary file beside the target has rows in it.
        Path temp = dir.resolve(".cases.csv." + p.pid() + ".tmp");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (p.isAlive() && !(Files.exists(temp) && Files.size(temp) > 0) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(p.isAlive()).as("the export is still writing when it is killed").isTrue();
        p.destroyForcibly().waitFor();
        assertThat(p.exitValue()).as("the kill landed (SIGKILL)").isEqualTo(137);
        assertThat(temp).as("what the killed export had written stayed under its temporary name").exists();
        assertThat(Files.size(temp)).isLessThan(good.length);
        assertThat(Files.readAllBytes(export)).isEqualTo(good);
    }

    @Test
    void demoNeverReplacesADatabaseThatAnImportIsWriting() throws Exception {
        Path demo = dir.resolve("quarantine-demo.db");
        ProcessRunner.Run first = ProcessRunner.run(dir, "demo-first", "--db", demo.toString(), "demo");
        assertThat(first.code()).as(first.err()).isZero();
        long demoCases = one(demo, "SELECT COUNT(*) FROM qcase");
        Path roster = TestRosters.write(dir.resolve("roster.csv"), 30_000, 500_000);
        // A demo that has checked the old file and is building the new one when the import opens the file: the
        // window in which a rename would have lost the import's work.
        Process racing = ProcessRunner.start(dir, "demo-racing", "--db", demo.toString(), "demo");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (racing.isAlive() && !building(demo) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Process importing = ProcessRunner.start(dir, "import", "--db", demo.toString(), "--now", NOW, "import",
                roster.toString(), "--batch-size", "1000");
        List<ProcessRunner.Run> demos = new java.util.ArrayList<>();
        demos.add(finish(racing, "demo-racing"));
        for (int i = 0; importing.isAlive() && i < 6; i++) {
            demos.add(ProcessRunner.run(dir, "demo" + i, "--db", demo.toString(), "demo"));
        }
        ProcessRunner.Run imported = finish(importing, "import");
        assertThat(imported.code()).as(imported.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("= ([\\d,]+) registered").matcher(imported.err()
                + imported.out());
        assertThat(m.find()).as(imported.err()).isTrue();
        long registered = Long.parseLong(m.group(1).replace(",", ""));
        assertThat(registered).isEqualTo(30_000);
        int replaced = 0;
        for (ProcessRunner.Run r : demos) {
            assertThat(r.code()).as(r.err()).isIn(0, 3);
            assertThat(r.err()).doesNotContain("Exception");
            if (r.code() == 3) {
                assertThat(r.err()).containsAnyOf("open in another program", "not a demo database");
            } else {
                replaced++;
            }
        }
        // Whatever the order, every case the import reported is in the file everyone opens, beside the demo's own.
        assertThat(one(demo, "SELECT COUNT(*) FROM qcase")).isEqualTo(demoCases + registered);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + demo); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        System.out.printf("hostile: %d demos during an import of 30,000 rows (%d replaced the file before the import "
                + "opened it, the others refused); every imported case kept%n", demos.size(), replaced);
    }

    /** Whether a demo run is building its new database beside {@code demo} (it has checked the old one). */
    private static boolean building(Path demo) throws Exception {
        try (Stream<Path> files = Files.list(demo.getParent())) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("." + demo.getFileName() + ".")
                    && p.getFileName().toString().endsWith(".demo"));
        }
    }

    private ProcessRunner.Run finish(Process p, String name) throws Exception {
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as(name + " finished").isTrue();
        return new ProcessRunner.Run(p.exitValue(), Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }
}
