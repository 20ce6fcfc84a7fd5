package dev.quarantine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** demo writes its own file and never deletes or replaces a database that holds anything but demo data. */
class DemoSafetyTest {
    @TempDir
    Path dir;

    private CliHarness cli() {
        CliHarness cli = new CliHarness(dir);
        cli.env.remove("QUARANTINE_DB");
        return cli;
    }

    @Test
    void demoHasAFileOfItsOwnAndReplacesOnlyAnEarlierDemo() throws Exception {
        CliHarness cli = cli();
        // Run in dir: the default database names are relative to the current folder, so name them absolutely.
        cli.env.put("QUARANTINE_DB", dir.resolve("quarantine-demo.db").toString());
        CliHarness.Result first = cli.run("demo");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(dir.resolve("quarantine-demo.db")).exists();
        assertThat(dir.resolve("quarantine.db")).doesNotExist();
        CliHarness.Result again = cli.run("demo");
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.err()).contains("replaced");
    }

    @Test
    void aDemoDatabaseWithRealWorkIsNeverReplaced() throws Exception {
        CliHarness cli = cli();
        Path db = dir.resolve("quarantine-demo.db");
        cli.env.put("QUARANTINE_DB", db.toString());
        assertThat(cli.run("demo").code()).isZero();
        CliHarness.Result real = cli.at("2020-02-14T18:00", "register", "--name", "王伟", "--id",
                CliHarness.id("410105", "19850312", "100"), "--phone", "13803711234", "--origin", "南阳", "--arrived",
                "2020-02-14");
        assertThat(real.code()).as(real.toString()).isZero();
        byte[] before = Files.readAllBytes(db);
        CliHarness.Result refused = cli.run("demo");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("not a demo database");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void theDatabaseOfRealWorkIsNeverADemosTarget() throws Exception {
        CliHarness cli = cli();
        Path db = dir.resolve("quarantine.db");
        cli.env.put("QUARANTINE_DB", db.toString());
        assertThat(cli.run("init").code()).isZero();
        CliHarness.Result refused = cli.run("demo");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("not a demo database");
        Path text = Files.writeString(dir.resolve("notes.txt"), "mine");
        cli.env.put("QUARANTINE_DB", text.toString());
        assertThat(cli.run("demo").code()).isEqualTo(3);
        assertThat(Files.readString(text)).isEqualTo("mine");
    }

    @Test
    void aDemoDatabaseOpenInAnotherProgramIsNotReplaced() throws Exception {
        CliHarness cli = cli();
        Path db = dir.resolve("quarantine-demo.db");
        cli.env.put("QUARANTINE_DB", db.toString());
        assertThat(cli.run("demo").code()).isZero();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.executeQuery("SELECT COUNT(*) FROM qcase").close();
            CliHarness.Result r = cli.run("demo");
            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err()).contains("open in another program");
        }
    }

    @Test
    void aWriteUnderWayInAnotherProgramKeepsTheDemoFromReplacingIt() throws Exception {
        CliHarness cli = cli();
        Path db = dir.resolve("quarantine-demo.db");
        cli.env.put("QUARANTINE_DB", db.toString());
        assertThat(cli.run("demo").code()).isZero();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            // Another program half-way through a write: its transaction is open, nothing committed yet.
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO audit_log (at, operator, command, action, details) "
                    + "VALUES ('2020-02-14T10:00:00Z', 'clerk', 'register', 'register', 'real work')");
            CliHarness.Result r = cli.run("demo");
            assertThat(r.code()).as(r.toString()).isEqualTo(3);
            assertThat(r.err()).contains("open in another program");
            s.execute("COMMIT");
        }
        // Its work is there, and now that it is real work the demo never replaces the file.
        CliHarness.Result after = cli.run("demo");
        assertThat(after.code()).isEqualTo(3);
        assertThat(after.err()).contains("not a demo database");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE details = 'real work'").getInt(1))
                    .isEqualTo(1);
        }
    }

    @Test
    void sideFilesLeftByAKilledProgramDoNotKeepTheDemoFromReplacingIt() throws Exception {
        CliHarness cli = cli();
        Path live = dir.resolve("live-demo.db");
        cli.env.put("QUARANTINE_DB", live.toString());
        assertThat(cli.run("demo").code()).isZero();
        Path crashed = dir.resolve("quarantine-demo.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + live);
             Statement s = other.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("PRAGMA user_version = 7");
            // What a kill leaves on disk: the file, its log and its shared memory, and no process holding them.
            for (String side : new String[] {"", "-wal", "-shm"}) {
                Files.copy(Path.of(live + side), Path.of(crashed + side));
            }
        }
        assertThat(Path.of(crashed + "-wal")).exists();
        cli.env.put("QUARANTINE_DB", crashed.toString());
        CliHarness.Result r = cli.run("demo");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("replaced").doesNotContain("open in another program");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + crashed); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("PRAGMA integrity_check").getString(1)).isEqualTo("ok");
            assertThat(s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE command = 'demo'").getInt(1)).isPositive();
        }
    }
}
