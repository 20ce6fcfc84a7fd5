package dev.quarantine.cli;

import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.testing.PgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against a real PostgreSQL server, as separate processes with their own environment: what can go
 * wrong connecting (one line, exit 5, never a password), passwords from PGPASSWORD or ~/.pgpass only, office logins
 * kept to their office by the database (also while two offices' clerks admit into one small hotel at once),
 * backups with pg_dump, and moving an office's SQLite file into the district's database. Runs in the cli module's
 * PostgreSQL test run.
 */
class PostgresIT {
    private static final String NOW = "2020-02-03T09:00";
    @TempDir
    Path dir;

    private static String host() {
        return PgServer.location("x").replaceAll("^postgresql://[^@]+@([^/]+)/.*$", "$1");
    }

    private ProcessRunner.Run run(String name, Map<String, String> env, String... args) throws Exception {
        return run(name, List.of("-Xmx128m"), env, args);
    }

    private ProcessRunner.Run run(String name, List<String> jvm, Map<String, String> env, String... args)
            throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("PGPASSWORD", null);
        all.putIfAbsent("PGPASSFILE", null);
        all.put("HOME", dir.toString()); // no ~/.pgpass of the machine's user
        return ProcessRunner.runWithEnv(dir, name, jvm, all, args);
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

    /** A clerk's attempt: a registration first (null when the admission registers too), then the admission. */
    private record Attempt(int office, String id, ProcessRunner.Run register, ProcessRunner.Run admit) {
    }

    private static final Pattern REGISTERED = Pattern.compile("(?m)^registered (Q\\d{6})");
    private static final Pattern ADMITTED = Pattern.compile("(?m)^admitted (Q\\d{6}) to 锦江之星 room (\\d+) ");

    /** No deadlock, no busy database, no stack trace: what concurrent clerks must never see. */
    private static void clean(ProcessRunner.Run r) {
        assertThat(r.err()).doesNotContainIgnoringCase("deadlock").doesNotContainIgnoringCase("busy")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    /**
     * Clerks of two offices, each office on its own login and password, register and admit at once into one small
     * hotel the district shares, more people than rooms: row-level security's WITH CHECK, the case numbers of
     * qd_next_case_id() and the hotel's turn-taking all meet under office logins. Some clerks admit a case they have
     * just registered, others register and admit in one command, as at the door. Every room is taken once and the
     * rest are refused as full in one line with exit 3; every case has its own number and the office of the login
     * that registered it; each login lists its own office's cases only.
     */
    @Test
    void officeLoginsAdmittingAtOnceIntoOneSmallHotelNeverShareARoomAndKeepTheirOwnCases() throws Exception {
        long started = System.nanoTime();
        int rooms = 6;
        int perOffice = 10;
        // As the launcher starts every command but an import.
        List<String> jvm = List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        String db = PgServer.newDatabaseDroppedAtExit("qd_pgit");
        String district = PgServer.location(db);
        String[] offices = {"本街道", "如意湖街道"};
        String[] roles = {"qd_ca_" + ProcessHandle.current().pid(), "qd_cb_" + ProcessHandle.current().pid()};
        String[] passwords = {"pw-a-7Qx", "pw-b-3Kz"};
        try {
            // The district's setup in-process (what init, office add, hotel add and office grant do): only the clerks'
            // work needs to be processes.
            Clock clock = Clock.fixed(Instant.parse("2020-02-03T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
            try (QuarantineDesk desk = QuarantineDesk.create(district, clock, "区指挥部", List.of())) {
                desk.offices().add(offices[1], null, null, null);
                desk.hotels().add("锦江之星", null, Money.parse("180"), "101-" + (100 + rooms));
                desk.offices().grant(offices[0], roles[0]);
                desk.offices().grant(offices[1], roles[1]);
            }
            String[] logins = new String[2];
            for (int o = 0; o < 2; o++) {
                PgServer.sql(null, "ALTER ROLE " + roles[o] + " PASSWORD '" + passwords[o] + "'");
                logins[o] = district.replaceFirst("postgresql://[^@]+@", "postgresql://" + roles[o] + "@");
            }

            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Attempt>> attempts = new ArrayList<>();
            // Offices alternate; early on (while rooms are free) admissions of a case registered a moment before
            // alternate with registrations-and-admissions, which lock the case table before they wait for the hotel.
            for (int i = 0; i < perOffice; i++) {
                for (int o = 0; o < 2; o++) {
                    int office = o;
                    int n = 100 * o + i;
                    boolean registerFirst = i < 6 && i % 2 == 0;
                    String id = TestRosters.id(5000 + n);
                    Map<String, String> env = Map.of("PGPASSWORD", passwords[o]);
                    String[] person = {"--name", "王李".charAt(o) + String.valueOf("伟芳娜敏静强磊军".charAt(i % 8)),
                            "--id", id, "--phone", "139" + String.format("%08d", n), "--origin", "武汉", "--arrived",
                            "2020-02-02"};
                    attempts.add(pool.submit(() -> {
                        ProcessRunner.Run register = null;
                        List<String> admit = new ArrayList<>(List.of("--db", logins[office], "--now", NOW, "admit"));
                        if (registerFirst) {
                            List<String> args = new ArrayList<>(List.of("--db", logins[office], "--now", NOW,
                                    "register"));
                            args.addAll(List.of(person));
                            register = run("reg" + n, jvm, env, args.toArray(String[]::new));
                            Matcher m = REGISTERED.matcher(register.err());
                            if (register.code() != 0 || !m.find()) {
                                return new Attempt(office, id, register, null);
                            }
                            admit.add(m.group(1));
                        } else {
                            admit.addAll(List.of(person));
                        }
                        admit.addAll(List.of("--temp", "36.5"));
                        return new Attempt(office, id, register, run("admit" + n, jvm, env,
                                admit.toArray(String[]::new)));
                    }));
                }
            }
            pool.shutdown(); // the attempts run on
            String full = "hotel 锦江之星 is full: " + rooms + " of " + rooms + " rooms occupied, 0 awaiting disinfection";
            Map<String, String> numberOf = new HashMap<>(); // identity number -> the case number its clerk was told
            Map<String, String> officeOf = new HashMap<>(); // identity number -> the office of the login
            Set<String> roomsTaken = new HashSet<>();
            Set<String> stillRegistered = new HashSet<>();
            int admitted = 0;
            int refused = 0;
            List<Attempt> done = new ArrayList<>();
            for (Future<Attempt> f : attempts) {
                done.add(f.get()); // all finished before any is judged: no clerk left running on a failure
            }
            for (Attempt a : done) {
                if (a.register() != null) {
                    ProcessRunner.Run r = a.register();
                    clean(r);
                    assertThat(r.code()).as(r.err()).isZero();
                    Matcher m = REGISTERED.matcher(r.err());
                    assertThat(m.find()).as(r.err()).isTrue();
                    numberOf.put(a.id(), m.group(1));
                    officeOf.put(a.id(), offices[a.office()]);
                }
                ProcessRunner.Run r = a.admit();
                clean(r);
                assertThat(r.code()).as(r.err()).isIn(0, 3);
                if (r.code() == 0) {
                    Matcher m = ADMITTED.matcher(r.err());
                    assertThat(m.find()).as(r.err()).isTrue();
                    assertThat(roomsTaken.add(m.group(2))).as("room %s given twice", m.group(2)).isTrue();
                    if (a.register() != null) {
                        assertThat(m.group(1)).isEqualTo(numberOf.get(a.id()));
                    }
                    numberOf.put(a.id(), m.group(1));
                    officeOf.put(a.id(), offices[a.office()]);
                    admitted++;
                } else {
                    oneLine(r, 3);
                    assertThat(r.err().strip()).isEqualTo(full);
                    if (a.register() != null) {
                        stillRegistered.add(a.id());
                    }
                    refused++;
                }
            }
            assertThat(admitted).isEqualTo(rooms);
            assertThat(refused).isEqualTo(2 * perOffice - rooms);
            assertThat(new HashSet<>(numberOf.values())).as("a case number each").hasSize(numberOf.size());

            try (Connection c = DriverManager.getConnection(PgServer.jdbcUrl(db)); Statement s = c.createStatement()) {
                Map<String, String> numberInDb = new HashMap<>();
                Map<String, String> officeInDb = new HashMap<>();
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT c.id, c.id_number, c.status, c.room_id, o.name "
                        + "FROM qcase c JOIN office o ON o.id = c.office_id ORDER BY c.id")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        numberInDb.put(rs.getString(2), String.format("Q%06d", rs.getLong(1)));
                        officeInDb.put(rs.getString(2), rs.getString(5));
                        boolean open = stillRegistered.contains(rs.getString(2));
                        assertThat(rs.getString(3)).as(rs.getString(2)).isEqualTo(open ? "REGISTERED" : "ADMITTED");
                        assertThat(rs.getObject(4)).as(rs.getString(2)).matches(room -> open == (room == null));
                    }
                }
                // Refused admissions that registered too registered nothing; the numbers run on without a gap.
                assertThat(numberInDb).as("each case the number its clerk was told").isEqualTo(numberOf);
                assertThat(officeInDb).as("each case its login's office").isEqualTo(officeOf);
                assertThat(ids).isEqualTo(LongStream.rangeClosed(1, ids.size()).boxed().toList());
                try (ResultSet rs = s.executeQuery("SELECT r.number, r.state, COUNT(c.id) FROM room r "
                        + "LEFT JOIN qcase c ON c.room_id = r.id AND c.status = 'ADMITTED' "
                        + "GROUP BY r.number, r.state")) {
                    int n = 0;
                    while (rs.next()) {
                        assertThat(rs.getString(2)).as("room %s", rs.getString(1)).isEqualTo("OCCUPIED");
                        assertThat(rs.getInt(3)).as("open cases in room %s", rs.getString(1)).isEqualTo(1);
                        n++;
                    }
                    assertThat(n).isEqualTo(rooms);
                }
                try (ResultSet rs = s.executeQuery("SELECT a.action, COUNT(*), COUNT(*) FILTER (WHERE a.office_id "
                        + "IS DISTINCT FROM c.office_id) FROM audit_log a JOIN qcase c ON c.id = a.case_id "
                        + "GROUP BY a.action ORDER BY a.action")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("admit");
                    assertThat(rs.getInt(2)).isEqualTo(rooms);
                    assertThat(rs.getInt(3)).as("admissions logged for another office").isZero();
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("register");
                    assertThat(rs.getInt(2)).isEqualTo(ids.size());
                    assertThat(rs.getInt(3)).as("registrations logged for another office").isZero();
                    assertThat(rs.next()).isFalse();
                }
            }
            // Each login lists its own office's cases, all of them, and none of the other's; and reads no other.
            for (int o = 0; o < 2; o++) {
                ProcessRunner.Run list = run("list" + o, jvm, Map.of("PGPASSWORD", passwords[o]), "--db", logins[o],
                        "--format", "csv", "list");
                assertThat(list.code()).as(list.err()).isZero();
                String office = offices[o];
                Set<String> mine = numberOf.entrySet().stream().filter(e -> officeOf.get(e.getKey()).equals(office))
                        .map(Map.Entry::getValue).collect(Collectors.toSet());
                assertThat(mine).isNotEmpty();
                List<String[]> rows = list.out().lines().skip(1).map(l -> l.split(",", -1)).toList();
                assertThat(rows).extracting(r -> r[0]).as("the cases %s lists", office)
                        .containsExactlyInAnyOrderElementsOf(mine);
                assertThat(rows).extracting(r -> r[r.length - 1]).containsOnly(office);
                // And the database itself (row-level security) shows the login no other case, whatever reads it.
                java.util.Properties login = new java.util.Properties();
                login.setProperty("user", roles[o]);
                login.setProperty("password", passwords[o]);
                String url = PgServer.jdbcUrl(db).replaceAll("[?&]user=[^&]*", "");
                try (Connection c = DriverManager.getConnection(url, login); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT id FROM qcase")) {
                    Set<String> seen = new HashSet<>();
                    while (rs.next()) {
                        seen.add(String.format("Q%06d", rs.getLong(1)));
                    }
                    assertThat(seen).as("the cases %s's login reads", office).isEqualTo(mine);
                }
            }
        } finally {
            PgServer.dropDatabase(db);
            PgServer.sql(null, "DROP ROLE IF EXISTS " + roles[0], "DROP ROLE IF EXISTS " + roles[1]);
        }
        System.out.printf("postgresql: 2 office logins, %d admissions at once into %d rooms: %d admitted, %d refused "
                + "as full, in %d s%n", 2 * perOffice, rooms, rooms, 2 * perOffice - rooms,
                (System.nanoTime() - started) / 1_000_000_000);
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
