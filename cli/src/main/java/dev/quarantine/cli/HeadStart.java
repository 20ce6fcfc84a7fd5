package dev.quarantine.cli;

import dev.quarantine.cli.session.Session;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What nearly every command needs next, prepared on a second thread while the main one builds the command line with
 * picocli (0.1–0.15 s): java.util.logging, which both database drivers log through (its start reads the JDK's logging
 * configuration: 0.04 s), with sqlite-jdbc's logger silenced; the drivers registered; and, when the register is not on
 * a server and the launcher gives the place of SQLite's native library, an in-memory SQLite database opened and
 * closed, which loads that library and sqlite-jdbc's date formats (0.05–0.07 s). On a two-core machine that is about
 * 0.1 s less per command. Only a head start: it never touches the user's register, whatever fails here is met again
 * (and reported) by the command itself, and the thread does not keep the JVM alive.
 */
final class HeadStart implements Runnable {
    /**
     * sqlite-jdbc's logger, silenced (held here: java.util.logging keeps loggers only while someone does). Its only
     * message in practice comes when two commands start at once: both clear the native library that a killed process
     * left in the temporary folder, and the slower one printed "SEVERE: Failed to delete old native lib" with a stack
     * trace under the user's output. SQLite's real errors reach us as exceptions, not through it. It is silenced
     * as this thread's first step, about 0.1 s before the main thread opens a database.
     */
    private static volatile Logger sqliteLog;

    private final boolean sqlite;

    private HeadStart(boolean sqlite) {
        this.sqlite = sqlite;
    }

    /** Starts the head start for a run with these arguments and environment. */
    static void start(String[] args, Map<String, String> env) {
        // Only with the native library where the launcher keeps it: otherwise sqlite-jdbc copies it to the temporary
        // folder first, and a command that ends at once (--version, --help) would leave a half-copied one there for
        // good (its lock file keeps sqlite-jdbc from clearing it).
        boolean sqlite = System.getProperty("org.sqlite.lib.path") != null && !onServer(args, env);
        Thread thread = new Thread(new HeadStart(sqlite), "head-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Silences sqlite-jdbc's logger, in the thread that calls it (the launcher's training). */
    static void silenceSqlite() {
        Logger log = Logger.getLogger("org.sqlite");
        log.setLevel(Level.OFF);
        sqliteLog = log;
    }

    @Override
    public void run() {
        silenceSqlite();
        try {
            DriverManager.getDrivers();
            if (sqlite) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                    c.isValid(0);
                }
            }
        } catch (SQLException | RuntimeException | LinkageError e) {
            // Only a head start: the command opens its own database and reports what goes wrong there.
        }
    }

    /** A database server's URL anywhere in the arguments or in $QUARANTINE_DB: SQLite will not be needed. */
    private static boolean onServer(String[] args, Map<String, String> env) {
        String fromEnv = env.get("QUARANTINE_DB");
        if (fromEnv != null && Session.serverUrl(fromEnv.strip())) {
            return true;
        }
        for (String arg : args) {
            if (Session.serverUrl(arg.startsWith("--db=") ? arg.substring(5) : arg)) {
                return true;
            }
        }
        return false;
    }
}
