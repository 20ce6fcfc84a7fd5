package dev.quarantine.core.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * SQLite through sqlite-jdbc: write-ahead log, foreign keys on, a busy timeout, and write transactions that take the
 * write lock at {@code BEGIN} ({@code IMMEDIATE}), so two writers queue instead of failing with a deadlock.
 */
public final class SqliteDialect implements Dialect {
    static final int BUSY_TIMEOUT_MS = 60_000;
    /** The page cache of a bulk write (KiB): 64 MiB, outside the Java heap. */
    private static final int BULK_CACHE_KIB = 65_536;
    /** ... while it builds indexes again ({@link #dropPlainIndexes}). */
    private static final int SORT_CACHE_KIB = 16_384;

    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public String name() {
        return "sqlite";
    }

    /** Schema version 8 on SQLite keeps the tallies: one writer at a time, so their rows make no one wait. */
    @Override
    public boolean talliesCases() {
        return true;
    }

    /** A file path, or a {@code jdbc:sqlite:} URL. */
    @Override
    public boolean accepts(String location) {
        return location.startsWith(PREFIX) || !location.startsWith("jdbc:");
    }

    @Override
    public String url(String location) {
        return location.startsWith(PREFIX) ? location : PREFIX + Path.of(location).toAbsolutePath();
    }

    /** The file a location names. */
    public static Path file(String location) {
        return Path.of(location.startsWith(PREFIX) ? location.substring(PREFIX.length()) : location);
    }

    /**
     * One JDBC batch of {@code INSERT … ON CONFLICT DO NOTHING}: one trip into the driver for many rows. Into
     * {@code qcase} inside a transaction, the tallies' insert trigger is set aside for the batch and the tallies brought
     * up to date from the batch's rows at once, in the same transaction (see {@link #withoutInsertTrigger}).
     */
    @Override
    public boolean[] insertAll(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        if (table.equals("qcase") && columns.contains("id") && !connection.getAutoCommit() && !rows.isEmpty()) {
            return withoutInsertTrigger(connection, columns, rows);
        }
        return batch(connection, table, columns, rows);
    }

    private boolean[] batch(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ") ON CONFLICT DO NOTHING";
        int[] counts;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(ps, i + 1, row[i]);
                }
                ps.addBatch();
            }
            counts = ps.executeBatch();
        }
        boolean[] written = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            written[i] = counts[i] == 1;
        }
        return written;
    }

    /**
     * Inserts cases with the trigger that counts each new case into the tallies dropped, then counts the batch's cases
     * into them with one statement per tally and puts the trigger back as it was, all in the caller's transaction: if it
     * rolls back (a failure, a killed process), so do the drop, the rows and the counts. A trigger on the table makes
     * SQLite keep a statement journal of every page each row's insert changes, which made a large import take 60% longer.
     * The batch's cases are those with ids past the largest before it: when a row's id is not (a caller filling gaps),
     * the trigger stays and counts each row.
     */
    private boolean[] withoutInsertTrigger(Connection connection, List<String> columns, List<Object[]> rows)
            throws SQLException {
        String trigger = null;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'case_tally_insert'");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                trigger = rs.getString(1);
            }
        }
        if (trigger == null) {
            // Schema version 8 keeps the tallies: without their trigger every count of the report would be wrong.
            throw new SQLException("the trigger case_tally_insert is missing: the database was changed outside "
                    + "Quarantine Desk");
        }
        int id = columns.indexOf("id");
        long before;
        try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM qcase");
             ResultSet rs = ps.executeQuery()) {
            before = rs.next() ? rs.getLong(1) : 0;
        }
        for (Object[] row : rows) {
            if (((Number) row[id]).longValue() <= before) {
                return batch(connection, "qcase", columns, rows); // not all past the largest id: the trigger counts
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TRIGGER case_tally_insert");
        }
        boolean[] written = batch(connection, "qcase", columns, rows);
        long first = before + 1;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < written.length; i++) {
            if (written[i]) {
                last = Math.max(last, ((Number) rows.get(i)[id]).longValue());
            }
        }
        if (first <= last) {
            for (String catchUp : List.of("INSERT INTO case_tally (office_id, status, category, eligible_date, n) "
                            + "SELECT office_id, status, category, eligible_date, COUNT(*) FROM qcase WHERE id BETWEEN ? "
                            + "AND ? GROUP BY office_id, status, category, eligible_date "
                            + "ON CONFLICT (office_id, status, category, eligible_date) DO UPDATE SET n = n + excluded.n",
                    "INSERT INTO registration_tally (office_id, hour, n) SELECT office_id, substr(registered_at, 1, 13), "
                            + "COUNT(*) FROM qcase WHERE id BETWEEN ? AND ? GROUP BY office_id, "
                            + "substr(registered_at, 1, 13) ON CONFLICT (office_id, hour) DO UPDATE SET n = n + excluded.n")) {
                try (PreparedStatement ps = connection.prepareStatement(catchUp)) {
                    ps.setLong(1, first);
                    ps.setLong(2, last);
                    ps.executeUpdate();
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute(trigger);
        }
        return written;
    }

    @Override
    public InputStream script(int version) {
        return SqliteDialect.class.getResourceAsStream("/dev/quarantine/core/internal/store/sqlite/V" + version + ".sql");
    }

    @Override
    public Properties connectionProperties(String location) {
        Properties p = new Properties();
        // sqlite-jdbc reads these as pragmas when it opens the file.
        p.setProperty("journal_mode", "WAL");
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        p.setProperty("transaction_mode", "IMMEDIATE");
        p.setProperty("synchronous", "NORMAL");
        return p;
    }

    @Override
    public void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        }
    }

    @Override
    public void foreignKeys(Connection connection, boolean on) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    @Override
    public void checkForeignKeys(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("foreign key broken in table " + rs.getString(1) + " row " + rs.getLong(2));
            }
        }
    }

    /**
     * The indexes SQLite lists as created by {@code CREATE INDEX} and not unique (the schema's unique indexes carry its
     * rules: one case per person and arrival, one open case per person, one occupant per room).
     */
    @Override
    public List<String> dropPlainIndexes(Connection connection, String table, Set<String> keep) throws SQLException {
        Map<String, String> plain = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT m.name, m.sql FROM pragma_index_list(?) l "
                + "JOIN sqlite_master m ON m.name = l.name AND m.type = 'index' "
                + "WHERE l.\"unique\" = 0 AND l.origin = 'c' AND m.sql IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!keep.contains(rs.getString(1))) {
                        plain.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        if (plain.isEmpty()) {
            return List.of();
        }
        // The schema's fixed planner statistics (sqlite_stat1) go with a dropped index: they come back with it.
        List<String> statistics = statisticsOf(connection, table, plain.keySet());
        try (Statement s = connection.createStatement()) {
            for (String name : plain.keySet()) {
                s.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        // Each index is built by a sort that holds as much memory as the page cache before it spills to a temporary
        // file: with a smaller cache meanwhile, a million-case import peaked at 265 MB, not 294 MB, and took no longer.
        // The cache the connection had is set again after.
        long cache;
        try (PreparedStatement ps = connection.prepareStatement("PRAGMA cache_size"); ResultSet rs = ps.executeQuery()) {
            cache = rs.next() ? rs.getLong(1) : -BULK_CACHE_KIB;
        }
        List<String> rebuild = new ArrayList<>();
        rebuild.add("PRAGMA cache_size = -" + SORT_CACHE_KIB);
        rebuild.addAll(plain.values());
        rebuild.add("PRAGMA cache_size = " + cache);
        if (!statistics.isEmpty()) {
            rebuild.add("DELETE FROM sqlite_stat1 WHERE tbl = " + literal(table) + " AND idx IN ("
                    + String.join(", ", plain.keySet().stream().map(SqliteDialect::literal).toList()) + ")");
            rebuild.addAll(statistics);
            rebuild.add("ANALYZE sqlite_master"); // this connection's planner reads them again
        }
        return rebuild;
    }

    /** The statements that put back the planner statistics of {@code table}'s {@code indexes} as they are now. */
    private static List<String> statisticsOf(Connection connection, String table, Set<String> indexes)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getInt(1) == 0) {
                return List.of();
            }
        }
        List<String> statistics = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null && indexes.contains(rs.getString(1))) { // null: the table's own row
                        statistics.add("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (" + literal(table) + ", "
                                + literal(rs.getString(1)) + ", " + literal(rs.getString(2)) + ")");
                    }
                }
            }
        }
        return statistics;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public void bulkWrite(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = -" + BULK_CACHE_KIB); // native page cache, outside the Java heap
        }
    }

    /** VACUUM INTO reads one snapshot of the write-ahead-log database: a consistent copy while others write. */
    @Override
    public void backup(Connection connection, Path target) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toAbsolutePath().toString());
            s.execute();
        }
    }

    /**
     * SQLite's primary result codes (sqlite-jdbc reports them as the error code). A constraint failure counts as a
     * unique violation: the schema's NOT NULL, CHECK and foreign keys guard against bugs, not user input, and the code
     * that catches a violation only expects its unique index.
     */
    @Override
    public StoreFailure classify(SQLException e) {
        return switch (e.getErrorCode()) {
            case 19 -> StoreFailure.UNIQUE_VIOLATION; // SQLITE_CONSTRAINT
            case 5, 6 -> StoreFailure.BUSY; // SQLITE_BUSY, SQLITE_LOCKED
            case 8, 23 -> StoreFailure.READ_ONLY; // SQLITE_READONLY, SQLITE_AUTH
            case 13 -> StoreFailure.DISK_FULL; // SQLITE_FULL
            case 10, 15 -> StoreFailure.IO_ERROR; // SQLITE_IOERR, SQLITE_PROTOCOL
            case 11 -> StoreFailure.CORRUPT; // SQLITE_CORRUPT
            case 26 -> StoreFailure.NOT_A_DATABASE; // SQLITE_NOTADB
            case 14 -> StoreFailure.CANNOT_OPEN; // SQLITE_CANTOPEN
            default -> StoreFailure.OTHER;
        };
    }

    @Override
    public void stamp(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA application_id = 1363428691"); // "QDES", as every database created by init
        }
    }

    @Override
    public void beginRead(Connection connection) throws SQLException {
        // DEFERRED: the snapshot is taken at the first read and holds no write lock, so writers go on meanwhile.
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN DEFERRED");
        }
    }

    @Override
    public void endRead(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        }
    }

}
