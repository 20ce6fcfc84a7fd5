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
}
