package dev.quarantine.cli.io;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/**
 * A progress line on stderr for long imports, shown only on a terminal and only after the first second: nothing
 * extra when output is piped or the import is quick.
 */
public final class Progress implements LongConsumer {
    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;

    public Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void accept(long rows) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L || now - lastShown < 250_000_000L) {
            return;
        }
        lastShown = now;
        shown = true;
        double seconds = (now - start) / 1e9;
        err.printf("\r%,d rows  %.0f rows/s  %.0fs   ", rows, rows / seconds, seconds);
        err.flush();
    }

    /** Ends the progress line, if one was shown. */
    public void done() {
        if (shown) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
