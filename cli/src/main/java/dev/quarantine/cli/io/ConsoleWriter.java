package dev.quarantine.cli.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output or error as UTF-8 text that remembers why a write failed (a full disk, a closed pipe): a
 * {@link PrintWriter} swallows the exception and only says that something went wrong, and the user must hear what.
 */
public final class ConsoleWriter extends PrintWriter {
    private final Tracker tracker;

    public ConsoleWriter(OutputStream stream) {
        this(new Tracker(stream));
    }

    private ConsoleWriter(Tracker tracker) {
        super(new OutputStreamWriter(tracker, StandardCharsets.UTF_8), false);
        this.tracker = tracker;
    }

    /** The first reason a write failed, or null. */
    public IOException failure() {
        return tracker.failure;
    }

    /** Why the writing failed, in the operating system's words. */
    public static String reason(PrintWriter writer) {
        IOException e = writer instanceof ConsoleWriter c ? c.failure() : null;
        return e == null || e.getMessage() == null ? "write error" : e.getMessage();
    }

    /** True when the reading end of a pipe closed before everything was written ({@code | head}). */
    public static boolean closedEarly(PrintWriter writer) {
        return reason(writer).toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }

    private static final class Tracker extends FilterOutputStream {
        private IOException failure;

        Tracker(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
