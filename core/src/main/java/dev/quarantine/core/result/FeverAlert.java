package dev.quarantine.core.result;

import dev.quarantine.core.health.Temperature;

import java.time.Instant;

/** A fever alert of a case: opened by a fever reading, reported to the command centre, closed by review or transfer. */
public record FeverAlert(String caseNumber, String name, String hotel, String room, Temperature reading,
                         Instant openedAt, Instant reportedAt, String reportedTo, Instant closedAt, String closedBy,
                         String note) {

    /** True until the alert is closed, by a medical review or a transfer. */
    public boolean open() {
        return closedAt == null;
    }
}
