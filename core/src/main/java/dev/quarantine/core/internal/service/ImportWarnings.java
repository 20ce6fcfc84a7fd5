package dev.quarantine.core.internal.service;

import dev.quarantine.core.Message;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RosterRow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The warnings a roster import ({@link RosterImporter}) gives about its rows, counted by kind (message key) in the
 * order each kind first occurred, with the texts of the first {@link ImportSummary#MAX_WARNINGS_PER_KIND} of each: a
 * roster of a million rows that all warn alike keeps a few lines, not a million. Kept apart from the importer, which
 * writes the rows, so that what the summary says of warnings is decided in one place.
 */
final class ImportWarnings {
    private final Locale locale;
    private long warningCount;
    /** The warnings by message key, in the order each kind first occurred: a count and the first few texts. */
    private final Map<String, WarningKind> warnings = new LinkedHashMap<>();

    ImportWarnings(Locale locale) {
        this.locale = locale;
    }

    /** The warnings of one kind (one message key): how many, and the texts of the first ones. */
    private static final class WarningKind {
        long count;
        final List<String> texts = new ArrayList<>();
    }

    /** Counts a warning about a row; the summary keeps the text of the first {@code MAX_WARNINGS_PER_KIND} of a kind. */
    void warn(RosterRow row, Message warning) {
        warningCount++;
        WarningKind kind = warnings.computeIfAbsent(warning.key(), k -> new WarningKind());
        kind.count++;
        if (kind.texts.size() < ImportSummary.MAX_WARNINGS_PER_KIND) {
            kind.texts.add(new Message("import.lineWarning", row.line(), warning.text(locale)).text(locale));
        }
    }

    /** How many warnings there were, of every kind. */
    long count() {
        return warningCount;
    }

    /** The texts kept, kind after kind, each kind cut short followed by how many more of it there are. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (WarningKind kind : warnings.values()) {
            out.addAll(kind.texts);
            if (kind.count > kind.texts.size()) {
                out.add(new Message("import.moreWarnings", kind.count - kind.texts.size()).text(locale));
            }
        }
        return List.copyOf(out);
    }

    /** How many warnings of each kind, by message key, kinds in the order they first occurred. */
    Map<String, Long> kinds() {
        Map<String, Long> out = new LinkedHashMap<>();
        warnings.forEach((key, kind) -> out.put(key, kind.count));
        return Collections.unmodifiableMap(out);
    }
}
