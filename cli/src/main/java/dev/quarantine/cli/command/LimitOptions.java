package dev.quarantine.cli.command;

import dev.quarantine.cli.render.Format;
import picocli.CommandLine.Option;

/**
 * How many items a listing shows. A table for people is cut at 100 (with the count on stderr) unless {@code --full};
 * CSV and JSON, which programs read, hold everything unless {@code --limit} says otherwise.
 */
public final class LimitOptions {
    static final int DEFAULT = 100;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N cases of each list (tables: 100 unless --full).")
    Integer limit;

    @Option(names = "--full", description = "Show every case.")
    boolean full;

    int limit(Format format) {
        if (full) {
            return Integer.MAX_VALUE;
        }
        if (limit != null) {
            return Math.max(1, limit);
        }
        return format == Format.TABLE ? DEFAULT : Integer.MAX_VALUE;
    }
}
