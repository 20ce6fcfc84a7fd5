package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.cases.ReleaseCheck;
import dev.quarantine.core.cases.ReleaseRefusedException;
import dev.quarantine.core.cases.Unmet;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.ReleaseResult;
import dev.quarantine.core.result.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** What happens to a case after registration: release, transfer, cancellation, and the records kept on it (SPEC §5). */
public final class ClosingService {
    private final DeskContext context;
    private final AuditLog audit;
    private final HealthService health;
    private final BillingService billing;

    public ClosingService(DeskContext context, AuditLog audit, HealthService health, BillingService billing) {
        this.context = context;
        this.audit = audit;
        this.health = health;
        this.billing = billing;
    }

    /** Transfers a case to hospital: closes it as {@code TRANSFERRED}, its room awaits disinfection. */
    public CaseView transfer(String caseRef, String hospital) {
        String h = Text.required("hospital", hospital);
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            row.view().status().checkMove(row.view().caseNumber(), CaseStatus.TRANSFERRED);
            Instant now = context.now();
            sql.update("UPDATE qcase SET status = 'TRANSFERRED', transferred_at = ?, hospital = ? WHERE id = ?",
                    now, h, row.id());
            vacate(sql, row);
            health.closeAlerts(sql, row, now, "transferred to " + h);
            audit.record(sql, row.number(), "transfer", "to " + h);
            return CaseStore.byId(sql, row.id(), context.blockSize()).view();
        });
    }

    /** Cancels a case entered in error; the record and its history stay. */
    public CaseView cancel(String caseRef, String reason) {
        String why = Text.multiLine("reason", reason);
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            row.view().status().checkMove(row.view().caseNumber(), CaseStatus.CANCELLED);
            Instant now = context.now();
            sql.update("UPDATE qcase SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ? WHERE id = ?",
                    now, why, row.id());
            vacate(sql, row);
            health.closeAlerts(sql, row, now, "case cancelled");
            audit.record(sql, row.number(), "cancel", why == null ? "" : why);
            return CaseStore.byId(sql, row.id(), context.blockSize()).view();
        });
    }

    /** A room that has held a person awaits disinfection before the next one. */
    private static void vacate(Sql sql, CaseStore.Row row) {
        if (row.roomId() != null && row.view().status() == CaseStatus.ADMITTED) {
            sql.update("UPDATE room SET state = 'NEEDS_DISINFECTION' WHERE id = ?", row.roomId());
        }
    }

    /**
     * Releases a case when every condition holds; otherwise refuses listing every unmet one
     * ({@link ReleaseRefusedException}). A fever at the release check is kept, with its alert.
     *
     * @param temperature a release-check temperature, or null
     * @param on          the release date, or null for today
     */
    public ReleaseResult release(String caseRef, String checkedBy, String temperature, LocalDate on) {
        Temperature t = temperature == null || temperature.isBlank() ? null : health.parse(temperature);
        String checker = checkedBy == null || checkedBy.isBlank() ? null : Text.clean("checked_by", checkedBy);
        Object outcome = context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            CaseView c = row.view();
            Instant now = context.now();
            LocalDate today = context.today();
            LocalDate date = on == null ? today : on;
            if (date.isAfter(today)) {
                throw QuarantineException.invalid("release.futureDate", date, today);
            }
            if (date.isBefore(c.arrivalDate())) {
                throw QuarantineException.invalid("release.beforeArrival", date, c.arrivalDate());
            }
            Instant releasedAt = on == null || date.equals(today) ? now
                    : ZonedDateTime.of(date, now.atZone(context.zone()).toLocalTime(), context.zone()).toInstant();
            Optional<Object[]> latest = sql.one("SELECT tenths, taken_at FROM reading WHERE case_id = ? "
                            + "AND taken_at <= ? ORDER BY taken_at DESC, id DESC",
                    rs -> new Object[] {Temperature.ofTenths(rs.getInt(1)), Sql.instant(rs, "taken_at")}, row.id(),
                    releasedAt);
            Policy policy = context.policies().byId(c.policyId()).orElse(context.currentPolicy());
            List<Unmet> unmet = new ReleaseCheck(c.caseNumber(), c.status(), c.eligibleDate(), date, releasedAt,
                    health.hasOpenAlert(sql, row), latest.map(a -> (Temperature) a[0]).orElse(null),
                    latest.map(a -> (Instant) a[1]).orElse(null), t, checker, policy).unmet();
            if (!unmet.isEmpty()) {
                if (t != null && policy.isFever(t) && c.status().isOpen()) {
                    // A fever at the release check is a health fact: kept, with its alert, and the release refused.
                    health.record(sql, row, t, releasedAt, checker);
                }
                return new ReleaseRefusedException(c.caseNumber(), unmet);
            }
            if (t != null) {
                sql.insert("INSERT INTO reading (case_id, taken_at, tenths, fever, recorded_by) VALUES (?, ?, ?, ?, ?)",
                        row.id(), releasedAt, t.tenths(), false, checker);
            }
            sql.update("UPDATE qcase SET status = 'RELEASED', released_at = ?, release_date = ?, checked_by = ?, "
                    + "filed_at = ? WHERE id = ?", releasedAt, date, checker, now, row.id());
            vacate(sql, row);
            audit.record(sql, row.number(), "release", "checked by " + checker + (t == null ? "" : ", " + t)
                    + ", filed with community " + (c.community() == null ? "-" : c.community()));
            CaseStore.Row released = CaseStore.byId(sql, row.id(), context.blockSize());
            Bill bill = released.roomId() == null ? null : billing.bill(sql, released);
            return new ReleaseResult(released.view(), releasedAt, checker, bill);
        });
        if (outcome instanceof QuarantineException refusal) {
            throw refusal;
        }
        return (ReleaseResult) outcome;
    }

    /** Records that the commitment letter (承诺书) of an admitted case is signed; once. */
    public CaseView commitment(String caseRef) {
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            if (row.view().status() != CaseStatus.ADMITTED) {
                throw QuarantineException.refused("commitment.notAdmitted", row.view().caseNumber(), row.view().status());
            }
            if (row.view().commitmentSignedAt() != null) {
                throw QuarantineException.refused("commitment.already", row.view().caseNumber(),
                        context.local(row.view().commitmentSignedAt()));
            }
            sql.update("UPDATE qcase SET commitment_signed_at = ? WHERE id = ?", context.now(), row.id());
            audit.record(sql, row.number(), "commitment", "signed");
            return CaseStore.byId(sql, row.id(), context.blockSize()).view();
        });
    }

    /** Records a violation of the rules with a note and the penalty given. */
    public Violation violation(String caseRef, String note, String penalty) {
        String n = Text.required("note", note);
        String p = Text.optional("penalty", penalty);
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            Instant now = context.now();
            sql.insert("INSERT INTO violation (case_id, at, note, penalty, recorded_by) VALUES (?, ?, ?, ?, ?)",
                    row.id(), now, n, p, context.operator());
            audit.record(sql, row.number(), "violation", n + (p == null ? "" : " / " + p));
            return new Violation(row.view().caseNumber(), row.view().name(), now, n, p, context.operator());
        });
    }
}
