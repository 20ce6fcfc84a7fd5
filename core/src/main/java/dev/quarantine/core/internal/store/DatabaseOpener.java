package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * How a {@link Database} comes to be open: a new SQLite file created as ours, an existing one identified before
 * anything is written (see {@link DatabaseFile}), a server database checked to hold our schema (or nothing), a
 * connection taken read-only when the file cannot be written, and the schema migrated forward. Kept apart from
 * {@link Database}, which is about working with a database once it is open; its static factories hand over to this
 * class.
 */
final class DatabaseOpener {
    private DatabaseOpener() {
    }

    /** {@link Database#create(Path)}. */
    static Database create(Path file) {
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

    /** {@link Database#open(Path)}. */
    static Database open(Path file) {
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

    /** {@link Database#peek(Path)}. */
    static Database peek(Path file) {
        if (DatabaseFile.identify(file) == DatabaseFile.Kind.LEGACY_CANDIDATE) {
            DatabaseFile.checkLegacy(file);
        }
        return connect(file, new SqliteDialect(), true);
    }

    /** {@link Database#open(String)}. */
    static Database open(String location) {
        Dialect dialect = dialectOf(location);
        if (dialect instanceof SqliteDialect) {
            return open(SqliteDialect.file(location));
        }
        Database db = connect(location, dialect);
        try {
            if (db.schemaVersion() == 0) {
                db.refuseForeignTables();
                throw new QuarantineException(ErrorKind.DATA_FILE, "db.empty", db.location());
            }
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** {@link Database#create(String)}. */
    static Database create(String location) {
        Dialect dialect = dialectOf(location);
        if (dialect instanceof SqliteDialect) {
            return create(SqliteDialect.file(location));
        }
        Database db = connect(location, dialect);
        try {
            if (db.schemaVersion() > 0) {
                throw QuarantineException.refused("db.exists", db.location());
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

    /** {@link Database#open(DataSource, Dialect)}. */
    static Database open(DataSource source, Dialect dialect) {
        try {
            Database db = new Database(source.getConnection(), dialect, "DataSource", null, false,
                    source::getConnection);
            db.migrate();
            return db;
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, "DataSource");
        }
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
            Database db = new Database(c, dialect, file.toString(), file, readOnly,
                    () -> DriverManager.getConnection(url, properties));
            return db;
        } catch (SQLException e) {
            if (readOnly && dialect.classify(e) != StoreFailure.NOT_A_DATABASE) {
                // A write-ahead-log database in a folder we cannot write: read it as an immutable file.
                try {
                    String immutable = "jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1";
                    Connection c = DriverManager.getConnection(immutable, properties);
                    Database db = new Database(c, dialect, file.toString(), file, true,
                            () -> DriverManager.getConnection(immutable, properties));
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
            Database db = new Database(c, dialect, dialect.display(location), null, false,
                    () -> DriverManager.getConnection(url, properties));
            return db;
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, dialect.display(location));
        }
    }

    /** DriverManager found no driver for the URL: SQL state 08001 with no vendor code. */
    private static boolean noDriver(SQLException e) {
        return "08001".equals(e.getSQLState()) && e.getErrorCode() == 0 && e.getCause() == null;
    }
}
