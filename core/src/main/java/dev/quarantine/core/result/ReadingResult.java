package dev.quarantine.core.result;

import dev.quarantine.core.health.Temperature;

import java.time.Instant;

/** One recorded temperature; {@code alertOpened} when it is a fever and opened a new fever alert. */
public record ReadingResult(String caseNumber, String name, Temperature temperature, Instant takenAt,
                            String recordedBy, boolean fever, boolean alertOpened) {
}
