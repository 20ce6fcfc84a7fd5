package dev.quarantine.core.internal.store;

import dev.quarantine.core.store.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A thin layer over one JDBC connection: binds parameters through the dialect (which knows how the schema stores dates,
 * instants, enums and booleans), caches prepared statements, and turns {@link SQLException} into
 * {@link StoreException}.
 */
public final class Sql implements AutoCloseable {
    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> cache = new HashMap<>();
    private final String location;
    private boolean writing;
    /** The tables this write transaction has locked: a lock is held until the transaction ends, so once is enough. */
    private final Set<String> locked = new HashSet<>();
    /** Rows this connection wrote in bulk since the planner's statistics were last refreshed, and before that. */
    private long grownSinceStatistics;
    private long grownBeforeStatistics;
    /** A bulk write refreshes the statistics after this many rows, then each time the rows it wrote have grown fourfold. */
    private static final long STATISTICS_ROWS = 10_000;

    Sql(Connection connection, Dialect dialect, String location) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Counts rows written in bulk into {@code table} and has the dialect refresh the planner statistics of its
     * {@code columns} (those the bulk write looks rows up by) once they have grown enough
     * ({@link Dialect#refreshStatistics}): a logarithmic number of times. The first refresh is what matters (before it
     * the planner guesses that a key matches 0.5% of the rows and reads the whole table for a batch's people); later
     * ones keep the counts near the truth. Each reads a sample of up to 30,000 rows, so they come when the rows have
     * grown fourfold.
     */
    public void grew(String table, List<String> columns, long rows) {
        grownSinceStatistics += rows;
        if (grownSinceStatistics < Math.max(STATISTICS_ROWS, 3 * grownBeforeStatistics)) {
            return;
        }
        try {
            dialect.refreshStatistics(connection, table, columns);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
        grownBeforeStatistics += grownSinceStatistics;
        grownSinceStatistics = 0;
    }

    public Connection connection() {
        return connection;
    }

    /** Runs an INSERT and returns the generated key. */
    public long insert(String sql, Object... params) {
        try {
            PreparedStatement ps = statement(sql, true);
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("no generated key for: " + sql, null);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    public int update(String sql, Object... params) {
        try {
            PreparedStatement ps = statement(sql, false);
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try {
            PreparedStatement ps = statement(sql, false);
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    /** Streams the rows to {@code consumer} without collecting them: memory stays flat for any number of rows. */
    public void forEach(String sql, RowConsumer consumer, Object... params) {
        try {
            PreparedStatement ps = statement(sql, false);
            bind(ps, params);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    /** Receives one row of a streamed query. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    private PreparedStatement statement(String sql, boolean keys) throws SQLException {
        PreparedStatement ps = cache.get(sql);
        if (ps == null) {
            ps = keys ? connection.prepareStatement(sql, new String[] {"id"}) : connection.prepareStatement(sql);
            cache.put(sql, ps);
        }
        return ps;
    }

    private void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            dialect.bind(ps, i + 1, params[i]);
        }
    }

    /** An instant stored as ISO-8601 text (SQLite) or as a timestamp column (an engine that has one). */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return Instant.parse(value.toString());
    }

    /** A date stored as {@code YYYY-MM-DD} text or as a date column. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A failure of a statement run on this connection directly, classified as every other. */
    public StoreException failure(SQLException e) {
        return StoreException.of(e, dialect, location);
    }

    void writing(boolean on) {
        this.writing = on;
        locked.clear();
    }

    /**
     * The lock clause for rows of {@code alias} read now: inside a write transaction, what the dialect appends to keep
     * them for this transaction (nothing on SQLite, where one writer works at a time); nothing in a read.
     */
    public String forUpdate(String alias) {
        return writing ? dialect.forUpdate(alias) : "";
    }

    /**
     * The id the next row of {@code table} gets: one more than the largest. Only under a lock that keeps other writers
     * out of the table ({@link #lockTable}; on SQLite the write lock every write transaction holds), so that case
     * numbers stay consecutive, with no gap where a refused or rolled-back registration was.
     */
    public long nextId(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return count(dialect.nextIdQuery(table));
    }

    /** Makes writers asking for the same key take turns until this transaction ends (see {@link Dialect#lockKey}). */
    public void lockKey(String kind, long id) {
        try {
            dialect.lockKey(connection, kind, id);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    /**
     * Drops {@code table}'s indexes that keep no rule, but {@code keep}, for a bulk write in this transaction; what
     * builds them again goes to {@link #execute} before it commits (see {@link Dialect#dropPlainIndexes}).
     */
    public List<String> dropPlainIndexes(String table, Set<String> keep) {
        try {
            return dialect.dropPlainIndexes(connection, table, keep);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    /** Runs statements that take no parameters and return nothing (the schema's own, such as an index's). */
    public void execute(List<String> statements) {
        try (Statement s = connection.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    /** Keeps other writers out of {@code table} until this transaction ends (see {@link Dialect#lockTable}). */
    public void lockTable(String table) {
        if (writing && locked.contains(table)) {
            return; // held already (each duplicate of a roster asks again)
        }
        try {
            dialect.lockTable(connection, table);
            if (writing) {
                locked.add(table);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    /**
     * Inserts rows checked against the unique rules under the table's lock (see {@link Dialect#insertChecked}):
     * whether each went in.
     */
    public boolean[] insertChecked(String table, List<String> columns, List<Object[]> rows) {
        try {
            return dialect.insertChecked(connection, table, columns, rows);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : cache.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing a statement of a connection that is going away anyway
            }
        }
        cache.clear();
    }
}
