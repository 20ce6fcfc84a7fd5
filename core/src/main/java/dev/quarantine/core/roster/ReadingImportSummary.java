package dev.quarantine.core.roster;

import java.util.List;

/** What a temperature import did: {@code recorded + duplicates + rejected == rowsRead}, always. */
public record ReadingImportSummary(long rowsRead, long recorded, long duplicates, long rejected, long blankLines,
                                   long fevers, long alertsOpened, List<String> ignoredColumns) {

    public boolean balanced() {
        return recorded + duplicates + rejected == rowsRead;
    }
}
