package dev.quarantine.core.health;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** A daily temperature-check window in local time, {@code 06:00-12:00}; {@link #toString} reads back with {@link #parse}. */
public record TimeSlot(LocalTime start, LocalTime end) {

    /**
     * A window from {@code start} to {@code end}; refuses one that does not end after it starts
     * ({@code policy.slot.order}).
     */
    public TimeSlot {
        if (!start.isBefore(end)) {
            throw QuarantineException.invalid("policy.slot.order", start, end);
        }
    }

    /**
     * Reads a window as policy files write it, {@code 06:00-12:00}.
     *
     * @throws QuarantineException {@code INVALID_INPUT} {@code policy.slot.format} or {@code policy.slot.order}
     */
    public static TimeSlot parse(String text) {
        String s = TextNormalizer.foldNoSpaces(text);
        String[] parts = s.split("-");
        if (parts.length != 2) {
            throw QuarantineException.invalid("policy.slot.format", text);
        }
        try {
            return new TimeSlot(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (DateTimeParseException e) {
            throw QuarantineException.invalid("policy.slot.format", text);
        }
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
