package dev.quarantine.core.internal.service;

import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.internal.store.StoreException;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.store.StoreFailure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The append-only audit log (SPEC §12): who did what, when, through which command, to which case. An import batch is
 * one event naming the range of cases it registered, which are consecutive and its own.
 */
public final class AuditLog {
    /** Actions that change nothing: showing numbers in full, exporting, backing up. */
    static final Set<String> READ_ONLY_ACTIONS = Set.of("unmasked", "export", "backup", "migrate-to");
    private static final String COLUMNS = "id, at, operator, command, case_number, action, details, case_id, case_id_last";

    private final DeskContext context;

    public AuditLog(DeskContext context) {
        this.context = context;
    }

    /** An event inside the caller's transaction, about {@code caseNumber} (null when it concerns no case). */
    public void record(Sql sql, CaseNumber caseNumber, String action, String details) {
        if (caseNumber == null) {
            sql.insert("INSERT INTO audit_log (at, operator, command, case_number, case_id, action, details, office_id) "
                    + "VALUES (?, ?, ?, NULL, NULL, ?, ?, ?)", context.now(), context.operator(), context.command(),
                    action, details, officeId());
        } else {
            // The event belongs to the case's office, whoever did it.
            sql.insert("INSERT INTO audit_log (at, operator, command, case_number, case_id, action, details, office_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT office_id FROM qcase WHERE id = ?))", context.now(),
                    context.operator(), context.command(), caseNumber.toString(), caseNumber.id(), action, details,
                    caseNumber.id());
        }
    }

    private Long officeId() {
        DeskContext.Office o = context.office();
        return o == null ? null : o.id();
    }

    /** One event for the cases {@code first}–{@code last} (an import batch). */
    public void recordRange(Sql sql, long first, long last, String action, String details) {
        sql.insert("INSERT INTO audit_log (at, operator, command, case_number, case_id, case_id_last, action, details, "
                        + "office_id) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)", context.now(), context.operator(),
                context.command(), first, last, action, details, officeId());
    }

    /** An event that changes nothing else, in its own transaction. */
    public void recordAlone(CaseNumber caseNumber, String action, String details) {
        context.db().inTransaction(sql -> {
            record(sql, caseNumber, action, details);
            return null;
        });
    }

    /** {@link #recordAlone}, unless the database is read-only: then it says it could not. */
    public boolean tryRecord(CaseNumber caseNumber, String action, String details) {
        if (context.db().readOnly()) {
            return false;
        }
        try {
            recordAlone(caseNumber, action, details);
            return true;
        } catch (StoreException e) {
            if (e.failure() == StoreFailure.READ_ONLY) {
                return false;
            }
            throw e;
        }
    }

    /** The events of case {@code id}: its own, and the import batches whose range holds it; oldest first. */
    public List<HistoryEntry> of(Sql sql, long id) {
        return sql.list("SELECT " + COLUMNS + " FROM audit_log WHERE case_id = ? AND case_id_last IS NULL "
                + "UNION ALL SELECT " + COLUMNS + " FROM audit_log WHERE case_id_last IS NOT NULL AND case_id <= ? "
                + "AND case_id_last >= ? ORDER BY id", AuditLog::map, id, id, id);
    }

    /** Every event, oldest first, streamed. */
    public void forEach(Sql sql, Consumer<HistoryEntry> consumer) {
        sql.forEach(eventsQuery(), rs -> consumer.accept(map(rs)));
    }

    /** Every event, oldest first, as a stream read beside the desk's work. */
    public Stream<HistoryEntry> stream() {
        return context.db().stream(eventsQuery(), AuditLog::map);
    }

    /** The office's own events and the district's (hotels, policies), when the desk keeps to one office. */
    private String eventsQuery() {
        String scope = context.scope("a").isEmpty() ? ""
                : " WHERE (a.office_id IS NULL OR a.office_id = " + context.office().id() + ")";
        return "SELECT " + COLUMNS + " FROM audit_log a" + scope + " ORDER BY id";
    }

    public long eventsBy(Sql sql, String command) {
        return sql.count("SELECT COUNT(*) FROM audit_log WHERE command = ?", command);
    }

    /** Events of commands other than {@code commands} that changed something. */
    public static long changesOutside(Sql sql, Set<String> commands) {
        return sql.list("SELECT command, action FROM audit_log", rs -> new String[] {rs.getString(1), rs.getString(2)})
                .stream().filter(e -> !commands.contains(e[0]) && !READ_ONLY_ACTIONS.contains(e[1])).count();
    }

    private static HistoryEntry map(ResultSet rs) throws SQLException {
        Long last = Sql.nullableLong(rs, "case_id_last");
        String cases = last == null ? rs.getString(5)
                : CaseNumber.of(rs.getLong("case_id")) + "–" + CaseNumber.of(last);
        return new HistoryEntry(rs.getLong(1), Sql.instant(rs, "at"), rs.getString(3), rs.getString(4), cases,
                rs.getString(6), rs.getString(7));
    }
}
