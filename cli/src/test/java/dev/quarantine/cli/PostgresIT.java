package dev.quarantine.cli;

import dev.quarantine.core.testing.PgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against a real PostgreSQL server, as separate processes with their own environment: what can go
 * wrong connecting (one line, exit 5, never a password), passwords from PGPASSWORD or ~/.pgpass only, office logins
 * kept to their office by the database, backups with pg_dump, and moving an office's SQLite file into the district's
 * database. Runs in the cli module's PostgreSQL test run.
 */
class PostgresIT {
    private static final String NOW = "2020-02-03T09:00";
    @TempDir
    Path dir;

    private static String host() {
        return PgServer.location("x").replaceAll("^postgresql://[^@]+@([^/]+)/.*$", "$1");
    }

    private ProcessRunner.Run run(String name, Map<String, String> env, String... args) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("PGPASSWORD", null);
        all.putIfAbsent("PGPASSFILE", null);
        all.put("HOME", dir.toString()); // no ~/.pgpass of the machine's user
        return ProcessRunner.runWithEnv(dir, name, all, args);
    }

    /** The one line of an error (a usage error adds a second: where to read the usage). */
    private static void oneLine(ProcessRunner.Run r, int code) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(code == 2 ? 2 : 1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void whatGoesWrongConnectingIsOneLineAndExitFive() throws Exception {
        ProcessRunner.Run unreachable = run("unreachable", Map.of(), "--db", "postgresql://postgres@127.0.0.1:1/x",
                "list");
        oneLine(unreachable, 5);
        ProcessRunner.Run missing = run("missing", Map.of(), "--db", PgServer.location("qd_no_such_database"), "list");
        oneLine(missing, 5);
        assertThat(missing.err()).contains("qd_no_such_database");

        String db = PgServer.newDatabaseDroppedAtExit("qd_pgit");
        ProcessRunner.Run empty = run("empty", Map.of(), "--db", PgServer.location(db), "list");
        oneLine(empty, 5);
        assertThat(empty.err()).contains("init");
        PgServer.sql(db, "CREATE TABLE invoices (id INTEGER)");
        ProcessRunner.Run foreign = run("foreign", Map.of(), "--db", PgServer.location(db), "init");
        oneLine(foreign, 5);
        assertThat(foreign.err()).contains("invoices");
    }

    @Test
    void passwordsComeFromTheEnvironmentOrThePasswordFileNeverTheCommandLine() throws Exception {
        String role = "qd_clerk_" + ProcessHandle.current().pid();
        String db = PgServer.newDatabaseDroppedAtExit("qd_pgit");
        PgServer.sql(null, "DROP ROLE IF EXISTS " + role, "CREATE ROLE " + role + " LOGIN PASSWORD 'S3cret-pw'",
                "ALTER DATABASE " + db + " OWNER TO " + role);
        try {
            String location = "postgresql://" + role + "@" + host() + "/" + db;
            ProcessRunner.Run inUrl = run("inurl", Map.of(), "--db", location.replace(role + "@",
                    role + ":S3cret-pw@"), "init");
            oneLine(inUrl, 2);
            assertThat(inUrl.err()).contains("PGPASSWORD").doesNotContain("S3cret-pw");
            ProcessRunner.Run wrong = run("wrong", Map.of("PGPASSWORD", "not-it"), "--db", location, "init");
            oneLine(wrong, 5);
            assertThat(wrong.err()).contains(role).doesNotContain("not-it");
            ProcessRunner.Run none = run("none", Map.of(), "--db", location, "init");
            oneLine(none, 5);
            assertThat(run("env", Map.of("PGPASSWORD", "S3cret-pw"), "--db", location, "--now", NOW, "init").code())
                    .isZero();
            Path pgpass = dir.resolve("pgpass");
            Files.writeString(pgpass, "*:*:" + db + ":" + role + ":S3cret-pw\n");
            Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            ProcessRunner.Run file = run("file", Map.of("PGPASSFILE", pgpass.toString()), "--db", location, "--now",
                    NOW, "hotel", "add", "锦江之星", "--rooms", "101-102", "--rate", "180");
            assertThat(file.code()).as(file.err()).isZero();
            // Nothing the tool wrote holds the password.
            ProcessRunner.Run events = run("events", Map.of("PGPASSWORD", "S3cret-pw"), "--db", location, "export",
                    "events");
            assertThat(events.code()).as(events.err()).isZero();
            assertThat(events.out()).contains("hotel-add").doesNotContain("S3cret-pw");
        } finally {
            PgServer.dropDatabase(db);
            PgServer.sql(null, "DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void officeLoginsSeeTheirOwnOfficeOnly() throws Exception {
        String db = PgServer.newDatabaseDroppedAtExit("qd_pgit");
        String district = PgServer.location(db);
        String a = "qd_a_" + ProcessHandle.current().pid();
        String b = "qd_b_" + ProcessHandle.current().pid();
        try {
            assertThat(run("init", Map.of(), "--db", district, "--now", NOW, "init").code()).isZero();
            assertThat(run("hotel", Map.of(), "--db", district, "--now", NOW, "hotel", "add", "锦江之星", "--rooms",
                    "101-104", "--rate", "180").code()).isZero();
            assertThat(run("add", Map.of(), "--db", district, "--now", NOW, "office", "add", "如意湖街道").code()).isZero();
            ProcessRunner.Run grant = run("grant", Map.of(), "--db", district, "office", "grant", "本街道", "--role", a);
            assertThat(grant.code()).as(grant.err()).isZero();
            assertThat(grant.err()).contains("\\password " + a);
            assertThat(run("grant2", Map.of(), "--db", district, "office", "grant", "如意湖街道", "--role", b).code())
                    .isZero();
            PgServer.sql(null, "ALTER ROLE " + a + " PASSWORD 'pw-a'", "ALTER ROLE " + b + " PASSWORD 'pw-b'");
            String asA = district.replaceFirst("postgresql://[^@]+@", "postgresql://" + a + "@");
            String asB = district.replaceFirst("postgresql://[^@]+@", "postgresql://" + b + "@");
            ProcessRunner.Run admitted = run("admitA", Map.of("PGPASSWORD", "pw-a"), "--db", asA, "--now", NOW,
                    "admit", "--name", "王伟", "--id", TestRosters.id(1), "--phone", "13900000001", "--origin", "武汉",
                    "--arrived", "2020-02-02", "--temp", "36.5");
            assertThat(admitted.code()).as(admitted.err()).isZero();
            assertThat(run("regB", Map.of("PGPASSWORD", "pw-b"), "--db", asB, "--now", NOW, "register", "--name", "李娜",
                    "--id", TestRosters.id(2), "--phone", "13900000002", "--origin", "武汉", "--arrived", "2020-02-02")
                    .code()).isZero();
            ProcessRunner.Run listB = run("listB", Map.of("PGPASSWORD", "pw-b"), "--db", asB, "--format", "csv", "list");
            assertThat(listB.out()).contains("李娜").doesNotContain("王伟");
            ProcessRunner.Run showA = run("showA", Map.of("PGPASSWORD", "pw-b"), "--db", asB, "show", "Q000001");
            oneLine(showA, 4);
            ProcessRunner.Run all = run("allB", Map.of("PGPASSWORD", "pw-b"), "--db", asB, "list", "--all-offices");
            oneLine(all, 3);
            ProcessRunner.Run district2 = run("district", Map.of(), "--db", district, "--format", "csv", "list",
                    "--all-offices");
            assertThat(district2.out()).contains("王伟").contains("李娜");
        } finally {
            PgServer.dropDatabase(db);
            PgServer.sql(null, "DROP ROLE IF EXISTS " + a, "DROP ROLE IF EXISTS " + b);
        }
    }

    @Test
    void backupIsAPgDumpThatRestoresAndMigrateToMovesAnOfficeFileIn() throws Exception {
        Path file = dir.resolve("office.db");
        assertThat(run("init", Map.of(), "--db", file.toString(), "--now", NOW, "init").code()).isZero();
        assertThat(run("hotel", Map.of(), "--db", file.toString(), "--now", NOW, "hotel", "add", "锦江之星", "--rooms",
                "101-104", "--rate", "180").code()).isZero();
        assertThat(run("admit", Map.of(), "--db", file.toString(), "--now", NOW, "admit", "--name", "王伟", "--id",
                TestRosters.id(1), "--phone", "13900000001", "--origin", "武汉", "--arrived", "2020-02-02", "--temp",
                "36.5").code()).isZero();
        ProcessRunner.Run listBefore = run("before", Map.of(), "--db", file.toString(), "--format", "csv", "list");
        String db = PgServer.newDatabaseDroppedAtExit("qd_pgit");
        ProcessRunner.Run moved = run("migrate", Map.of(), "--db", file.toString(), "migrate-to", PgServer.location(db));
        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("qcase");
        ProcessRunner.Run listAfter = run("after", Map.of(), "--db", PgServer.location(db), "--format", "csv", "list");
        assertThat(listAfter.out()).isEqualTo(listBefore.out());

        Path dump = dir.resolve("district.dump");
        ProcessRunner.Run backup = run("backup", Map.of(), "--db", PgServer.location(db), "backup", dump.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(Files.size(dump)).isPositive();
        String restored = PgServer.newDatabaseDroppedAtExit("qd_restored");
        String host = host();
        Process p = new ProcessBuilder("pg_restore", "--no-password", "--host=" + host.substring(0, host.indexOf(':')),
                "--port=" + host.substring(host.indexOf(':') + 1), "--username=postgres", "--dbname=" + restored,
                dump.toString()).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(run("restored", Map.of(), "--db", PgServer.location(restored), "--format", "csv", "list").out())
                .isEqualTo(listBefore.out());
        // Without pg_dump on the PATH, a backup is refused naming it.
        ProcessRunner.Run noDump = run("nodump", Map.of("PATH", "/nonexistent"), "--db", PgServer.location(db),
                "backup", dir.resolve("x.dump").toString());
        oneLine(noDump, 3);
        assertThat(noDump.err()).contains("pg_dump");
        assertThat(List.of(dir.toFile().list())).doesNotContain("x.dump");
    }

    @Test
    void migrateToMovesASecondOfficeBesideTheFirstRenumberedAndRefusesAConflictWhole() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        Path c = dir.resolve("c.db");
        for (Path f : List.of(a, b, c)) {
            assertThat(run("init", Map.of(), "--db", f.toString(), "--now", NOW, "init").code()).isZero();
        }
        for (Path f : List.of(a, b)) {
            assertThat(run("hotel", Map.of(), "--db", f.toString(), "--now", NOW, "hotel", "add", "锦江之星",
                    "--rooms", "101-104", "--rate", "180").code()).isZero();
        }
        assertThat(run("admitA", Map.of(), "--db", a.toString(), "--now", NOW, "admit", "--name", "王伟", "--id",
                TestRosters.id(1), "--phone", "13900000001", "--origin", "武汉", "--arrived", "2020-02-02", "--temp",
                "36.5").code()).isZero();
        assertThat(run("admitB", Map.of(), "--db", b.toString(), "--now", NOW, "admit", "--name", "李娜", "--id",
                TestRosters.id(2), "--phone", "13900000002", "--origin", "武汉", "--arrived", "2020-02-02", "--temp",
                "36.5", "--room", "102").code()).isZero();
        assertThat(run("regC", Map.of(), "--db", c.toString(), "--now", NOW, "register", "--name", "王伟", "--id",
                TestRosters.id(1), "--phone", "13900000001", "--origin", "武汉", "--arrived", "2020-02-02").code())
                .isZero();
        String db = PgServer.newDatabaseDroppedAtExit("qd_pgit");
        String district = PgServer.location(db);

        ProcessRunner.Run first = run("moveA", Map.of(), "--db", a.toString(), "migrate-to", district);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(Files.exists(dir.resolve("a.case-numbers.csv"))).isFalse();
        ProcessRunner.Run second = run("moveB", Map.of(), "--db", b.toString(), "migrate-to", district, "--office",
                "如意湖街道");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).contains("如意湖街道").contains("b.case-numbers.csv");
        assertThat(Files.readString(dir.resolve("b.case-numbers.csv")).lines())
                .containsExactly("\uFEFFold_case_number,new_case_number", "Q000001,Q000002");
        ProcessRunner.Run list = run("list", Map.of(), "--db", district, "--format", "csv", "list", "--all-offices");
        assertThat(list.out()).contains("Q000001").contains("王伟").contains("Q000002").contains("李娜")
                .contains("如意湖街道");

        ProcessRunner.Run refused = run("moveC", Map.of(), "--db", c.toString(), "migrate-to", district, "--office",
                "龙子湖街道");
        oneLine(refused, 3);
        assertThat(refused.err()).contains("Q000001").contains("1 conflict");
        assertThat(Files.exists(dir.resolve("c.case-numbers.csv"))).isFalse();
    }
}
