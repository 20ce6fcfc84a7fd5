package dev.quarantine.core.result;

import dev.quarantine.core.money.CostShares;
import dev.quarantine.core.money.CostSplit;
import dev.quarantine.core.money.Money;

import java.time.LocalDate;

/**
 * The cost of a hotel stay (SPEC §7): nights × nightly rate, split into the three shares; what the person has paid
 * and still owes. An estimate (at admission) counts nights to the eligible date, the final bill to the release date.
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
        Money outstanding) {

    /** The bill of a case cancelled as entered in error: nothing is owed; {@code paid} is to be refunded. */
    public static Bill voided(String caseNumber, LocalDate admitted, Money rate, Money paid) {
        return new Bill(caseNumber, false, admitted, admitted, 0, rate, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                paid, Money.ZERO);
    }

    /** Nights = end − admission date, at least 1. */
    public static Bill compute(String caseNumber, boolean estimate, LocalDate admitted, LocalDate end, Money rate,
                               CostShares shares, Money paid) {
        long nights = Math.max(1, end.toEpochDay() - admitted.toEpochDay());
        CostSplit split = CostSplit.of(rate.times(nights), shares);
        return new Bill(caseNumber, estimate, admitted, end, nights, rate, split.total(), split.hotelWaiver(),
                split.subsidy(), split.person(), paid, split.person().minusOrZero(paid));
    }
}
