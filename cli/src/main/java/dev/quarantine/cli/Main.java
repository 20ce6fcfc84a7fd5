package dev.quarantine.cli;

import dev.quarantine.cli.io.ConsoleWriter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The {@code quarantine} executable. */
public final class Main {
    /**
     * sqlite-jdbc's logger, silenced (held here: java.util.logging keeps loggers only while someone does). Its only
     * message in practice comes when two commands start at once: both clear the native library that a killed process
     * left in the temporary folder, and the slower one printed "SEVERE: Failed to delete old native lib" with a stack
     * trace under the user's output. SQLite's real errors reach us as exceptions, not through it.
     */
    private static final Logger SQLITE_LOG = Logger.getLogger("org.sqlite");

    private Main() {
    }

    public static void main(String[] args) throws java.io.IOException {
        SQLITE_LOG.setLevel(Level.OFF);
        if (Boolean.getBoolean("quarantine.cds-training")) {
            Training.run(); // the launcher's first run of a build: see Training
            return;
        }
        // UTF-8 always: Chinese names must survive a pipe or a terminal with a C locale. The file descriptors are
        // written directly (System.out would swallow a full disk), so that a failed write is noticed and reported.
        ConsoleWriter out = new ConsoleWriter(new FileOutputStream(FileDescriptor.out));
        ConsoleWriter err = new ConsoleWriter(new FileOutputStream(FileDescriptor.err));
        System.exit(Cli.mainWithoutExit(args, out, err, System.getenv()));
    }
}
