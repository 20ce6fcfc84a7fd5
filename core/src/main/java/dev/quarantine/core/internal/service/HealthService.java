package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.CaseWithReadings;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.result.ReadingResult;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.quarantine.core.internal.service.Fields.field;

/**
 * Temperatures and fever alerts (SPEC §5). Every reading, wherever it is entered — a reading of its own, an intake
 * temperature, a release check, a roster's column, a temperature sheet — goes through {@link #record}: stored, and a
 * fever opens an alert.
 */
public final class HealthService {
    static final String ALERT_SELECT = "SELECT c.id AS case_id, c.name, h.name, r.number, rd.tenths, a.opened_at, "
            + "a.reported_at, a.reported_to, a.closed_at, a.closed_by, a.close_note FROM fever_alert a "
            + "JOIN qcase c ON c.id = a.case_id "
            + "LEFT JOIN hotel h ON h.id = c.hotel_id LEFT JOIN room r ON r.id = c.room_id "
            + "LEFT JOIN reading rd ON rd.id = a.reading_id ";

    private final DeskContext context;
    private final AuditLog audit;

    public HealthService(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    /** A temperature as typed, checked against the policy's plausible range. */
    public Temperature parse(String text) {
        Text.required("temperature", text);
        return field("temperature", () -> context.currentPolicy().checkPlausible(Temperature.parse(text)));
    }

    /** Records one temperature reading; a fever opens a fever alert unless one is open already. */
    public ReadingResult record(String caseRef, String value, Instant at, String by) {
        Temperature t = parse(value);
        return context.db().inTransaction(sql -> record(sql, CaseStore.find(sql, caseRef, context), t, at,
                by));
    }

    /**
     * One reading inside the caller's transaction, of an open case, not in the future and not before the arrival;
     * {@code by} defaults to the operator.
     */
    public ReadingResult record(Sql sql, CaseStore.Row row, Temperature t, Instant at, String by) {
        CaseView c = row.view();
        context.currentPolicy().checkPlausible(t);
        if (!c.status().isOpen()) {
            throw QuarantineException.refused("reading.closedCase", c.caseNumber(), c.status());
        }
        Instant now = context.now();
        Instant takenAt = at == null ? now : at;
        if (takenAt.isAfter(now)) {
            throw QuarantineException.invalid("reading.future", context.local(takenAt));
        }
        if (takenAt.isBefore(c.arrivalDate().atStartOfDay(context.zone()).toInstant())) {
            throw QuarantineException.invalid("reading.beforeArrival", context.local(takenAt), c.arrivalDate());
        }
        String recordedBy = by == null || by.isBlank() ? context.operator() : Text.clean("by", by);
        boolean fever = context.currentPolicy().isFever(t);
        long readingId = sql.insert("INSERT INTO reading (case_id, taken_at, tenths, fever, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?)", row.id(), takenAt, t.tenths(), fever, recordedBy);
        // One statement, guarded by the index that allows one open alert per case: never a check, then an insert.
        boolean opened = fever && sql.update("INSERT INTO fever_alert (case_id, reading_id, opened_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (case_id) WHERE closed_at IS NULL DO NOTHING", row.id(), readingId, takenAt) == 1;
        audit.record(sql, row.number(), "temp", t + (fever ? " FEVER" : "") + (opened ? ", alert opened" : "")
                + " by " + recordedBy);
        return new ReadingResult(c.caseNumber(), c.name(), t, takenAt, recordedBy, fever, opened);
    }

    /** True when the case has a reading of {@code t} taken at {@code at} already (a sheet imported twice). */
    public boolean recorded(Sql sql, CaseStore.Row row, Instant at, Temperature t) {
        return sql.count("SELECT COUNT(*) FROM reading WHERE case_id = ? AND taken_at = ? AND tenths = ?", row.id(), at,
                t.tenths()) > 0;
    }

    /** Records that the open fever alert was reported to the command centre, and to whom; once. */
    public FeverAlert report(String caseRef, String to) {
        String recipient = Text.required("to", to);
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            long alert = openAlert(sql, row);
            FeverAlert before = alert(sql, alert);
            if (before.reportedAt() != null) {
                throw QuarantineException.refused("fever.reportedAlready", row.view().caseNumber(),
                        context.local(before.reportedAt()), before.reportedTo());
            }
            sql.update("UPDATE fever_alert SET reported_at = ?, reported_to = ? WHERE id = ?", context.now(), recipient,
                    alert);
            audit.record(sql, row.number(), "fever-report", "reported to " + recipient);
            return alert(sql, alert);
        });
    }

    /** Closes the open fever alert after a medical review. */
    public FeverAlert clear(String caseRef, String by, String note) {
        String reviewer = Text.required("by", by);
        String remark = Text.multiLine("note", note);
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            long alert = openAlert(sql, row);
            sql.update("UPDATE fever_alert SET closed_at = ?, closed_by = ?, close_note = ? WHERE id = ?",
                    context.now(), reviewer, remark, alert);
            audit.record(sql, row.number(), "fever-clear", "cleared by " + reviewer + (remark == null ? "" : ": " + remark));
            return alert(sql, alert);
        });
    }

    /** Closes every open alert of a case that is leaving (transferred, cancelled), saying why. */
    void closeAlerts(Sql sql, CaseStore.Row row, Instant at, String why) {
        sql.update("UPDATE fever_alert SET closed_at = ?, closed_by = ?, close_note = ? WHERE case_id = ? "
                + "AND closed_at IS NULL", at, context.operator(), why, row.id());
    }

    public boolean hasOpenAlert(Sql sql, CaseStore.Row row) {
        return sql.count("SELECT COUNT(*) FROM fever_alert WHERE case_id = ? AND closed_at IS NULL", row.id()) > 0;
    }

    private long openAlert(Sql sql, CaseStore.Row row) {
        return sql.one("SELECT id FROM fever_alert WHERE case_id = ? AND closed_at IS NULL", rs -> rs.getLong(1), row.id())
                .orElseThrow(() -> QuarantineException.refused("fever.noOpenAlert", row.view().caseNumber()));
    }

    static FeverAlert mapAlert(ResultSet rs) throws SQLException {
        Long tenths = Sql.nullableLong(rs, "tenths");
        return new FeverAlert(CaseNumber.of(rs.getLong(1)).toString(), rs.getString(2), rs.getString(3), rs.getString(4),
                tenths == null ? null : Temperature.ofTenths(tenths.intValue()), Sql.instant(rs, "opened_at"),
                Sql.instant(rs, "reported_at"), rs.getString(8), Sql.instant(rs, "closed_at"), rs.getString(10),
                rs.getString(11));
    }

    private FeverAlert alert(Sql sql, long id) {
        return sql.one(ALERT_SELECT + "WHERE a.id = ?", HealthService::mapAlert, id).orElseThrow();
    }

    /** Fever alerts, open ones only when {@code openOnly}: unreported first, then oldest first. */
    public List<FeverAlert> alerts(boolean openOnly) {
        return context.db().read(sql -> sql.list(ALERT_SELECT + "WHERE " + (openOnly ? "a.closed_at IS NULL" : "1 = 1")
                + context.scope("c") + " "
                + "ORDER BY CASE WHEN a.reported_at IS NULL THEN 0 ELSE 1 END, a.opened_at", HealthService::mapAlert));
    }

    /** The readings of a case, oldest first. */
    public List<ReadingResult> readings(String caseRef) {
        return context.db().read(sql -> readings(sql, CaseStore.find(sql, caseRef, context)));
    }

    /**
     * A case with its readings, oldest first, from one snapshot: the case is found once and its readings are read in
     * the same read transaction, so a reading written or a case opened meanwhile never mixes with what is shown.
     */
    public CaseWithReadings caseWithReadings(String caseRef) {
        return context.db().read(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            return new CaseWithReadings(row.view(), readings(sql, row));
        });
    }

    private static List<ReadingResult> readings(Sql sql, CaseStore.Row row) {
        return sql.list("SELECT tenths, taken_at, recorded_by, fever FROM reading WHERE case_id = ? ORDER BY taken_at, id",
                rs -> new ReadingResult(row.view().caseNumber(), row.view().name(), Temperature.ofTenths(rs.getInt(1)),
                        Sql.instant(rs, "taken_at"), rs.getString(3), rs.getInt(4) != 0, false), row.id());
    }

    /** Every reading, oldest first, streamed (exports). */
    public void forEach(Sql sql, Consumer<ReadingResult> consumer) {
        sql.forEach(readingsQuery(), rs -> consumer.accept(mapReading(rs)));
    }

    /** Every reading, oldest first, as a stream read beside the desk's work. */
    public Stream<ReadingResult> stream() {
        return context.db().stream(readingsQuery(), HealthService::mapReading);
    }

    private String readingsQuery() {
        return "SELECT c.id, c.name, r.tenths, r.taken_at, r.recorded_by, r.fever FROM reading r "
                + "JOIN qcase c ON c.id = r.case_id WHERE 1 = 1" + context.scope("c") + " ORDER BY r.taken_at, r.id";
    }

    private static ReadingResult mapReading(ResultSet rs) throws SQLException {
        return new ReadingResult(CaseNumber.of(rs.getLong(1)).toString(), rs.getString(2),
                Temperature.ofTenths(rs.getInt(3)), Sql.instant(rs, "taken_at"), rs.getString(5), rs.getInt(6) != 0,
                false);
    }
}
