package dev.quarantine.core.roster;

import java.util.List;

/** One data row of a roster as read: the line it starts on and its cells, exactly as in the file. */
public record RosterRow(long line, List<String> cells) {
}
