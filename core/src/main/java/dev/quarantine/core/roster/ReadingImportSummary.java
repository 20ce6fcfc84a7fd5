package dev.quarantine.core.roster;

import java.util.List;

/**
 * What a temperature import did: {@code recorded + duplicates + rejected == rowsRead}, always. An {@code --atomic}
 * import with a rejected row records nothing ({@code atomicRefused}); a dry run never does.
 */
public record ReadingImportSummary(long rowsRead, long recorded, long duplicates, long rejected, long blankLines,
                                   long fevers, long alertsOpened, List<String> ignoredColumns, boolean dryRun,
                                   boolean atomicRefused) {

    /** True when {@code recorded + duplicates + rejected == rowsRead}, as it always should be. */
    public boolean balanced() {
        return recorded + duplicates + rejected == rowsRead;
    }
}
