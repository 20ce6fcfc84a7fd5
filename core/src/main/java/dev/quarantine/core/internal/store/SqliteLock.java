package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.store.SqliteDialect;
import dev.quarantine.core.store.StoreFailure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Predicate;

/**
 * SQLite's exclusive lock on a file of ours, taken on a connection of its own: whether anyone else has the file open,
 * and replacing its content while nobody can. Kept apart from {@link Database}, which works on a database it holds open
 * itself; {@link Database#inUse} and {@link Database#replaceHeld} hand over to this class.
 */
final class SqliteLock {
    private SqliteLock() {
    }

    /** How long taking SQLite's exclusive lock waits for a short-lived reader to finish before the file counts as in use. */
    private static final int HOLD_WAIT_MS = 1_000;

    /** {@link Database#inUse(Path)}. */
    static boolean inUse(Path file) {
        SqliteDialect dialect = new SqliteDialect();
        try (Connection c = DriverManager.getConnection(dialect.url(file.toString()))) {
            return !holdExclusively(c, dialect);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, file.toString());
        }
    }

    /** {@link Database#replaceHeld(Path, Path, Predicate)}. */
    static boolean replaceHeld(Path file, Path replacement, Predicate<Sql> mayReplace) {
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
}
