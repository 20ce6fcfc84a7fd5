package dev.quarantine.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests run against: {@code $QUARANTINE_TEST_PG}, a JDBC URL of a superuser login (.ci/run
 * starts a throwaway cluster and sets it). Without it the tests are skipped, loudly; with
 * {@code $QUARANTINE_TEST_PG_REQUIRED=1} (as in CI) a missing server fails them instead.
 */
public final class PgServer {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private PgServer() {
    }

    /** The superuser's JDBC URL; skips (or fails, when required) the calling test without a server. */
    public static String adminUrl() {
        String url = System.getenv("QUARANTINE_TEST_PG");
        if (url == null || url.isBlank()) {
            String why = "no PostgreSQL server for the tests: set QUARANTINE_TEST_PG to a superuser JDBC URL "
                    + "(see .ci/pg)";
            if ("1".equals(System.getenv("QUARANTINE_TEST_PG_REQUIRED"))) {
                throw new AssertionError(why);
            }
            System.err.println("*** SKIPPED: " + why + " ***");
            Assumptions.abort(why);
        }
        return url;
    }

    /** A new, empty database; returns its name. */
    public static String newDatabase(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        admin("CREATE DATABASE " + name);
        return name;
    }

    private static final java.util.Set<String> AT_EXIT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A new, empty database, dropped when the JVM exits (for tests that cannot say when they are done with it). */
    public static String newDatabaseDroppedAtExit(String prefix) {
        String name = newDatabase(prefix);
        if (AT_EXIT.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> AT_EXIT.forEach(db -> {
                try {
                    dropDatabase(db);
                } catch (RuntimeException e) {
                    // the throwaway cluster goes anyway
                }
            })));
        }
        AT_EXIT.add(name);
        return name;
    }

    public static void dropDatabase(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The superuser's JDBC URL of database {@code db}. */
    public static String jdbcUrl(String db) {
        return adminUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1");
    }

    /** Runs statements as the superuser in database {@code db} (the maintenance database when null). */
    public static void sql(String db, String... statements) {
        String url = db == null ? adminUrl() : jdbcUrl(db);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void admin(String statement) {
        sql(null, statement);
    }

    /** The location (as a user gives it to --db) of database {@code db} for the superuser. */
    public static String location(String db) {
        String url = adminUrl();
        java.net.URI u = java.net.URI.create(url.substring("jdbc:".length()));
        String user = "postgres";
        if (u.getQuery() != null) {
            for (String p : u.getQuery().split("&")) {
                if (p.startsWith("user=")) {
                    user = p.substring(5);
                }
            }
        }
        return "postgresql://" + user + "@" + u.getHost() + ":" + u.getPort() + "/" + db;
    }
}
