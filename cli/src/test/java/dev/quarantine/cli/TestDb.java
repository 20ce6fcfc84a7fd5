package dev.quarantine.cli;

import dev.quarantine.core.testing.PgServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database of a process test: a SQLite file in the test's folder, or with {@code -Dqd.backend=postgresql} a fresh
 * database on the test server; and a plain JDBC connection to it, to check what the processes left.
 */
final class TestDb {
    final String location;
    private final Path file;
    private final String name;

    TestDb(Path dir) {
        if (CliHarness.POSTGRES) {
            name = PgServer.newDatabaseDroppedAtExit("qd_it");
            location = PgServer.location(name);
            file = null;
        } else {
            name = null;
            file = dir.resolve("q.db");
            location = file.toString();
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(file == null ? PgServer.jdbcUrl(name) : "jdbc:sqlite:" + file);
    }

    @Override
    public String toString() {
        return location;
    }
}
