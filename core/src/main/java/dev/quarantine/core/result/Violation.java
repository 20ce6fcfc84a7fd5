package dev.quarantine.core.result;

import java.time.Instant;

/** A recorded violation of the quarantine rules, with the penalty given. */
public record Violation(String caseNumber, String name, Instant at, String note, String penalty, String recordedBy) {
}
