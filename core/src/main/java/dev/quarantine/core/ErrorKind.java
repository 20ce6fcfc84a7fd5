package dev.quarantine.core;

/**
 * What kind of failure a {@link QuarantineException} reports. The command line maps each kind to its exit
 * code (SPEC §11); an embedding program can branch on it without parsing messages.
 */
public enum ErrorKind {
    /** The input is malformed: a bad identity number, an unparseable date, an unknown origin. */
    INVALID_INPUT,
    /** The input is well formed but a rule refuses it: full hotel, too early, fever, open case exists. */
    REFUSED,
    /** The named case, hotel, room or request does not exist. */
    NOT_FOUND,
    /** A data file (roster, policy, database) cannot be used: unreadable, wrong encoding, missing columns. */
    DATA_FILE,
    /** Something that should not happen: a bug or a broken database. */
    INTERNAL
}
