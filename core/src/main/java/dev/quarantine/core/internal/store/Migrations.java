package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.store.Dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema: each version's script (the dialect's own) run once, in order, each in a transaction that also
 * records it; a database written by a newer version is refused untouched, and a read-only one of an older version
 * cannot be brought forward.
 */
final class Migrations {
    private Migrations() {
    }

    static void run(Database db, Connection connection) {
        Dialect dialect = db.dialect();
        int current = db.schemaVersion();
        if (current > Database.SCHEMA_VERSION) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.newer", db.location(), current, Database.SCHEMA_VERSION);
        }
        if (current == Database.SCHEMA_VERSION) {
            return;
        }
        if (db.readOnly()) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.readOnlyOld", db.location(), current, Database.SCHEMA_VERSION);
        }
        // Scripts may rebuild tables that others refer to: foreign keys are checked once, after the last script.
        try {
            dialect.foreignKeys(connection, false);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, db.location());
        }
        for (int v = current + 1; v <= Database.SCHEMA_VERSION; v++) {
            int version = v;
            List<String> statements = script(dialect, version);
            db.inTransaction(tx -> {
                try (Statement s = connection.createStatement()) {
                    if (version == 1) {
                        s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
                    }
                    for (String statement : statements) {
                        s.execute(statement);
                    }
                    dialect.checkForeignKeys(connection);
                } catch (SQLException e) {
                    throw StoreException.of(e, dialect, db.location());
                }
                tx.update("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", version,
                        java.time.Instant.now());
                return null;
            });
        }
        try {
            dialect.foreignKeys(connection, true);
            dialect.stamp(connection);
        } catch (SQLException e) {
            throw StoreException.of(e, dialect, db.location());
        }
    }

    /** The statements of one schema script, split by the dialect. */
    private static List<String> script(Dialect dialect, int version) {
        try (InputStream in = dialect.script(version)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing: " + dialect.name() + " V" + version);
            }
            return dialect.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
