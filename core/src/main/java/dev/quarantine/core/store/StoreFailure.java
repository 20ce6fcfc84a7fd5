package dev.quarantine.core.store;

/**
 * What a database failure means to the user, as a {@link Dialect} reads it from the driver's error code or SQL state
 * (never from the message text): the store turns each into one clear line.
 */
public enum StoreFailure {
    /** A unique index refused a row: the rule it keeps (one open case, one occupant per room) decides. */
    UNIQUE_VIOLATION,
    /** Another process held the database longer than the busy timeout. */
    BUSY,
    /**
     * The server undid the operation because another connection's change at the same moment conflicted with it (a
     * deadlock, a serialization failure): nothing of it was kept, and running it again normally succeeds.
     */
    CONFLICT,
    /** The file, its folder or the connection is read-only. */
    READ_ONLY,
    /** The disk (or the quota) is full. */
    DISK_FULL,
    /** The operating system failed to read or write the file. */
    IO_ERROR,
    /** The file is damaged. */
    CORRUPT,
    /** The file is not a database at all. */
    NOT_A_DATABASE,
    /** The file or its folder cannot be opened. */
    CANNOT_OPEN,
    /** The server cannot be reached, refuses the login or has no such database. */
    CONNECTION,
    /** The database refused the operation to this login (a role without the grant, another office's rows). */
    PERMISSION_DENIED,
    /** Anything else: a bug, reported as an internal error. */
    OTHER
}
