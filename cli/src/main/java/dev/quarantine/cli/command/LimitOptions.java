package dev.quarantine.cli.command;

import picocli.CommandLine.Option;

/** How many items a listing shows: long lists are cut (with their count on stderr) unless {@code --full}. */
public final class LimitOptions {
    static final int DEFAULT = 100;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N cases of each list (default 100).")
    Integer limit;

    @Option(names = "--full", description = "Show every case.")
    boolean full;

    int limit() {
        if (full) {
            return Integer.MAX_VALUE;
        }
        return limit == null || limit < 1 ? DEFAULT : limit;
    }
}
