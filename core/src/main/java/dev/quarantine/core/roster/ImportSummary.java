package dev.quarantine.core.roster;

import dev.quarantine.core.policy.Category;

import java.util.List;
import java.util.Map;

/**
 * What an import did (SPEC §11.1 {@code import}). {@code registered + duplicates + rejected == rowsRead} always;
 * blank lines are not rows and are counted apart, and {@code rowLines + blankLines} are the physical lines after the
 * header. An {@code --atomic} import with a rejected row writes nothing: {@code atomicRefused}.
 *
 * @param warningCount          every warning about a row, of every kind
 * @param warningKinds          how many warnings of each kind (message key), in the order each kind first occurred
 * @param warnings              kind after kind, the texts of the first {@link #MAX_WARNINGS_PER_KIND} warnings of that
 *                              kind in line order, then, for a kind with more, one text saying how many more: a
 *                              roster whose 50,000 rows share a name and phone gives a few dozen lines, not 150,000
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
        Map<String, Long> warningKinds,
        List<String> warnings,
        List<String> notAdmittedCases,
        List<String> periodOverCases,
        boolean dryRun,
        boolean atomic,
        boolean atomicRefused) {
    /** The most cases a summary's lists name (the rest are counted). */
    public static final int MAX_WARNINGS = 100;
    /** The most warning texts of one kind a summary holds (the rest are counted). */
    public static final int MAX_WARNINGS_PER_KIND = 20;

    /** True when {@code registered + duplicates + rejected == rowsRead}, as it always should be. */
    public boolean balanced() {
        return registered + duplicates + rejected == rowsRead;
    }

    /** True when the database holds what the summary counts as registered (not a dry run, not refused). */
    public boolean written() {
        return !dryRun && !atomicRefused;
    }
}
