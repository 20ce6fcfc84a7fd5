package dev.quarantine.core.result;

import java.util.Map;

/**
 * A register moved into another database ({@code migrate-to}).
 *
 * @param target       where to (a PostgreSQL location shown without any password)
 * @param office       the office its cases belong to there (several, comma-separated, for a register of several)
 * @param officeAdded  true when that office was added to the target by the move
 * @param merged       true when the target held a register already and the cases joined it; false for a new database,
 *                     which received a copy with the same case numbers
 * @param rows         how many rows of each table arrived
 * @param cases        how many cases moved
 * @param renumbered   how many of them have another case number there
 */
public record MoveResult(String target, String office, boolean officeAdded, boolean merged, Map<String, Long> rows,
                         long cases, long renumbered) {
    /** A copy of the rows in their order, unmodifiable. */
    public MoveResult {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }
}
