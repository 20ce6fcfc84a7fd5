package dev.quarantine.core.result;

import dev.quarantine.core.money.CostShares;
import dev.quarantine.core.money.CostSplit;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.money.NightlyRates;
import dev.quarantine.core.money.RateSpan;

import java.time.LocalDate;
import java.util.List;

/**
 * The cost of a hotel stay (SPEC §7): each night at the rate in force that night, the total split into the three
 * shares; what the person has paid (payments less reversals and refunds) and still owes, or was paid beyond the bill.
 * An estimate (at admission) counts nights to the eligible date, the final bill to the release date.
 *
 * @param nightlyRate the rate of the first night ({@link #rates} has every rate of the stay)
 * @param paid        the payments less the reversals and refunds
 * @param outstanding what the person still owes: their share less what they paid, never below zero
 * @param credit      what the person paid beyond their share, to be refunded: never below zero
 * @param rates       the nights grouped by the rate in force, oldest first
 * @param entries     every entry of the payment ledger, oldest first
 */
public record Bill(
        String caseNumber,
        boolean estimate,
        LocalDate from,
        LocalDate to,
        long nights,
        Money nightlyRate,
        Money total,
        Money hotelWaiver,
        Money subsidy,
        Money person,
        Money paid,
        Money outstanding,
        Money credit,
        List<RateSpan> rates,
        List<PaymentEntry> entries) {

    /** Copies the lists: a bill does not change. */
    public Bill {
        rates = List.copyOf(rates);
        entries = List.copyOf(entries);
    }

    /** The bill of a case cancelled as entered in error: nothing is owed; what was paid is to be refunded. */
    public static Bill voided(String caseNumber, LocalDate admitted, Money rate, List<PaymentEntry> entries) {
        Money paid = paid(entries);
        return new Bill(caseNumber, false, admitted, admitted, 0, rate, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                paid, Money.ZERO, paid, List.of(), entries);
    }

    /** Nights = end − admission date, at least 1; each night at the rate {@code rates} has in force that night. */
    public static Bill compute(String caseNumber, boolean estimate, LocalDate admitted, LocalDate end, NightlyRates rates,
                               CostShares shares, List<PaymentEntry> entries) {
        long nights = Math.max(1, end.toEpochDay() - admitted.toEpochDay());
        List<RateSpan> spans = rates.spans(admitted, nights);
        Money total = Money.ZERO;
        for (RateSpan s : spans) {
            total = total.plus(s.amount());
        }
        if (total.fen() > Money.MAX_FEN) {
            throw dev.quarantine.core.QuarantineException.invalid("money.tooLarge", total);
        }
        CostSplit split = CostSplit.of(total, shares);
        Money paid = paid(entries);
        return new Bill(caseNumber, estimate, admitted, end, nights, spans.get(0).rate(), split.total(),
                split.hotelWaiver(), split.subsidy(), split.person(), paid, split.person().minusOrZero(paid),
                paid.minusOrZero(split.person()), spans, entries);
    }

    /** The payments less the reversals and refunds (never below zero: the ledger's rules keep it so). */
    public static Money paid(List<PaymentEntry> entries) {
        long fen = 0;
        for (PaymentEntry e : entries) {
            fen = Math.addExact(fen, e.signedFen());
        }
        return Money.ofFen(Math.max(0, fen));
    }

    /** True when the stay was billed at more than one rate. */
    public boolean severalRates() {
        return rates.size() > 1;
    }
}
