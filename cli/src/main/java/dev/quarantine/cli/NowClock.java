package dev.quarantine.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The clock of one command run: the system clock, or the time fixed by {@code --now}. A local {@code --now}
 * ({@code 2020-02-10T09:00}) is read in the policy's time zone, which is known only once the database is open,
 * so the zone is set after opening.
 */
public final class NowClock extends Clock {
    private final Instant fixed;
    private final LocalDateTime local;
    private ZoneId zone;

    private NowClock(Instant fixed, LocalDateTime local, ZoneId zone) {
        this.fixed = fixed;
        this.local = local;
        this.zone = zone;
    }

    public static NowClock system() {
        return new NowClock(null, null, ZoneId.of("Asia/Shanghai"));
    }

    public static NowClock at(Instant instant) {
        return new NowClock(instant, null, ZoneId.of("Asia/Shanghai"));
    }

    public static NowClock atLocal(LocalDateTime local) {
        return new NowClock(null, local, ZoneId.of("Asia/Shanghai"));
    }

    public void zone(ZoneId policyZone) {
        this.zone = policyZone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new NowClock(fixed, local, z);
    }

    @Override
    public Instant instant() {
        if (fixed != null) {
            return fixed;
        }
        if (local != null) {
            return local.atZone(zone).toInstant();
        }
        return Instant.now();
    }
}
