package dev.quarantine.core.result;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures the daily report draws as charts: for each of the days up to the report's date, the open cases and the
 * occupied rooms at the end of that day (now, for today); and for each of the days after it, how many open cases become
 * eligible for release that day.
 *
 * @param past oldest first, the report's date last
 * @param next the day after the report's date first
 */
public record Trend(LocalDate date, List<Day> past, List<Due> next) {
    /** Keeps copies of the lists. */
    public Trend {
        past = List.copyOf(past);
        next = List.copyOf(next);
    }

    /** A day's end: open cases and occupied rooms. */
    public record Day(LocalDate date, long openCases, long occupiedRooms) {
    }

    /** A coming day: the open cases that become eligible for release on it. */
    public record Due(LocalDate date, long eligible) {
    }
}
