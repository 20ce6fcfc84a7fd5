package dev.quarantine.core.result;

import java.time.Instant;

/** One line of the audit log: who did what, through which command, to which case. */
public record HistoryEntry(long id, Instant at, String operator, String command, String caseNumber, String action,
                           String details) {
}
