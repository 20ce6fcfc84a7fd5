package dev.quarantine.core.roster;

/** Where rejected rows go, with every problem of the row; the CLI writes them to the rejects CSV file. */
public interface RejectSink {
    void reject(RosterRow row, String error);

    /** Called once the import has ended (also after a failure). */
    default void finish() {
    }
}
