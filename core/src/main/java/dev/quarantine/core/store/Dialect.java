package dev.quarantine.core.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.ServiceLoader;

/**
 * Everything that differs between database engines: how a location becomes a connection, how values are bound, how
 * failures are classified, how ids are allocated, how schema scripts split and how the database is copied. Queries
 * elsewhere are standard SQL (SPEC §12), so a second engine is a second implementation of this interface plus its
 * schema scripts, and must pass the same facade contract test.
 */
public interface Dialect {

    /** A short name for messages and tests: {@code sqlite}, {@code postgresql}. */
    String name();

    /** True when this dialect reads {@code location} (a file path or a JDBC URL). */
    boolean accepts(String location);

    /** The JDBC URL of {@code location}. */
    String url(String location);

    /**
     * The schema script of {@code version} ({@code V1.sql}, {@code V2.sql}, …), read from this dialect's own jar; null
     * when there is none.
     */
    InputStream script(int version);

    /**
     * Driver properties for a connection this store opens itself to {@code location} (a password found where the
     * engine's own tools look for it goes here, never into a URL that messages could show).
     */
    Properties connectionProperties(String location);

    /**
     * {@code location} as messages may show it: without a password, should one have been written into it.
     */
    default String display(String location) {
        return location;
    }

    /** Settings applied on every connection, also one handed over in a {@code DataSource}. */
    void configure(Connection connection) throws SQLException;

    /** The statements of a schema script: SQL split at semicolons, keeping trigger and function bodies whole. */
    default List<String> statements(String script) {
        return ScriptSplitter.split(script);
    }

    /**
     * Binds one parameter the way the schema stores it. By default dates are {@code YYYY-MM-DD} text, instants UTC
     * ISO-8601 text to the second (which sorts as time does), enums their name, booleans 0/1.
     */
    default void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        statement.setObject(index, toDb(value));
    }

    /** The stored form of a value under {@link #bind}'s default rules. */
    static Object toDb(Object value) {
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return value;
    }

    /**
     * Inserts {@code rows} (values for {@code columns}, ids included, bound as {@link #bind} does) into {@code table}
     * in bulk, skipping each row a unique index refuses, and says which rows went in.
     */
    boolean[] insertAll(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException;

    /**
     * {@link #insertAll}, for rows the caller has checked against the unique rules while holding the table's lock
     * ({@link #lockTable}): a dialect may write them without looking for refusals when this login sees every row of the
     * table, so that only a row it cannot see (row-level security) could refuse one. A row refused all the same then
     * fails the statement, and with it the transaction.
     *
     * @since 1.1.0
     */
    default boolean[] insertChecked(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        return insertAll(connection, table, columns, rows);
    }

    /**
     * The query of the id the next row of {@code table} gets (one more than the largest), run under the table lock. A
     * dialect whose logins may see only some rows (row-level security) reads over all of them here.
     */
    default String nextIdQuery(String table) {
        return "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table;
    }

    /**
     * Keeps other writers out of {@code table} until this transaction ends, so that the ids a roster batch takes are
     * its own and no one else's. SQLite needs nothing: its writers queue at {@code BEGIN IMMEDIATE}.
     */
    default void lockTable(Connection connection, String table) throws SQLException {
    }

    /**
     * Makes writers that ask for the same {@code (kind, id)} take turns until this transaction ends (admissions to
     * one hotel), needing no privilege on any table. SQLite needs nothing: one writer at a time.
     */
    default void lockKey(Connection connection, String kind, long id) throws SQLException {
    }

    /**
     * What to append to a query inside a write transaction to lock the rows it reads of table alias {@code alias}
     * until the transaction ends (a case about to change, the hotel about to take an admission). SQLite needs
     * nothing: one writer at a time.
     */
    default String forUpdate(String alias) {
        return "";
    }

    /**
     * True when the schema keeps tallies of the cases, kept by triggers: {@code case_tally} (by office, status, category
     * and eligible date) and {@code registration_tally} (by office and hour of registration). Counts of open cases, of
     * cases due and of the day's registrations read them instead of counting index entries. False by default: where
     * several writers commit at once, the tally rows they share would make them wait for each other.
     *
     * @since 1.1.0
     */
    default boolean talliesCases() {
        return false;
    }

    /**
     * After rows were copied into {@code table} with their ids (a register moved from another database): whatever
     * hands out new ids must continue after them (PostgreSQL: the identity's sequence).
     */
    default void afterCopy(Connection connection, String table) throws SQLException {
    }

    /**
     * After many rows were written into {@code table} by this connection's transaction (a roster import): brings the
     * planner's statistics of the table up to date where the planner needs them. PostgreSQL plans from statistics
     * that autovacuum cannot refresh while the import holds the table's lock, and with the table's first statistics
     * (none, or those of a small table) it reads the whole table for every lookup of a batch's people. Nothing by
     * default: SQLite's planner statistics are fixed.
     *
     * @since 0.3.0
     */
    default void refreshStatistics(Connection connection, String table) throws SQLException {
    }

    /**
     * {@link #refreshStatistics(Connection, String)} of the {@code columns} a bulk write looks rows up by, which is
     * all it needs, and cheaper than every column's.
     *
     * @since 1.1.0
     */
    default void refreshStatistics(Connection connection, String table, List<String> columns) throws SQLException {
        refreshStatistics(connection, table);
    }

    /**
     * After a bulk write of many rows into {@code table} has committed, outside any transaction: leaves the table as the
     * everyday queries read it best. PostgreSQL vacuums and analyzes it: until a table's new rows are vacuumed, every
     * query that meets them checks each one against the transaction log and cannot count from an index alone (a
     * million-case import's first {@code due} counted its overdue cases in 102 ms, 14 ms once vacuumed), and
     * autovacuum comes only a minute or more later. A login that does not own the table gets a warning from the server,
     * not an error, and leaves it to autovacuum. Nothing by default: SQLite has nothing of the kind.
     *
     * @since 1.1.0
     */
    default void afterBulkWrite(Connection connection, String table) throws SQLException {
    }

    /**
     * Before many rows go into {@code table} in this connection's transaction: drops the table's indexes that keep no
     * rule (neither unique nor a key), but for those named in {@code keep}, and returns the statements that build them
     * again (with any setting they are built under), for the caller to run in the same transaction after the rows, so
     * that a rollback or a killed process leaves every index as it was. Building an index sorts its entries once;
     * keeping it up to date row by row reads and writes its pages at random, which on SQLite costs more than the rows
     * themselves once the indexes outgrow the page cache. An empty list (nothing dropped) by default: on PostgreSQL
     * dropping an index would lock every other office's reader out of the table.
     *
     * @since 1.1.0
     */
    default List<String> dropPlainIndexes(Connection connection, String table, Set<String> keep) throws SQLException {
        return List.of();
    }

    /** Turns foreign-key enforcement on or off for this connection (outside any transaction). */
    void foreignKeys(Connection connection, boolean on) throws SQLException;

    /** Fails when a foreign key is broken (after a migration that rebuilt tables). */
    void checkForeignKeys(Connection connection) throws SQLException;

    /** Settings for a long bulk write (a roster import), for this connection only. */
    void bulkWrite(Connection connection) throws SQLException;

    /** Marks a database as this program's (SQLite: the header's application id), after creation or migration. */
    default void stamp(Connection connection) throws SQLException {
    }

    /**
     * Copies the whole database consistently, while others may write, into the new file {@code target}.
     *
     * @throws UnsupportedOperationException when the engine has its own tools for this (PostgreSQL: pg_dump)
     */
    void backup(Connection connection, Path target) throws SQLException;

    /**
     * The database login working now, when logins are the database's (a server); null for a file, which has none.
     * An office whose {@code db_role} is this login is the one its clerks work for.
     */
    default String currentLogin(Connection connection) throws SQLException {
        return null;
    }

    /**
     * Lets login {@code role} work for one office: creates it (without a password: the database's administrator sets
     * one) unless it exists, and grants what an office's clerks need, while row-level security keeps them to their
     * office's cases.
     *
     * @throws UnsupportedOperationException where logins are not the database's (a SQLite file)
     */
    default void grantOffice(Connection connection, String role) throws SQLException {
        throw new UnsupportedOperationException("logins of " + name());
    }

    /** What a failure means, from the driver's error code or SQL state, never from its message text. */
    StoreFailure classify(SQLException e);

    /**
     * Starts a read-only transaction on a connection in auto-commit mode, so that every query until
     * {@link #endRead} sees one consistent snapshot (a report's sections agree with each other).
     */
    void beginRead(Connection connection) throws SQLException;

    /** Ends the transaction {@link #beginRead} started. */
    void endRead(Connection connection) throws SQLException;

    /**
     * Starts the snapshot of a stream on a connection of its own, such that the driver fetches rows as they are read
     * rather than all at once.
     */
    default void beginStream(Connection connection) throws SQLException {
        beginRead(connection);
    }

    /** Ends what {@link #beginStream} started. */
    default void endStream(Connection connection) throws SQLException {
        endRead(connection);
    }

    /**
     * The dialect that reads {@code location}: one found through {@link ServiceLoader} (a PostgreSQL URL, when the
     * {@code quarantine-postgres} jar is on the class path), else SQLite for a file path or a {@code jdbc:sqlite:}
     * URL; null when none does.
     */
    static Dialect forLocation(String location) {
        for (Dialect d : ServiceLoader.load(Dialect.class, Dialect.class.getClassLoader())) {
            if (d.accepts(location)) {
                return d;
            }
        }
        Dialect sqlite = new SqliteDialect();
        return sqlite.accepts(location) ? sqlite : null;
    }
}
