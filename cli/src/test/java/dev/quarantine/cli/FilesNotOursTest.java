package dev.quarantine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening never writes to a file that is not a Quarantine Desk database, and every file problem names its real cause:
 * an empty or text file, another program's SQLite database, a folder, a missing folder, a file that exists.
 */
class FilesNotOursTest {
    @TempDir
    Path dir;

    private CliHarness cli(Path db) {
        CliHarness cli = new CliHarness(dir);
        cli.env.put("QUARANTINE_DB", db.toString());
        return cli;
    }

    private void assertRefusedUntouched(Path file, String says) throws Exception {
        byte[] before = Files.readAllBytes(file);
        for (List<String> command : List.of(List.of("list"), List.of("hotel", "list"), List.of("report", "daily"),
                List.of("register", "--name", "王伟", "--id", CliHarness.id("410105", "19850312", "100"), "--phone",
                        "13803711234", "--origin", "南阳", "--arrived", "2020-02-03"))) {
            CliHarness.Result r = cli(file).at("2020-02-03T09:00", command.toArray(String[]::new));
            assertThat(r.code()).as(command + " " + r).isEqualTo(5);
            assertThat(r.err()).as(command.toString()).contains(says).contains("not touched").doesNotContain("at dev.");
            assertThat(Files.readAllBytes(file)).as(command.toString()).isEqualTo(before);
            assertThat(Files.exists(Path.of(file + "-wal"))).isFalse();
        }
    }

    @Test
    void anEmptyFileIsRefusedAndLeftAsItWas() throws Exception {
        Path empty = Files.createFile(dir.resolve("e.txt"));
        assertRefusedUntouched(empty, "empty file");
        assertThat(Files.size(empty)).isZero();
    }

    @Test
    void aTextFileIsRefusedAndLeftAsItWas() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "王伟 13803711234\n".repeat(50));
        assertRefusedUntouched(text, "text file");
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedNamingItsTables() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)");
            s.execute("INSERT INTO invoices (amount) VALUES (42)");
        }
        assertRefusedUntouched(other, "another program");
        assertThat(cli(other).run("list").err()).contains("invoices");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT COUNT(*) FROM sqlite_master").getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void anotherProgramsSqliteDatabaseInWalModeIsRefusedAndLeftAsItWas() throws Exception {
        Path other = dir.resolve("wal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)");
            s.execute("INSERT INTO invoices (amount) VALUES (42)");
        }
        assertThat(Files.readAllBytes(other)[18]).as("the header says write-ahead log").isEqualTo((byte) 2);
        assertRefusedUntouched(other, "another program");
        assertThat(cli(other).run("list").err()).contains("invoices");
        assertThat(Path.of(other + "-shm")).as("nothing left beside it").doesNotExist();
        assertThat(Path.of(other + "-wal")).doesNotExist();
    }

    @Test
    void initOnAFileThatIsNotOursSaysWhatItIs() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        CliHarness.Result r = cli(text).run("init");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("exists already").contains("not a Quarantine Desk database");
        assertThat(Files.readString(text)).isEqualTo("hello\n");
        Path ours = dir.resolve("q.db");
        assertThat(cli(ours).run("init").code()).isZero();
        CliHarness.Result again = cli(ours).run("init");
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void initCreatesNoFolders() {
        Path nested = dir.resolve("missing").resolve("x.db");
        CliHarness.Result r = cli(nested).run("init");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("folder").contains("does not exist");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void errorsNameTheirRealCause() throws Exception {
        Path db = dir.resolve("q.db");
        CliHarness cli = cli(db);
        assertThat(cli.run("init").code()).isZero();
        CliHarness.Result folderAsDb = cli(dir).run("list");
        assertThat(folderAsDb.code()).isEqualTo(5);
        assertThat(folderAsDb.err()).contains("is a folder");
        CliHarness.Result importFolder = cli.run("import", dir.toString());
        assertThat(importFolder.code()).isEqualTo(5);
        assertThat(importFolder.err()).contains("is a folder");
        CliHarness.Result missingRoster = cli.run("import", dir.resolve("nope.csv").toString());
        assertThat(missingRoster.err()).contains("no such file");
        CliHarness.Result backup = cli.run("backup", dir.resolve("nowhere").resolve("x.db").toString());
        assertThat(backup.code()).isEqualTo(5);
        assertThat(backup.err()).contains("folder").contains("does not exist");
        CliHarness.Result export = cli.run("export", "cases", "--out", dir.resolve("nowhere").resolve("x.csv").toString());
        assertThat(export.code()).isEqualTo(5);
        assertThat(export.err()).contains("does not exist");
        CliHarness.Result policy = cli.run("policy", "add", dir.resolve("nowhere.json").toString());
        assertThat(policy.code()).isEqualTo(5);
        assertThat(policy.err()).contains("no such file");
        Path existing = Files.writeString(dir.resolve("cases.csv"), "keep me", StandardCharsets.UTF_8);
        CliHarness.Result exists = cli.run("export", "cases", "--out", existing.toString());
        assertThat(exists.code()).isEqualTo(5);
        assertThat(exists.err()).contains("exists already").contains("--force");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void aDatabaseOfOursWithoutTheApplicationIdIsStillOpenedAndMigrated() throws Exception {
        Path db = dir.resolve("v1.db");
        Files.copy(Path.of("src/test/resources/fixtures/schema-v1.db"), db);
        CliHarness.Result r = cli(db).run("list");
        assertThat(r.code()).as(r.toString()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("PRAGMA application_id").getInt(1)).isEqualTo(0x51444553);
        }
    }
}
