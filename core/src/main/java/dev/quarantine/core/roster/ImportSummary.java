package dev.quarantine.core.roster;

import dev.quarantine.core.policy.Category;

import java.util.List;
import java.util.Map;

/**
 * What an import did (SPEC §11.1 {@code import}). {@code registered + duplicates + rejected == rowsRead} always;
 * blank lines are not rows and are counted apart, and {@code rowLines + blankLines} are the physical lines after the
 * header. {@code warnings} holds at most {@link #MAX_WARNINGS} texts of {@code warningCount}. An {@code --atomic}
 * import with a rejected row writes nothing: {@code atomicRefused}.
 *
 * @param notAdmittedPeriodOver cases whose period had ended by the day of the import: not admitted, to be checked
 *                              and released ({@code periodOverCases} names the first ones)
 */
public record ImportSummary(
        long rowsRead,
        long registered,
        long duplicates,
        long rejected,
        long blankLines,
        long rowLines,
        long admitted,
        long notAdmittedNoRoom,
        long notAdmittedFever,
        long notAdmittedPeriodOver,
        Map<Category, Long> byCategory,
        List<String> ignoredColumns,
        long warningCount,
        List<String> warnings,
        List<String> notAdmittedCases,
        List<String> periodOverCases,
        boolean dryRun,
        boolean atomic,
        boolean atomicRefused) {
    public static final int MAX_WARNINGS = 100;

    /** True when {@code registered + duplicates + rejected == rowsRead}, as it always should be. */
    public boolean balanced() {
        return registered + duplicates + rejected == rowsRead;
    }

    /** True when the database holds what the summary counts as registered (not a dry run, not refused). */
    public boolean written() {
        return !dryRun && !atomicRefused;
    }
}
