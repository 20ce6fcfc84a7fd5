package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.Text;
import dev.quarantine.core.internal.store.RowMapper;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.money.NightlyRates;
import dev.quarantine.core.money.PaymentKind;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.Letterhead;
import dev.quarantine.core.result.Notice;
import dev.quarantine.core.result.PaymentEntry;
import dev.quarantine.core.result.ReleaseNotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The cost of a hotel stay and the person's payments (SPEC §7). */
public final class BillingService {
    private final DeskContext context;
    private final AuditLog audit;

    public BillingService(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    /**
     * Records a payment by the person and returns the updated bill; a payment beyond what is owed is refused unless
     * {@code overpay} says the person really paid it (the bill then shows the excess as a credit, to be refunded).
     */
    public Bill pay(String caseRef, Money amount, boolean overpay) {
        if (amount.isZero()) {
            throw QuarantineException.invalid("pay.zero");
        }
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            Bill before = bill(sql, row);
            boolean over = amount.compareTo(before.outstanding()) > 0;
            if (over && !overpay) {
                throw QuarantineException.refused("pay.exceeds", row.view().caseNumber(), amount, before.outstanding());
            }
            entry(sql, row, PaymentKind.PAYMENT, amount, null);
            audit.record(sql, row.number(), "pay", amount + (over ? ", " + amount.minusOrZero(before.outstanding())
                    + " more than owed (overpayment)" : ""));
            return bill(sql, row);
        });
    }

    /**
     * Takes back {@code amount} of what was recorded as paid (a payment recorded in error, or for the wrong amount):
     * a negative entry with its reason, never a deletion. At most what the ledger holds as paid.
     */
    public Bill reverse(String caseRef, Money amount, String reason) {
        return takeBack(caseRef, amount, reason, PaymentKind.REVERSAL);
    }

    /** Gives money back to the person: at most what they paid beyond their share (all of it for a cancelled case). */
    public Bill refund(String caseRef, Money amount, String reason) {
        return takeBack(caseRef, amount, reason, PaymentKind.REFUND);
    }

    private Bill takeBack(String caseRef, Money amount, String reason, PaymentKind kind) {
        if (amount.isZero()) {
            throw QuarantineException.invalid("pay.zero");
        }
        String why = kind == PaymentKind.REVERSAL ? Text.required("reason", reason) : Text.optional("reason", reason);
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            Bill before = bill(sql, row);
            if (kind == PaymentKind.REVERSAL && amount.compareTo(before.paid()) > 0) {
                throw QuarantineException.refused("pay.reverseExceeds", row.view().caseNumber(), amount, before.paid());
            }
            if (kind == PaymentKind.REFUND && amount.compareTo(before.credit()) > 0) {
                throw QuarantineException.refused("pay.refundExceeds", row.view().caseNumber(), amount, before.credit(),
                        before.paid(), before.person());
            }
            entry(sql, row, kind, amount, why);
            audit.record(sql, row.number(), kind == PaymentKind.REVERSAL ? "reverse" : "refund",
                    "-" + amount + (why == null ? "" : ": " + why));
            return bill(sql, row);
        });
    }

    private void entry(Sql sql, CaseStore.Row row, PaymentKind kind, Money amount, String reason) {
        sql.insert("INSERT INTO payment (case_id, kind, amount_fen, reason, paid_at, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", row.id(), kind, kind.sign() * amount.fen(), reason, context.now(),
                context.operator());
    }

    /** The columns of a ledger entry that {@link #ENTRY} reads. */
    private static final String ENTRY_COLUMNS = "id, paid_at, kind, amount_fen, reason, recorded_by";
    private static final RowMapper<PaymentEntry> ENTRY = rs -> new PaymentEntry(rs.getLong("id"),
            Sql.instant(rs, "paid_at"), PaymentKind.valueOf(rs.getString("kind")),
            Money.ofFen(Math.abs(rs.getLong("amount_fen"))), rs.getString("reason"), rs.getString("recorded_by"));

    /** The ledger of a case up to {@code asOf} (everything when null), oldest first. */
    static List<PaymentEntry> entries(Sql sql, long caseId, Instant asOf) {
        String select = "SELECT " + ENTRY_COLUMNS + " FROM payment WHERE case_id = ? ";
        return asOf == null ? sql.list(select + "ORDER BY id", ENTRY, caseId)
                : sql.list(select + "AND paid_at <= ? ORDER BY id", ENTRY, caseId, asOf);
    }

    /** The notice letter of a case that was admitted to a hotel; a case at home has none. */
    public Notice notice(String caseRef) {
        return context.db().read(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            if (row.view().admittedAt() == null) {
                throw QuarantineException.refused("notice.notInHotel", row.view().caseNumber(), row.view().status());
            }
            return new Notice(row.view(), bill(sql, row), letterhead(sql, row.id()));
        });
    }

    /** Who the letters of case {@code id} come from: the office that registered it. */
    static Letterhead letterhead(Sql sql, long id) {
        return sql.one("SELECT o.name, o.letter_name, o.phone, o.address FROM office o JOIN qcase c "
                + "ON c.office_id = o.id WHERE c.id = ?", rs -> new Letterhead(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), id).orElseThrow();
    }

    /** The release notice of a released case, to print again. */
    public ReleaseNotice releaseNotice(String caseRef) {
        return context.db().read(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            if (row.view().status() != CaseStatus.RELEASED) {
                throw QuarantineException.refused("notice.notReleased", row.view().caseNumber(), row.view().status());
            }
            return releaseNotice(sql, row);
        });
    }

    private ReleaseNotice releaseNotice(Sql sql, CaseStore.Row row) {
        CaseView c = row.view();
        return new ReleaseNotice(c, c.releasedAt(), c.checkedBy(), c.admittedAt() == null ? null : bill(sql, row),
                letterhead(sql, row.id()));
    }

    /** The notice letters of the cases admitted on {@code date} (in the policy's zone), in case-number order. */
    public List<Notice> noticesAdmittedOn(LocalDate date) {
        java.time.ZoneId zone = context.zone();
        return context.db().read(sql -> {
            List<Notice> out = new ArrayList<>();
            for (long id : ids(sql, "c.admitted_at >= ? AND c.admitted_at < ?", date.atStartOfDay(zone).toInstant(),
                    date.plusDays(1).atStartOfDay(zone).toInstant())) {
                CaseStore.Row row = CaseStore.byId(sql, id, context.blockSize());
                out.add(new Notice(row.view(), bill(sql, row), letterhead(sql, id)));
            }
            return out;
        });
    }

    /** The release notices of the cases released on {@code date}, in case-number order. */
    public List<ReleaseNotice> releaseNoticesOn(LocalDate date) {
        return context.db().read(sql -> {
            List<ReleaseNotice> out = new ArrayList<>();
            for (long id : ids(sql, "c.status = 'RELEASED' AND c.release_date = ?", date)) {
                out.add(releaseNotice(sql, CaseStore.byId(sql, id, context.blockSize())));
            }
            return out;
        });
    }

    private List<Long> ids(Sql sql, String where, Object... params) {
        List<Long> ids = new ArrayList<>();
        sql.forEach("SELECT c.id FROM qcase c WHERE " + where + context.scope("c") + " ORDER BY c.id",
                rs -> ids.add(rs.getLong(1)), params);
        return ids;
    }

    /** The office whose name signs the letters of a case. */
    public Letterhead letterhead(String caseRef) {
        return context.db().read(sql -> letterhead(sql, CaseStore.find(sql, caseRef, context).id()));
    }

    /** The bill of a case: final once released, else an estimate to the eligible date. */
    public Bill bill(String caseRef) {
        return context.db().read(sql -> bill(sql, CaseStore.find(sql, caseRef, context)));
    }

    public Bill bill(Sql sql, CaseStore.Row row) {
        return billAsOf(sql, row, null);
    }

    /**
     * The bill of a case as it stood at {@code asOf} (now when null): final if the case had closed by then, else an
     * estimate to the eligible date; payments made by then. A case cancelled as entered in error owes nothing.
     */
    public Bill billAsOf(Sql sql, CaseStore.Row row, Instant asOf) {
        Object[] closing = sql.one("SELECT release_date, " + AsOf.CLOSED + " AS closed_at FROM qcase c WHERE c.id = ?",
                rs -> new Object[] {Sql.date(rs, "release_date"), Sql.instant(rs, "closed_at")}, row.id()).orElseThrow();
        if (row.hotelId() == null) {
            return billOf(row, null, null, null, null, asOf);
        }
        return billOf(row, (LocalDate) closing[0], (Instant) closing[1], entries(sql, row.id(), asOf),
                HotelRates.rates(sql, row.hotelId(), asOf), asOf);
    }

    /** {@link #billAsOf} from what the database holds of the case: when it closed, its payments, its hotel's rates. */
    private Bill billOf(CaseStore.Row row, LocalDate releaseDate, Instant closedAt, List<PaymentEntry> entries,
                        NightlyRates rates, Instant asOf) {
        CaseView c = row.view();
        if (c.admittedAt() == null || row.hotelId() == null) {
            throw QuarantineException.refused(c.status() == CaseStatus.CANCELLED ? "bill.cancelledHome"
                    : "bill.notAdmitted", c.caseNumber(), c.status());
        }
        Policy policy = context.policies().byId(c.policyId()).orElse(context.currentPolicy());
        LocalDate admitted = LocalDate.ofInstant(c.admittedAt(), policy.zone());
        boolean closed = closedAt != null && (asOf == null || !closedAt.isAfter(asOf));
        if (closed && c.status() == CaseStatus.CANCELLED) {
            // Entered in error: nobody owes anything for it; what was paid is shown, to be refunded.
            return Bill.voided(c.caseNumber(), admitted, rates.on(admitted), entries);
        }
        LocalDate end;
        if (!closed) {
            end = c.eligibleDate();
        } else if (c.status() == CaseStatus.RELEASED) {
            end = releaseDate;
        } else {
            end = LocalDate.ofInstant(closedAt, policy.zone());
        }
        return Bill.compute(c.caseNumber(), !closed, admitted, end, rates, policy.shares(), entries);
    }

    /**
     * The bills at {@code asOf} (now when null) of every case of the desk's office admitted by then, in case-number
     * order: one query for the cases, one for the payments and one per hotel for its rates, not five per case (a
     * report over 100,000 stays would otherwise send half a million statements).
     */
    public void billsAsOf(Sql sql, Instant asOf, Consumer<Bill> consumer) {
        Map<Long, NightlyRates> rates = new HashMap<>();
        for (long hotel : sql.list("SELECT id FROM hotel", rs -> rs.getLong(1))) {
            rates.put(hotel, HotelRates.rates(sql, hotel, asOf));
        }
        Map<Long, List<PaymentEntry>> payments = new HashMap<>();
        sql.forEach("SELECT case_id, " + ENTRY_COLUMNS + " FROM payment WHERE 1 = 1"
                        + (asOf == null ? "" : " AND paid_at <= ?") + context.scopeCases("case_id")
                        + " ORDER BY case_id, id",
                rs -> payments.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(ENTRY.map(rs)),
                asOf == null ? new Object[0] : new Object[] {asOf});
        RowMapper<CaseStore.Row> mapper = CaseStore.mapper(context.blockSize());
        String cases = "SELECT c.release_date AS bill_release_date, " + AsOf.CLOSED + " AS bill_closed_at, "
                + CaseStore.SELECT.substring("SELECT ".length()) + "WHERE c.admitted_at IS NOT NULL"
                + (asOf == null ? "" : " AND c.admitted_at <= ?") + context.scope("c") + " ORDER BY c.id";
        sql.forEach(cases, rs -> {
            CaseStore.Row row = mapper.map(rs);
            consumer.accept(billOf(row, Sql.date(rs, "bill_release_date"), Sql.instant(rs, "bill_closed_at"),
                    payments.getOrDefault(row.id(), List.of()),
                    row.hotelId() == null ? null : rates.get(row.hotelId()), asOf));
        }, asOf == null ? new Object[0] : new Object[] {asOf});
    }

    /** The bill of every case that has been in a hotel, streamed (exports). */
    public void forEach(Sql sql, Consumer<Bill> consumer) {
        billsAsOf(sql, null, consumer);
    }
}
