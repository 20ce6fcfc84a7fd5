package dev.quarantine.core.result;

import java.util.List;

/** A list shown in a report, cut at a limit: {@code items} are the first ones, {@code total} counts them all. */
public record Capped<T>(List<T> items, long total) {

    public Capped {
        items = List.copyOf(items);
    }

    public boolean cut() {
        return total > items.size();
    }
}
