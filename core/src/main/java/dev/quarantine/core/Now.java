package dev.quarantine.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What "now" is for one session with the desk: the real time, a fixed instant, or a local time that the desk reads in
 * its policy's time zone (SPEC §11: {@code --now 2020-02-10T09:00} when entering paper records afterwards). A caller
 * hands the value over; only the desk, which knows the policy, turns it into a {@link Clock}.
 */
public final class Now {
    private final Instant instant;
    private final LocalDateTime local;

    private Now(Instant instant, LocalDateTime local) {
        this.instant = instant;
        this.local = local;
    }

    /** The real time. */
    public static Now system() {
        return new Now(null, null);
    }

    /** A fixed instant. */
    public static Now at(Instant instant) {
        return new Now(Objects.requireNonNull(instant), null);
    }

    /** A fixed local time, read in the policy's zone. */
    public static Now atLocal(LocalDateTime local) {
        return new Now(null, Objects.requireNonNull(local));
    }

    /**
     * {@code 2020-02-10T09:00} (any date form {@link Dates#parse} reads, seconds optional) as a local time, or ISO-8601
     * with an offset as an instant; years outside {@link Dates#FIRST_YEAR}–{@link Dates#LAST_YEAR} are refused.
     *
     * @throws QuarantineException {@code INVALID_INPUT}
     */
    public static Now parse(String text) {
        LocalDateTime l = Dates.parseLocal(text);
        return l != null ? atLocal(l) : at(Dates.parseTimestamp(text, ZoneId.of("UTC")).toInstant());
    }

    /** True for the real time. */
    public boolean isSystem() {
        return instant == null && local == null;
    }

    /** The clock of this moment in {@code zone}. */
    public Clock clock(ZoneId zone) {
        if (instant != null) {
            return Clock.fixed(instant, zone);
        }
        if (local != null) {
            return Clock.fixed(local.atZone(zone).toInstant(), zone);
        }
        return Clock.system(zone);
    }

    @Override
    public String toString() {
        return instant != null ? instant.toString() : local != null ? local.toString() : "system";
    }
}
