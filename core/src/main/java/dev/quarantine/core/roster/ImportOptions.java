package dev.quarantine.core.roster;

/**
 * How to import: {@code dryRun} validates and counts without writing; {@code atomic} imports all rows or none;
 * otherwise rows are committed in batches of {@code batchSize}, but for a roster loaded at the default batch size
 * into a new SQLite register (fewer than 10,000 cases), whose first million rows go in one transaction with the case
 * table's indexes built after them. {@code admit} also admits the registered cases that
 * need quarantine into free rooms of {@code hotel}. Problems in the rejects file are written in {@code locale}.
 */
public record ImportOptions(boolean dryRun, boolean atomic, boolean admit, String hotel, int batchSize,
                            java.util.Locale locale) {
    public static final int DEFAULT_BATCH = 250_000;

    /**
     * A plain import: no dry run, not atomic, no admission, batches of {@link #DEFAULT_BATCH} rows, problems written in
     * English ({@link java.util.Locale#ROOT}).
     */
    public static ImportOptions plain() {
        return new ImportOptions(false, false, false, null, DEFAULT_BATCH, java.util.Locale.ROOT);
    }
}
