package dev.quarantine.cli;

import dev.quarantine.core.testing.PgServer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real command line in-process against a database in a temp folder, capturing stdout, stderr and the code.
 * With {@code -Dqd.backend=postgresql} (the cli module's second test run) the database is a fresh one on the
 * PostgreSQL server of {@link PgServer} instead, so the same tests check both backends.
 */
final class CliHarness {
    static final boolean POSTGRES = "postgresql".equals(System.getProperty("qd.backend"));
    final Path dir;
    /** The database file; on PostgreSQL a file name that nothing uses (tests of files are SQLite's only). */
    final Path db;
    /** Where the database is: the file's path, or the PostgreSQL URL. */
    final String location;
    final Map<String, String> env = new HashMap<>();

    CliHarness(Path dir) {
        this.dir = dir;
        this.db = dir.resolve("q.db");
        this.location = POSTGRES ? PgServer.location(PgServer.newDatabaseDroppedAtExit("qd_cli")) : db.toString();
        env.put("QUARANTINE_DB", location);
        env.put("QUARANTINE_OPERATOR", "tester");
        env.put("LANG", "en_US.UTF-8");
    }

    /** A plain JDBC connection to the database, past the tool (to plant what an older version may have left). */
    java.sql.Connection connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(POSTGRES
                ? PgServer.jdbcUrl(location.substring(location.lastIndexOf('/') + 1)) : "jdbc:sqlite:" + db);
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.mainWithoutExit(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs with {@code --now} fixed. */
    Result at(String now, String... args) {
        List<String> all = new ArrayList<>(List.of("--now", now));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** A valid resident number with the given 6-digit area, birth date yyyymmdd and 3-digit sequence. */
    static String id(String area, String birth, String seq) {
        String first17 = area + birth + seq;
        return first17 + dev.quarantine.core.person.ResidentId.checkCharacter(first17);
    }
}
