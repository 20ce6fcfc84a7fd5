package dev.quarantine.core.roster;

/**
 * Where rejected rows go, with every problem of the row; the CLI writes them to the rejects file. The import calls
 * {@link #complete} when the file must be in place: before it commits an {@code --atomic} import, so that a rejects
 * file that cannot be written leaves nothing committed; and {@link #close} always, last.
 */
public interface RejectSink extends AutoCloseable {
    /** Takes a rejected row and {@code error}, every problem of the row in one line. */
    void reject(RosterRow row, String error);

    /** Puts what was rejected in place; a failure here is the import's failure. */
    default void complete() {
    }

    /** Releases what {@link #complete} did not keep (a half-written temporary file). */
    @Override
    default void close() {
    }
}
