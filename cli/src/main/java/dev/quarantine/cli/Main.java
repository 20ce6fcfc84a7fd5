package dev.quarantine.cli;

import dev.quarantine.cli.io.ConsoleWriter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

/** The {@code quarantine} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (Boolean.getBoolean("quarantine.cds-training")) {
            HeadStart.silenceSqlite();
            Training.run(); // the launcher's first run of a build: see Training
            return;
        }
        HeadStart.start(args, System.getenv());
        // UTF-8 always: Chinese names must survive a pipe or a terminal with a C locale. The file descriptors are
        // written directly (System.out would swallow a full disk), so that a failed write is noticed and reported.
        ConsoleWriter out = new ConsoleWriter(new FileOutputStream(FileDescriptor.out));
        ConsoleWriter err = new ConsoleWriter(new FileOutputStream(FileDescriptor.err));
        System.exit(Cli.mainWithoutExit(args, out, err, System.getenv()));
    }
}
