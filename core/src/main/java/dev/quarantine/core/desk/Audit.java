package dev.quarantine.core.desk;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.internal.service.AuditLog;
import dev.quarantine.core.internal.service.DeskContext;
import dev.quarantine.core.result.HistoryEntry;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The audit log: every change, who made it, through which command: {@code desk.audit()}.
 */
public final class Audit {
    private final DeskContext context;
    private final AuditLog audit;

    Audit(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    /** How many audit-log entries were written through {@code command}. */
    public long eventsBy(String command) {
        return context.db().read(sql -> audit.eventsBy(sql, command));
    }

    /**
     * How many audit-log entries record a change made through a command other than {@code commands} (the demo command
     * asks whether a file holds anything but demo data); views, exports and backups change nothing and are not counted.
     */
    public long changesOutside(Set<String> commands) {
        return context.db().read(sql -> AuditLog.changesOutside(sql, commands));
    }

    /** The audit log, oldest first, as a stream to close (see {@link Cases#stream}). */
    public Stream<HistoryEntry> stream() {
        return audit.stream();
    }

    /** Streams the whole audit log, oldest first (exports). */
    public void forEach(Consumer<HistoryEntry> consumer) {
        context.db().read(sql -> {
            audit.forEach(sql, consumer);
            return null;
        });
    }

    /**
     * Records an event that changes nothing else (a backup, an unmasked view) unless the database is read-only: then
     * it says it could not.
     *
     * @param caseNumber the case it concerns ({@code Q000012}), or null
     * @return true when recorded
     */
    public boolean tryRecord(String caseNumber, String action, String details) {
        return audit.tryRecord(caseNumber(caseNumber), action, details);
    }

    /** Records an action in the audit log that changes nothing else (an unmasked export, say). */
    public void record(String caseNumber, String action, String details) {
        audit.recordAlone(caseNumber(caseNumber), action, details);
    }

    private static CaseNumber caseNumber(String text) {
        if (text == null) {
            return null;
        }
        return CaseNumber.parse(text).orElseThrow(() -> QuarantineException.invalid("case.ref", text));
    }
}
