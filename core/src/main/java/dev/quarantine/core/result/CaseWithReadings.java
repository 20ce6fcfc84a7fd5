package dev.quarantine.core.result;

import java.util.List;

/**
 * One case with its temperature readings, oldest first ({@code show}), read together from one snapshot of the
 * register: the readings are the case's own as it was when the case was read.
 */
public record CaseWithReadings(CaseView view, List<ReadingResult> readings) {

    /** Keeps an unmodifiable copy of the readings. */
    public CaseWithReadings {
        readings = List.copyOf(readings);
    }
}
