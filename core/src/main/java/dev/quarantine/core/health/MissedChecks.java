package dev.quarantine.core.health;


import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Missed temperature checks of one hotel case (SPEC §2): a slot that has ended, during the whole of which the case
 * was admitted, and that holds no reading of that case. A case admitted at 13:00 has not missed that morning's slot.
 */
public final class MissedChecks {
    private MissedChecks() {
    }

    /** One missed slot: its date and its window. */
    public record Missed(LocalDate date, TimeSlot slot) {
    }

    /**
     * @param admittedAt when the case entered the hotel
     * @param leftAt     when it left (release or transfer), or null if still there
     * @param readings   the times of its readings
     * @param from       first date to look at
     * @param to         last date to look at
     * @param now        slots ending after now have not ended yet
     */
    public static List<Missed> find(Instant admittedAt, Instant leftAt, Collection<Instant> readings,
                                     List<TimeSlot> slots, ZoneId zone, LocalDate from, LocalDate to, Instant now) {
        List<Missed> missed = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (TimeSlot slot : slots) {
                Instant start = ZonedDateTime.of(d, slot.start(), zone).toInstant();
                Instant end = ZonedDateTime.of(d, slot.end(), zone).toInstant();
                boolean ended = !end.isAfter(now);
                boolean presentThroughout = !admittedAt.isAfter(start) && (leftAt == null || !leftAt.isBefore(end));
                if (!ended || !presentThroughout) {
                    continue;
                }
                boolean hasReading = readings.stream().anyMatch(r -> !r.isBefore(start) && !r.isAfter(end));
                if (!hasReading) {
                    missed.add(new Missed(d, slot));
                }
            }
        }
        return missed;
    }
}
