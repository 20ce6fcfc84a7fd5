package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.file.AtomicOutput;
import dev.quarantine.core.store.Dialect;
import dev.quarantine.core.store.StoreFailure;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.function.Predicate;

/**
 * One open database: a connection, its dialect, the versioned schema migrated forward on open, and
 * {@link #inTransaction} that commits or rolls back. A database written by a newer version is refused untouched, and so
 * is any file that is not a Quarantine Desk database. A file that cannot be written is opened read-only: reading
 * commands and backups work, writes fail with one clear line.
 *
 * <p>This class is about working with a database once it is open. How one is created, identified and opened is in
 * {@link DatabaseOpener}, the schema's scripts in {@link Migrations}, and SQLite's exclusive lock on a file in
 * {@link SqliteLock}; the static methods here hand over to them.
 */
public final class Database implements AutoCloseable {
    /** The schema version this code writes. */
    public static final int SCHEMA_VERSION = 10;

    private final Connection connection;
    private final Dialect dialect;
    private final Sql sql;
    private final String location;
    private final Path file;
    private final boolean readOnly;
    /** Opens another connection to the same database, for a stream that reads beside the desk's own work. */
    private final Connector connector;

    /** Opens a connection. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    Database(Connection connection, Dialect dialect, String location, Path file, boolean readOnly, Connector connector)
            throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
        this.file = file;
        this.readOnly = readOnly;
        this.connector = connector;
        dialect.configure(connection);
        this.sql = new Sql(connection, dialect, location);
    }

    /**
     * Creates a new SQLite database file, readable and writable by its owner only, with the current schema. Its folder
     * must exist; an existing file is never touched.
     *
     * @throws QuarantineException {@code REFUSED} {@code db.exists} for one of ours, {@code DATA_FILE} for anything else
     */
    public static Database create(Path file) {
        return DatabaseOpener.create(file);
    }

    /**
     * Opens an existing SQLite database file of ours and migrates it forward.
     *
     * @throws QuarantineException {@code DATA_FILE}: missing (run init), a folder, not ours, newer
     */
    public static Database open(Path file) {
        return DatabaseOpener.open(file);
    }

    /**
     * Opens an existing SQLite file of ours read-only, as it is: not migrated, nothing written (what {@code --version}
     * reads). The caller reads its schema version and policies and closes it.
     *
     * @throws QuarantineException {@code DATA_FILE}: missing, a folder, not ours
     */
    public static Database peek(Path file) {
        return DatabaseOpener.peek(file);
    }

    /**
     * Opens the database at {@code location}: a SQLite file path (or {@code jdbc:sqlite:} URL), or the JDBC URL of
     * another engine whose dialect is known. A server database must hold our schema already ({@code init}).
     *
     * @throws QuarantineException {@code DATA_FILE}: a URL no dialect reads, an empty database, another application's
     */
    public static Database open(String location) {
        return DatabaseOpener.open(location);
    }

    /**
     * Creates the schema in a new database: a new SQLite file, or an empty database on a server (one that already
     * holds our schema is refused as {@code db.exists}; one with other tables as another application's).
     */
    public static Database create(String location) {
        return DatabaseOpener.create(location);
    }

    /** Opens a database handed over by an embedding program; the caller configures pooling and closes the source. */
    public static Database open(DataSource source, Dialect dialect) {
        return DatabaseOpener.open(source, dialect);
    }

    /**
     * Whether another connection, in this process or another, has the SQLite file open: SQLite's exclusive lock on it
     * cannot be taken. A {@code -wal} or {@code -shm} left beside it by a program that was killed is no user: SQLite
     * recovers it, and the file counts as free.
     */
    public static boolean inUse(Path file) {
        return SqliteLock.inUse(file);
    }

    /**
     * Replaces what the SQLite file {@code file} (one of ours) holds by what {@code replacement} holds, only when no
     * other connection, in this process or another, has {@code file} open and {@code mayReplace} agrees. SQLite's
     * exclusive lock on {@code file} is taken first and held until the copy is complete, so nobody can be half-way
     * through a write, or start one, between the check and the copy. The pages are copied into the file itself
     * (SQLite's backup API), never renamed over it: a program that opened the file meanwhile waits for the lock and
     * then works on the new content, never on a deleted file whose work would be lost.
     *
     * @return false, with nothing touched, when another connection has the file open or {@code mayReplace} says no
     */
    public static boolean replaceHeld(Path file, Path replacement, Predicate<Sql> mayReplace) {
        return SqliteLock.replaceHeld(file, replacement, mayReplace);
    }

    public Dialect dialect() {
        return dialect;
    }

    public String location() {
        return location;
    }

    /** The SQLite file, or null for a database on a server. */
    public Path file() {
        return file;
    }

    /** True when the file could not be opened for writing: reads work, writes fail with {@code db.readOnly}. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The schema version stored in the database (0 for an empty one). */
    public synchronized int schemaVersion() {
        try {
            if (!hasTable("schema_version")) {
                return 0;
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    private boolean hasTable(String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, name, null)) {
            return rs.next();
        }
    }

    /** A database without our schema must be empty: tables of another application are never written into. */
    void refuseForeignTables() {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rs.next() && tables.size() < 5) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
        if (!tables.isEmpty()) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.otherSchema", location, String.join(", ", tables));
        }
    }

    /** Brings the schema up to {@link #SCHEMA_VERSION} (see {@link Migrations}). */
    void migrate() {
        Migrations.run(this, connection);
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. A failed rollback
     * (the database already rolled back, say after a full disk) never hides the failure that caused it.
     */
    public synchronized <T> T inTransaction(Function<Sql, T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
        try {
            sql.writing(true);
            T result = work.apply(sql);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(null);
            throw StoreException.of(e, dialect, location);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            sql.writing(false);
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is unusable; the next statement says so
            }
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Prepares this connection for a long bulk write (see {@link Dialect#bulkWrite}). */
    public synchronized void bulkWrite() {
        try {
            dialect.bulkWrite(connection);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    /**
     * Tidies {@code table} after a committed bulk write (see {@link Dialect#afterBulkWrite}); nothing when this
     * connection is inside a write transaction ({@link #inTransaction}), where PostgreSQL cannot vacuum. Called from
     * inside {@link #read} it fails: the caller calls it between transactions.
     */
    public synchronized void afterBulkWrite(String table) {
        try {
            if (connection.getAutoCommit()) {
                dialect.afterBulkWrite(connection, table);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }

    /** Runs read-only {@code work} in one read transaction: every query sees the same snapshot. */
    public synchronized <T> T read(Function<Sql, T> work) {
        try {
            if (!connection.getAutoCommit()) {
                return work.apply(sql); // already inside a transaction: its snapshot holds
            }
            dialect.beginRead(connection);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
        try {
            return work.apply(sql);
        } finally {
            try {
                dialect.endRead(connection);
            } catch (SQLException e) {
                // ending a read transaction releases a snapshot; there is nothing to lose
            }
        }
    }

    /**
     * Copies the database to a new file {@code target}, readable by its owner only, consistently while others may be
     * writing: into a temporary file beside it, renamed into place once complete, so that a backup killed half-way
     * leaves nothing under the target's name.
     */
    public synchronized void backupTo(Path target, boolean replace) {
        try (AtomicOutput output = AtomicOutput.open(target, replace, file == null ? List.of() : List.of(file))) {
            try {
                // Statements left open (the cache of prepared statements) would make SQLite refuse the copy.
                sql.close();
                dialect.backup(connection, output.file());
            } catch (UnsupportedOperationException e) {
                throw QuarantineException.refused("backup.notSupported", dialect.name());
            } catch (SQLException e) {
                StoreException failure = StoreException.of(e, dialect, target.toString());
                if (failure.failure() == StoreFailure.DISK_FULL) {
                    // The disk that is full is the copy's, not the database's: nothing of the database was touched.
                    throw new QuarantineException(ErrorKind.DATA_FILE, e, "file.diskFull", target);
                }
                throw failure.failure() == StoreFailure.OTHER
                        ? new QuarantineException(ErrorKind.DATA_FILE, e, "backup.failed", target, e.getMessage()) : failure;
            }
            output.commit();
        }
    }

    /**
     * The rows of a query as a stream read on a connection of its own, in one consistent snapshot, so that a million
     * rows pass through without being held and the desk may go on working meanwhile. The stream must be closed
     * (try-with-resources), which ends the snapshot and closes the connection.
     */
    public <T> Stream<T> stream(String query, RowMapper<T> mapper, Object... params) {
        Connection c;
        try {
            c = connector.connect();
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
        return RowStream.open(c, dialect, location, query, mapper, params);
    }

    @Override
    public synchronized void close() {
        sql.close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, location);
        }
    }
}
