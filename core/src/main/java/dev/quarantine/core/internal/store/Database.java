package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.file.AtomicOutput;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.store.Dialect;
import dev.quarantine.core.store.SqliteDialect;
import dev.quarantine.core.store.StoreFailure;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.function.Predicate;

/**
 * One open database: a connection, its dialect, the versioned schema migrated forward on open, and
 * {@link #inTransaction} that commits or rolls back. A database written by a newer version is refused untouched, and so
 * is any file that is not a Quarantine Desk database. A file that cannot be written is opened read-only: reading
 * commands and backups work, writes fail with one clear line.
 */
public final class Database implements AutoCloseable {
    /** The schema version this code writes. */
    public static final int SCHEMA_VERSION = 6;

    private final Connection connection;
    private final Dialect dialect;
    private final Sql sql;
    private final String location;
    private final Path file;
    private final boolean readOnly;
    /** Opens another connection to the same database, for a stream that reads beside the desk's own work. */
    private Connector connector;

    /** Opens a connection. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private Database(Connection connection, Dialect dialect, String location, Path file, boolean readOnly)
            throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
        this.file = file;
        this.readOnly = readOnly;
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
        if (Files.isDirectory(file)) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.isFolder", file);
        }
        FileProblems.checkFolderExists(file);
        if (Files.exists(file)) {
            refuseExisting(file);
        }
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system (Windows): the folder's ACL applies
            }
        } catch (FileAlreadyExistsException e) {
            refuseExisting(file);
        } catch (IOException e) {
            throw FileProblems.of(file, e);
        }
        SqliteDialect dialect = new SqliteDialect();
        try {
            // The application id goes into the header before the write-ahead log exists, so a plain read of the
            // file's first page recognises it as ours from the start.
            try (Connection c = DriverManager.getConnection(dialect.url(file.toString()));
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + DatabaseFile.APPLICATION_ID);
            }
        } catch (SQLException e) {
            throw new QuarantineException(ErrorKind.INTERNAL, e, "db.noDriver");
        }
        Database db = connect(file, dialect, false);
        db.migrate();
        return db;
    }

    private static void refuseExisting(Path file) {
        try {
            if (DatabaseFile.identify(file) == DatabaseFile.Kind.LEGACY_CANDIDATE) {
                DatabaseFile.checkLegacy(file);
            }
        } catch (QuarantineException notOurs) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.existsOther", file, notOurs.getMessage());
        }
        throw QuarantineException.refused("db.exists", file);
    }

    /**
     * Opens an existing SQLite database file of ours and migrates it forward.
     *
     * @throws QuarantineException {@code DATA_FILE}: missing (run init), a folder, not ours, newer
     */
    public static Database open(Path file) {
        if (DatabaseFile.identify(file) == DatabaseFile.Kind.LEGACY_CANDIDATE) {
            DatabaseFile.checkLegacy(file);
        }
        boolean readOnly = !Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent());
        Database db = connect(file, new SqliteDialect(), readOnly);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Opens an existing SQLite file of ours read-only, as it is: not migrated, nothing written (what {@code --version}
     * reads). The caller reads its schema version and policies and closes it.
     *
     * @throws QuarantineException {@code DATA_FILE}: missing, a folder, not ours
     */
    public static Database peek(Path file) {
        if (DatabaseFile.identify(file) == DatabaseFile.Kind.LEGACY_CANDIDATE) {
            DatabaseFile.checkLegacy(file);
        }
        return connect(file, new SqliteDialect(), true);
    }

    /**
     * Opens the database at {@code location}: a SQLite file path (or {@code jdbc:sqlite:} URL), or the JDBC URL of
     * another engine whose dialect is known. A server database must hold our schema already ({@code init}).
     *
     * @throws QuarantineException {@code DATA_FILE}: a URL no dialect reads, an empty database, another application's
     */
    public static Database open(String location) {
        Dialect dialect = dialectOf(location);
        if (dialect instanceof SqliteDialect) {
            return open(SqliteDialect.file(location));
        }
        Database db = connect(location, dialect);
        try {
            if (db.schemaVersion() == 0) {
                db.refuseForeignTables();
                throw new QuarantineException(ErrorKind.DATA_FILE, "db.empty", db.location);
            }
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Creates the schema in a new database: a new SQLite file, or an empty database on a server (one that already
     * holds our schema is refused as {@code db.exists}; one with other tables as another application's).
     */
    public static Database create(String location) {
        Dialect dialect = dialectOf(location);
        if (dialect instanceof SqliteDialect) {
            return create(SqliteDialect.file(location));
        }
        Database db = connect(location, dialect);
        try {
            if (db.schemaVersion() > 0) {
                throw QuarantineException.refused("db.exists", db.location);
            }
            db.refuseForeignTables();
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static Dialect dialectOf(String location) {
        Dialect dialect = Dialect.forLocation(location);
        if (dialect == null) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.unknownLocation", location);
        }
        return dialect;
    }

    /** A database without our schema must be empty: tables of another application are never written into. */
    private void refuseForeignTables() {
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

    /** Opens a database handed over by an embedding program; the caller configures pooling and closes the source. */
    public static Database open(DataSource source, Dialect dialect) {
        try {
            Database db = new Database(source.getConnection(), dialect, "DataSource", null, false);
            db.connector = source::getConnection;
            db.migrate();
            return db;
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, "DataSource");
        }
    }

    /** How long taking SQLite's exclusive lock waits for a short-lived reader to finish before the file counts as in use. */
    private static final int HOLD_WAIT_MS = 1_000;

    /**
     * Whether another connection, in this process or another, has the SQLite file open: SQLite's exclusive lock on it
     * cannot be taken. A {@code -wal} or {@code -shm} left beside it by a program that was killed is no user: SQLite
     * recovers it, and the file counts as free.
     */
    public static boolean inUse(Path file) {
        SqliteDialect dialect = new SqliteDialect();
        try (Connection c = DriverManager.getConnection(dialect.url(file.toString()))) {
            return !holdExclusively(c, dialect);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, file.toString());
        }
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
        if (DatabaseFile.identify(file) == DatabaseFile.Kind.LEGACY_CANDIDATE) {
            DatabaseFile.checkLegacy(file);
        }
        SqliteDialect dialect = new SqliteDialect();
        try (Connection c = DriverManager.getConnection(dialect.url(file.toString()))) {
            if (!holdExclusively(c, dialect)) {
                return false;
            }
            try (Sql sql = new Sql(c, dialect, file.toString())) {
                if (!mayReplace.test(sql)) {
                    return false;
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("restore from " + quoted(replacement.toAbsolutePath().toString()));
            }
            return true;
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, file.toString());
        }
    }

    /**
     * Takes SQLite's exclusive lock on the file of {@code c} and keeps it until {@code c} is closed (locking mode
     * EXCLUSIVE: {@code BEGIN EXCLUSIVE}, and a read, which is what takes the lock on a write-ahead-log database; the
     * COMMIT that follows ends the transaction, not the lock). False when another connection has the file open.
     */
    private static boolean holdExclusively(Connection c, SqliteDialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + HOLD_WAIT_MS);
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.executeQuery("SELECT COUNT(*) FROM sqlite_master").close();
            s.execute("COMMIT");
            return true;
        } catch (SQLException e) {
            if (dialect.classify(e) == StoreFailure.BUSY) {
                return false;
            }
            throw e;
        }
    }

    /** A file name as sqlite-jdbc's {@code restore from} reads it: in quotes of a kind it does not contain. */
    private static String quoted(String path) {
        if (!path.contains("\"")) {
            return "\"" + path + "\"";
        }
        if (!path.contains("'")) {
            return "'" + path + "'";
        }
        throw new QuarantineException(ErrorKind.DATA_FILE, "file.failed", path, "both kinds of quotes in the name");
    }

    private static Database connect(Path file, Dialect dialect, boolean readOnly) {
        Properties properties = dialect.connectionProperties(file.toString());
        if (readOnly) {
            properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
            properties.remove("journal_mode");
        }
        String url = dialect.url(file.toString());
        try {
            Connection c = DriverManager.getConnection(url, properties);
            Database db = new Database(c, dialect, file.toString(), file, readOnly);
            db.connector = () -> DriverManager.getConnection(url, properties);
            return db;
        } catch (SQLException e) {
            if (readOnly && dialect.classify(e) != StoreFailure.NOT_A_DATABASE) {
                // A write-ahead-log database in a folder we cannot write: read it as an immutable file.
                try {
                    String immutable = "jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1";
                    Connection c = DriverManager.getConnection(immutable, properties);
                    Database db = new Database(c, dialect, file.toString(), file, true);
                    db.connector = () -> DriverManager.getConnection(immutable, properties);
                    return db;
                } catch (SQLException again) {
                    throw StoreException.of(again, dialect, file.toString());
                }
            }
            throw noDriver(e) ? new QuarantineException(ErrorKind.INTERNAL, e, "db.noDriver")
                    : StoreException.of(e, dialect, file.toString());
        }
    }

    /** A connection to a server (no read-only file fallback): the driver classifies what went wrong. */
    private static Database connect(String location, Dialect dialect) {
        String url = dialect.url(location);
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new QuarantineException(ErrorKind.INTERNAL, e, "db.noDriver");
        }
        try {
            Properties properties = dialect.connectionProperties(location);
            Connection c = DriverManager.getConnection(url, properties);
            Database db = new Database(c, dialect, dialect.display(location), null, false);
            db.connector = () -> DriverManager.getConnection(url, properties);
            return db;
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, dialect.display(location));
        }
    }

    /** DriverManager found no driver for the URL: SQL state 08001 with no vendor code. */
    private static boolean noDriver(SQLException e) {
        return "08001".equals(e.getSQLState()) && e.getErrorCode() == 0 && e.getCause() == null;
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

    /** Brings the schema up to {@link #SCHEMA_VERSION} (see {@link Migrations}). */
    private void migrate() {
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
