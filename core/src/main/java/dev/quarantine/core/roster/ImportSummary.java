package dev.quarantine.core.roster;

import dev.quarantine.core.policy.Category;

import java.util.List;
import java.util.Map;

/**
 * What an import did (SPEC §11.1 {@code import}). {@code registered + duplicates + rejected == rowsRead} always;
 * blank lines are not rows and are counted apart. {@code warnings} holds at most {@link #MAX_WARNINGS} texts of
 * {@code warningCount}.
 */
public record ImportSummary(
        long rowsRead,
        long registered,
        long duplicates,
        long rejected,
        long blankLines,
        long admitted,
        long notAdmittedNoRoom,
        long notAdmittedFever,
        Map<Category, Long> byCategory,
        List<String> ignoredColumns,
        long warningCount,
        List<String> warnings,
        List<String> notAdmittedCases,
        boolean dryRun,
        boolean atomic) {
    public static final int MAX_WARNINGS = 100;

    public boolean balanced() {
        return registered + duplicates + rejected == rowsRead;
    }
}
