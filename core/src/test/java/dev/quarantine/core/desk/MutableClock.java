package dev.quarantine.core.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock the contract tests move by hand: every desk opened on it (and every second handle) sees the same instant,
 * so a test walks a case through the days of its quarantine without sleeping. Shared across threads: volatile.
 */
public final class MutableClock extends Clock {
    private final ZoneId zone;
    private volatile Instant instant;

    public MutableClock(LocalDateTime local, ZoneId zone) {
        this.zone = zone;
        this.instant = local.atZone(zone).toInstant();
    }

    /** Sets the time to a local date and time in the clock's zone. */
    public MutableClock set(LocalDateTime local) {
        instant = local.atZone(zone).toInstant();
        return this;
    }

    public MutableClock advance(Duration by) {
        instant = instant.plus(by);
        return this;
    }

    public LocalDateTime local() {
        return LocalDateTime.ofInstant(instant, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A clock on another zone reads the same (moving) instant. */
    @Override
    public Clock withZone(ZoneId other) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return self.withZone(z);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
