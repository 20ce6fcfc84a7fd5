package dev.quarantine.postgres;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.store.Dialect;
import dev.quarantine.core.store.StoreFailure;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * PostgreSQL (15 and later) through pgjdbc. The schema is the SQLite one with identity columns, so every query of
 * the core runs unchanged; what differs is here: writers run side by side, so rows about to change are locked
 * ({@code FOR UPDATE}) and a roster batch locks the case table; roster rows go in with {@code COPY}; failures are
 * read from the SQL state; a backup is {@code pg_dump}.
 */
public final class PostgresDialect implements Dialect {
    private final Passwords passwords;

    public PostgresDialect() {
        this(Passwords.system());
    }

    PostgresDialect(Passwords passwords) {
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean accepts(String location) {
        return PostgresLocation.accepts(location);
    }

    @Override
    public String url(String location) {
        return location(location).jdbcUrl();
    }

    @Override
    public String display(String location) {
        try {
            return PostgresLocation.parse(location).display();
        } catch (IllegalArgumentException e) {
            return "postgresql://…";
        }
    }

    private static PostgresLocation location(String location) {
        PostgresLocation l;
        try {
            l = PostgresLocation.parse(location);
        } catch (IllegalArgumentException e) {
            throw QuarantineException.invalid("db.badUrl", e.getMessage());
        }
        if (l.hasPassword()) {
            throw QuarantineException.invalid("db.passwordInUrl", l.display());
        }
        return l;
    }

    @Override
    public Properties connectionProperties(String location) {
        PostgresLocation l = location(location);
        Properties p = new Properties();
        p.setProperty("user", l.user());
        passwords.find(l).ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("ApplicationName", "quarantine");
        p.setProperty("connectTimeout", "10"); // an unreachable server is one clear line after 10 s, not a hang
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    @Override
    public InputStream script(int version) {
        return PostgresDialect.class.getResourceAsStream("/dev/quarantine/postgres/V" + version + ".sql");
    }

    @Override
    public void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET TIME ZONE 'UTC'");
            s.execute("SET lock_timeout = '60s'"); // as SQLite's busy timeout: wait for another writer, not forever
        }
    }

    @Override
    public boolean[] insertAll(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        return new CopyInsert(connection, table, columns).insert(rows);
    }

    @Override
    public boolean[] insertChecked(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        return rows.isEmpty() ? new boolean[0] : new CopyInsert(connection, table, columns).insertChecked(rows);
    }

    /** Cases are numbered over every office's, which an office's login cannot see: a function of the owner reads them. */
    @Override
    public String nextIdQuery(String table) {
        return table.equals("qcase") ? "SELECT qd_next_case_id()" : Dialect.super.nextIdQuery(table);
    }

    /** {@code SHARE ROW EXCLUSIVE}: others read on, but no one else writes to the table until this transaction ends. */
    @Override
    public void lockTable(Connection connection, String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
        }
    }

    /** A transaction-scoped advisory lock on (the kind's hash, the id). */
    @Override
    public void lockKey(Connection connection, String kind, long id) throws SQLException {
        try (java.sql.PreparedStatement ps = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtext(?), ?)")) {
            ps.setString(1, kind);
            ps.setInt(2, (int) id);
            ps.execute();
        }
    }

    @Override
    public String forUpdate(String alias) {
        return " FOR UPDATE OF " + alias;
    }

    @Override
    public void refreshStatistics(Connection connection, String table) throws SQLException {
        // ANALYZE inside the import's transaction counts its own new rows; a login that does not own the table gets a
        // warning from the server, not an error, and keeps the old statistics.
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE " + table);
        }
    }

    @Override
    public void refreshStatistics(Connection connection, String table, List<String> columns) throws SQLException {
        if (!table.matches("[a-z_]+") || !columns.stream().allMatch(c -> c.matches("[a-z_]+"))) {
            throw new IllegalArgumentException("not a table and its columns: " + table + " " + columns);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE " + table + " (" + String.join(", ", columns) + ")");
        }
    }

    @Override
    public void afterCopy(Connection connection, String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT pg_get_serial_sequence('" + table + "', 'id')")) {
            if (rs.next() && rs.getString(1) != null) {
                try (Statement set = connection.createStatement()) {
                    set.execute("SELECT setval('" + rs.getString(1) + "', COALESCE((SELECT MAX(id) FROM " + table
                            + "), 0) + 1, false)");
                }
            }
        }
    }

    /**
     * {@code SKIP_LOCKED}: a table another session is vacuuming, analyzing or indexing is left as it is rather than
     * waited for; autovacuum gets to it later.
     */
    @Override
    public void afterBulkWrite(Connection connection, String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM (ANALYZE, SKIP_LOCKED) " + table);
        }
    }

    /** The scripts need no foreign keys switched off: they rebuild no table. */
    @Override
    public void foreignKeys(Connection connection, boolean on) {
    }

    /** The server checks foreign keys itself, always. */
    @Override
    public void checkForeignKeys(Connection connection) {
    }

    @Override
    public void bulkWrite(Connection connection) {
    }

    @Override
    public void backup(Connection connection, Path target) throws SQLException {
        new PgDump(passwords).dump(connection, target);
    }

    @Override
    public String currentLogin(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void grantOffice(Connection connection, String role) throws SQLException {
        new OfficeGrant(connection).grant(role);
    }

    /** By SQL state (PostgreSQL's error codes appendix), never by message. */
    @Override
    public StoreFailure classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505")) {
            return StoreFailure.UNIQUE_VIOLATION;
        }
        if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000") || state.equals("57P01")
                || state.equals("57P02") || state.equals("57P03")) {
            return StoreFailure.CONNECTION;
        }
        return switch (state) {
            case "40001", "40P01" -> StoreFailure.CONFLICT;
            case "55P03", "57014" -> StoreFailure.BUSY;
            case "53300" -> StoreFailure.CONNECTION;
            case "25006" -> StoreFailure.READ_ONLY;
            case "42501" -> StoreFailure.PERMISSION_DENIED;
            case "53100" -> StoreFailure.DISK_FULL;
            case "58030" -> StoreFailure.IO_ERROR;
            case "XX001", "XX002" -> StoreFailure.CORRUPT;
            default -> StoreFailure.OTHER;
        };
    }

    /** A repeatable-read snapshot: every query of a report sees the same database. */
    @Override
    public void beginRead(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    /** pgjdbc fetches by the fetch size only outside auto-commit: a read-only repeatable-read transaction. */
    @Override
    public void beginStream(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
    }

    @Override
    public void endStream(Connection connection) throws SQLException {
        connection.commit();
    }

    @Override
    public void endRead(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        }
    }

    static QuarantineException dataFile(String key, Object... args) {
        return new QuarantineException(ErrorKind.DATA_FILE, key, args);
    }
}
