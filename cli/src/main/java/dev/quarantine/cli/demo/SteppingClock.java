package dev.quarantine.cli.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The demo's clock: it stands still until the script moves it to the next moment of the fortnight. */
final class SteppingClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    SteppingClock(ZoneId zone, LocalDateTime start) {
        this.zone = zone;
        this.now = start.atZone(zone).toInstant();
    }

    void set(LocalDateTime local) {
        now = local.atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        throw new UnsupportedOperationException("the demo clock has one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
