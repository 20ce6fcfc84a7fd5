package dev.quarantine.cli;

import dev.quarantine.core.testing.PgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate-to} moves the demo's register (cases of every status, readings, bills, services, events), 6,000 more
 * cases (two chunks of the move), texts that a CSV stream must not bend (quotes, commas, a backslash, a note of two
 * quotes) and empty texts beside NULLs from SQLite into PostgreSQL: every value of every table it names arrives as it
 * was, NULL as NULL and empty as empty.
 */
class MigrateToValuesTest {
    @TempDir
    Path dir;

    private static CliHarness.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.mainWithoutExit(args, new PrintWriter(out), new PrintWriter(err),
                Map.of("QUARANTINE_OPERATOR", "tester", "LANG", "en_US.UTF-8"));
        return new CliHarness.Result(code, out.toString(), err.toString());
    }

    @Test
    void everyValueOfEveryTableArrivesAsItWas() throws SQLException, java.io.IOException {
        String target = PgServer.newDatabaseDroppedAtExit("qd_values");
        String file = dir.resolve("office.db").toString();
        assertThat(run("--db", file, "demo").code()).isZero();
        CliHarness.Result odd = run("--db", file, "--now", "2020-02-15T10:00", "register", "--name", "O'Brien 王",
                "--id", CliHarness.id("410105", "19850312", "100"), "--phone", "13803710000", "--origin", "南阳",
                "--arrived", "2020-02-14", "--community", "祭城路,社区", "--address", "郑东新区\\88号 \"东门\"",
                "--notes", "\"\"");
        assertThat(odd.code()).as(odd.toString()).isZero();
        // More cases than one chunk of the move holds (5,000).
        CliHarness.Result roster = run("--db", file, "--now", "2020-02-15T10:00", "import",
                TestRosters.write(dir.resolve("roster.csv"), 6_000, 0).toString());
        assertThat(roster.code()).as(roster.toString()).isZero();
        // What this program never writes but an older version or another tool may have: empty texts beside NULLs.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE qcase SET notes = '', address = NULL WHERE id IN (1, 5001)")).isEqualTo(2);
            assertThat(s.executeUpdate("UPDATE qcase SET notes = NULL, address = '' WHERE id = 2")).isEqualTo(1);
        }

        CliHarness.Result moved = run("--db", file, "migrate-to", PgServer.location(target));
        assertThat(moved.code()).as(moved.toString()).isZero();
        // The tables the move names, with the rows it counted.
        Map<String, Long> counted = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^([a-z_]+)\\s+([0-9,]+)\\s*$").matcher(moved.out());
        while (m.find()) {
            counted.put(m.group(1), Long.parseLong(m.group(2).replace(",", "")));
        }
        assertThat(counted).containsKeys("qcase", "reading", "payment", "service_request", "audit_log");
        assertThat(counted.get("qcase")).isGreaterThan(6_000);

        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + file);
             Connection to = DriverManager.getConnection(PgServer.jdbcUrl(target))) {
            long compared = 0;
            for (Map.Entry<String, Long> table : counted.entrySet()) {
                List<List<String>> source = rows(from, table.getKey(), null);
                List<List<String>> there = rows(to, table.getKey(), columns(from, table.getKey()));
                if (table.getKey().equals("audit_log")) {
                    // Both logs go on with the move itself ("migrate-to" here, "migrate-from" there).
                    int n = table.getValue().intValue();
                    assertThat(source).hasSize(n + 1);
                    assertThat(there).hasSize(n + 1);
                    source = source.subList(0, n);
                    there = there.subList(0, n);
                }
                assertThat((long) source.size()).as(table.getKey()).isEqualTo(table.getValue());
                assertThat(there).as(table.getKey()).isEqualTo(source);
                compared += source.size();
            }
            assertThat(compared).isGreaterThan(6_500);
            try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, notes, address FROM qcase WHERE id IN (1, 2, 5001) ORDER BY id")) {
                for (String[] expected : new String[][] {{"1", "", null}, {"2", null, ""}, {"5001", "", null}}) {
                    assertThat(rs.next()).isTrue();
                    assertThat(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).containsExactly(expected);
                }
            }
            try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name, community, address, notes FROM qcase WHERE name LIKE 'O''Brien%'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("O'Brien 王");
                assertThat(rs.getString(2)).isEqualTo("祭城路,社区");
                assertThat(rs.getString(3)).isEqualTo("郑东新区\\88号 \"东门\"");
                assertThat(rs.getString(4)).isEqualTo("\"\"");
            }
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    /** Every row of {@code table} in key order, each value as text (numbers of either engine alike) or null. */
    private static List<List<String>> rows(Connection c, String table, List<String> columns) throws SQLException {
        List<String> names = columns != null ? columns : columns(c, table);
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + String.join(", ", names)
                + " FROM " + table + " ORDER BY " + names.get(0))) {
            while (rs.next()) {
                List<String> row = new ArrayList<>(names.size());
                for (int i = 1; i <= names.size(); i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? null : v.toString());
                }
                out.add(row);
            }
        }
        if (!table.equals("audit_log")) {
            // A text key (a policy's, an origin's) sorts by each server's collation: compare in one order.
            out.sort(java.util.Comparator.comparing(List::toString));
        }
        return out;
    }
}
