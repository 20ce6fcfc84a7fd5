package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.store.Dialect;
import dev.quarantine.core.store.SqliteDialect;
import dev.quarantine.core.QuarantineException;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.function.Function;

/**
 * One open database: a connection, its dialect, the versioned schema migrated forward on open, and
 * {@link #inTransaction} that commits or rolls back. A database written by a newer version is refused untouched.
 */
public final class Database implements AutoCloseable {
    /** The schema version this code writes. */
    public static final int SCHEMA_VERSION = 2;

    private final Connection connection;
    private final Dialect dialect;
    private final Sql sql;
    private final String location;

    private Database(Connection connection, Dialect dialect, String location) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
        dialect.configure(connection);
        this.sql = new Sql(connection, dialect);
    }

    /**
     * Creates a new SQLite database file, readable and writable by its owner only, with the current schema.
     *
     * @throws QuarantineException {@code REFUSED} {@code db.exists} when the file is already there
     */
    public static Database create(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system (Windows): the folder's ACL applies
            }
        } catch (FileAlreadyExistsException e) {
            throw QuarantineException.refused("db.exists", file);
        } catch (IOException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.cannotCreate", file, e.getMessage());
        }
        Database db = connect(file, false);
        db.migrate();
        return db;
    }

    /**
     * Opens an existing SQLite database file and migrates it forward.
     *
     * @throws QuarantineException {@code DATA_FILE}: {@code db.missing} (run init), {@code db.newer}, {@code db.notDatabase}
     */
    public static Database open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.missing", file);
        }
        refuseNewer(file);
        Database db = connect(file, true);
        db.migrate();
        return db;
    }

    /**
     * Reads the schema version through a read-only connection first, so that a database from a newer version is
     * refused before anything (even the journal mode) is written to it.
     */
    private static void refuseNewer(Path file) {
        Dialect dialect = new SqliteDialect();
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly)) {
            Database probe = new Database(c, dialect, file.toString());
            int version = probe.schemaVersion();
            if (version > SCHEMA_VERSION) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "db.newer", file, version, SCHEMA_VERSION);
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("No suitable driver")) {
                throw new QuarantineException(ErrorKind.INTERNAL, e, "db.noDriver");
            }
            if (m.contains("not a database") || m.contains("SQLITE_NOTADB")) {
                throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.notDatabase", file);
            }
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.cannotOpen", file, m);
        }
    }

    /** Opens a database handed over by an embedding program; the caller configures pooling and closes the source. */
    public static Database open(DataSource source, Dialect dialect) {
        try {
            Database db = new Database(source.getConnection(), dialect, "DataSource");
            db.migrate();
            return db;
        } catch (SQLException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.cannotOpen", "DataSource", e.getMessage());
        }
    }

    private static Database connect(Path file, boolean mustBeDatabase) {
        Dialect dialect = new SqliteDialect();
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), dialect.connectionProperties());
            return new Database(c, dialect, file.toString());
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("No suitable driver")) {
                throw new QuarantineException(ErrorKind.INTERNAL, e, "db.noDriver");
            }
            if (mustBeDatabase && (m.contains("not a database") || m.contains("SQLITE_NOTADB"))) {
                throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.notDatabase", file);
            }
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.cannotOpen", file, m);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    public String location() {
        return location;
    }

    /** The schema version stored in the database (0 for an empty one). */
    public int schemaVersion() {
        try {
            if (!hasTable("schema_version")) {
                return 0;
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("not a database") || m.contains("SQLITE_NOTADB")) {
                throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.notDatabase", location);
            }
            throw StoreException.of(e, dialect);
        }
    }

    private boolean hasTable(String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, name, null)) {
            return rs.next();
        }
    }

    private void migrate() {
        int current = schemaVersion();
        if (current > SCHEMA_VERSION) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.newer", location, current, SCHEMA_VERSION);
        }
        if (current == SCHEMA_VERSION) {
            return;
        }
        // Scripts may rebuild tables that others refer to: foreign keys are checked once, after the last script.
        try {
            dialect.foreignKeys(connection, false);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect);
        }
        for (int v = current + 1; v <= SCHEMA_VERSION; v++) {
            int version = v;
            List<String> statements = script(version);
            inTransaction(tx -> {
                try (Statement s = connection.createStatement()) {
                    if (version == 1) {
                        s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
                    }
                    for (String statement : statements) {
                        s.execute(statement);
                    }
                } catch (SQLException e) {
                    throw StoreException.of(e, dialect);
                }
                tx.update("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", version,
                        java.time.Instant.now());
                try {
                    dialect.checkForeignKeys(connection);
                } catch (SQLException e) {
                    throw StoreException.of(e, dialect);
                }
                return null;
            });
        }
        try {
            dialect.foreignKeys(connection, true);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect);
        }
    }

    /** The statements of one schema script; a trigger body's semicolons stay inside its statement. */
    private List<String> script(int version) {
        String path = "/dev/quarantine/core/internal/store/" + dialect.schemaFolder() + "/V" + version + ".sql";
        InputStream in = Database.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("schema script missing: " + path);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                    inTrigger = true;
                }
                boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
                if (ends) {
                    statements.add(current.toString().strip());
                    current.setLength(0);
                    inTrigger = false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return statements;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Function<Sql, T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(sql);
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, dialect);
        }
    }

    /** Prepares this connection for a long bulk write (see {@link Dialect#bulkWrite}). */
    public void bulkWrite() {
        try {
            dialect.bulkWrite(connection);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect);
        }
    }

    /** Runs read-only {@code work} outside any explicit transaction. */
    public <T> T read(Function<Sql, T> work) {
        return work.apply(sql);
    }

    /**
     * Copies the database to a new file {@code target}, readable by its owner only, consistently while others may be
     * writing.
     */
    public void backupTo(Path target) {
        try {
            Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            throw QuarantineException.refused("backup.exists", target);
        } catch (UnsupportedOperationException e) {
            try {
                Files.createFile(target);
            } catch (IOException io) {
                throw new QuarantineException(ErrorKind.DATA_FILE, io, "backup.failed", target, io.getMessage());
            }
        } catch (IOException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "backup.failed", target, e.getMessage());
        }
        try (Statement s = connection.createStatement()) {
            s.execute(dialect.backupStatement(target.toAbsolutePath().toString()));
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the failure below is what the user needs to know
            }
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "backup.failed", target, e.getMessage());
        }
    }

    @Override
    public void close() {
        sql.close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw StoreException.of(e, dialect);
        }
    }
}
