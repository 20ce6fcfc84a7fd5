package dev.quarantine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file a command writes: never the database (or its -wal, -shm, -journal) or the file being read, never an
 * existing file without --force, never through a symbolic link; readable by its owner only; and nothing is left behind
 * under a temporary name.
 */
class OutputFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOW = "2020-02-10T09:00";
    private static final String ROSTER = "name,id_number,phone,origin,arrival_date\n"
            + "王伟," + CliHarness.id("411302", "19850312", "101") + ",13803711234,南阳,2020-02-03\n"
            + "李娜," + CliHarness.id("420106", "19900101", "102") + ",123,武汉,2020-02-03\n";

    @TempDir
    Path dir;
    CliHarness cli;
    Path roster;

    @BeforeEach
    void init() throws Exception {
        cli = new CliHarness(dir);
        assertThat(cli.at(NOW, "init").code()).isZero();
        roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
    }

    private long cases() throws Exception {
        return JSON.readTree(cli.run("--format", "json", "list").out()).get("total").asLong();
    }

    private void assertNoTemporaryFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void theDatabaseAndItsSideFilesAreNeverAnOutput() throws Exception {
        byte[] db = Files.readAllBytes(cli.db);
        for (String target : new String[] {cli.db.toString(), cli.db + "-wal", cli.db + "-shm", cli.db + "-journal",
                dir.resolve(".").resolve("q.db").toString()}) {
            CliHarness.Result rejects = cli.at(NOW, "import", roster.toString(), "--rejects", target, "--force");
            assertThat(rejects.code()).as(target + rejects).isEqualTo(5);
            assertThat(rejects.err()).contains("would overwrite");
            CliHarness.Result export = cli.run("export", "cases", "--out", target, "--force");
            assertThat(export.code()).as(target + export).isEqualTo(5);
            CliHarness.Result backup = cli.run("backup", target, "--force");
            assertThat(backup.code()).as(target + backup).isEqualTo(5);
        }
        assertThat(cases()).isZero();
        assertThat(Files.readAllBytes(cli.db)).isEqualTo(db);
    }

    @Test
    void theRosterBeingReadIsNeverItsOwnRejectsFile() throws Exception {
        CliHarness.Result r = cli.at(NOW, "import", roster.toString(), "--rejects", roster.toString(), "--force");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("would overwrite").doesNotContain("rows add up");
        assertThat(Files.readString(roster)).isEqualTo(ROSTER);
        assertThat(cases()).isZero();
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForceAndNeverThroughALink() throws Exception {
        Path out = Files.writeString(dir.resolve("cases.csv"), "earlier");
        CliHarness.Result refused = cli.run("export", "cases", "--out", out.toString());
        assertThat(refused.code()).isEqualTo(5);
        assertThat(Files.readString(out)).isEqualTo("earlier");
        assertThat(cli.run("export", "cases", "--out", out.toString(), "--force").code()).isZero();
        assertThat(Files.readString(out)).contains("case_number");
        Path precious = Files.writeString(dir.resolve("precious.txt"), "do not touch");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), precious);
        CliHarness.Result viaLink = cli.run("export", "cases", "--out", link.toString(), "--force");
        assertThat(viaLink.code()).isEqualTo(5);
        assertThat(viaLink.err()).contains("symbolic link");
        assertThat(Files.readString(precious)).isEqualTo("do not touch");
        Path explicit = Files.writeString(dir.resolve("mine.csv"), "keep");
        CliHarness.Result rejects = cli.at(NOW, "import", roster.toString(), "--rejects", explicit.toString());
        assertThat(rejects.code()).isEqualTo(5);
        assertThat(Files.readString(explicit)).isEqualTo("keep");
        assertThat(cases()).isZero();
        assertNoTemporaryFiles();
    }

    @Test
    void theRejectsFileAndBackupsAreNeverWrittenThroughALinkEvenWithForce() throws Exception {
        Path precious = Files.writeString(dir.resolve("precious.txt"), "do not touch");
        Path rejectsLink = Files.createSymbolicLink(dir.resolve("rejects.csv"), precious);
        CliHarness.Result rejects = cli.at(NOW, "import", roster.toString(), "--rejects", rejectsLink.toString(),
                "--force");
        assertThat(rejects.code()).as(rejects.toString()).isEqualTo(5);
        assertThat(rejects.err()).contains("symbolic link").doesNotContain("rows add up");
        assertThat(cases()).as("nothing imported when the rejects file is refused").isZero();
        Path backupLink = Files.createSymbolicLink(dir.resolve("copy.db"), precious);
        CliHarness.Result backup = cli.run("backup", backupLink.toString(), "--force");
        assertThat(backup.code()).as(backup.toString()).isEqualTo(5);
        assertThat(backup.err()).contains("symbolic link");
        // A dangling link is refused too: nothing is created where it points.
        Path nowhere = dir.resolve("nowhere.db");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.db"), nowhere);
        assertThat(cli.run("backup", dangling.toString()).code()).isEqualTo(5);
        assertThat(nowhere).doesNotExist();
        assertThat(Files.readString(precious)).isEqualTo("do not touch");
        assertThat(Files.isSymbolicLink(rejectsLink) && Files.isSymbolicLink(backupLink)).isTrue();
        assertNoTemporaryFiles();
    }

    @Test
    void filesWithPersonalDataAreReadableByTheirOwnerOnly() throws Exception {
        assertThat(cli.at(NOW, "import", roster.toString()).code()).isZero();
        Path rejects = dir.resolve("roster.rejects.csv");
        Path export = dir.resolve("cases.csv");
        Path full = dir.resolve("full.csv");
        Path backup = dir.resolve("copy.db");
        assertThat(cli.run("export", "cases", "--out", export.toString()).code()).isZero();
        assertThat(cli.run("--unmasked", "export", "cases", "--out", full.toString()).code()).isZero();
        assertThat(cli.run("backup", backup.toString()).code()).isZero();
        for (Path p : new Path[] {rejects, export, full, backup}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rw-------");
        }
        assertNoTemporaryFiles();
    }

    @Test
    void theRejectsFileOfAnEarlierImportIsReplacedOrRemovedAndSaidSo() throws Exception {
        CliHarness.Result first = cli.at(NOW, "import", roster.toString());
        assertThat(first.code()).isZero();
        Path rejects = dir.resolve("roster.rejects.csv");
        assertThat(Files.readString(rejects)).contains("李娜");
        // The same roster again: its rejects file is replaced (the same problem), and the user is told.
        CliHarness.Result again = cli.at(NOW, "import", roster.toString());
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("replaced the rejects file");
        // Fixed roster: no row is rejected, so the stale rejects file goes.
        Files.writeString(roster, ROSTER.replace(",123,", ",13937155678,"));
        CliHarness.Result clean = cli.at(NOW, "import", roster.toString());
        assertThat(clean.code()).isZero();
        assertThat(clean.err()).contains("removed the rejects file");
        assertThat(rejects).doesNotExist();
        assertThat(cases()).isEqualTo(2);
    }
}
