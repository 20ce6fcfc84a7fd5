package dev.quarantine.core.roster;

import java.util.List;

/**
 * One data row of a roster as read: the physical lines it spans ({@code line} to {@code lastLine}; a quoted cell may
 * hold line breaks) and its cells, exactly as in the file.
 */
public record RosterRow(long line, long lastLine, List<String> cells) {

    /** A row on lines {@code line} to {@code lastLine} (at least {@code line}); a null cell becomes empty. */
    public RosterRow {
        cells = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
        if (lastLine < line) {
            lastLine = line;
        }
    }

    /** A row on one line. */
    public RosterRow(long line, List<String> cells) {
        this(line, line, cells);
    }

    /** How many physical lines the row spans. */
    public long lines() {
        return lastLine - line + 1;
    }
}
