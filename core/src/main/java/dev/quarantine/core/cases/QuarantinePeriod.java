package dev.quarantine.core.cases;

import dev.quarantine.core.QuarantineException;

import java.time.LocalDate;

/**
 * The period of a case (SPEC §3): the arrival date is day 1, a period of N days covers D … D+N−1 and the person is
 * eligible for release on D+N. Arrival 2020-02-01 and 7 days give 2020-02-08.
 */
public record QuarantinePeriod(LocalDate arrival, int days) {

    /** A period of {@code days} days from {@code arrival}; refuses a negative number of days ({@code period.days}). */
    public QuarantinePeriod {
        if (days < 0) {
            throw QuarantineException.invalid("period.days", days);
        }
    }

    /**
     * @throws QuarantineException {@code INVALID_INPUT} {@code arrival.future} when the arrival is after today
     */
    public static QuarantinePeriod of(LocalDate arrival, int days, LocalDate today) {
        checkArrival(arrival, today);
        return new QuarantinePeriod(arrival, days);
    }

    /**
     * Returns {@code arrival} when it is not after {@code today} (SPEC §3).
     *
     * @throws QuarantineException {@code INVALID_INPUT} {@code arrival.future} when the arrival is after today
     */
    public static LocalDate checkArrival(LocalDate arrival, LocalDate today) {
        if (arrival.isAfter(today)) {
            throw QuarantineException.invalid("arrival.future", arrival, today);
        }
        return arrival;
    }

    /** The last day of quarantine, D+N−1 (the arrival day itself when N is 0). */
    public LocalDate lastDay() {
        return days == 0 ? arrival : arrival.plusDays(days - 1L);
    }

    /** The first day the person may be released, D+N. */
    public LocalDate eligibleDate() {
        return arrival.plusDays(days);
    }
}
