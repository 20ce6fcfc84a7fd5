package dev.quarantine.core.result;

import java.util.List;

/** A list shown in a report, cut at a limit: {@code items} are the first ones, {@code total} counts them all. */
public record Capped<T>(List<T> items, long total) {

    /** The first {@code items} of a list of {@code total} (the items are copied). */
    public Capped {
        items = List.copyOf(items);
    }

    /** True when the list was cut: {@code total} counts more than {@code items} holds. */
    public boolean cut() {
        return total > items.size();
    }
}
