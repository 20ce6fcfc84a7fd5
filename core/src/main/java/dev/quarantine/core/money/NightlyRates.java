package dev.quarantine.core.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A hotel's nightly rate over time (SPEC §6, §7): the opening rate, then each change from its date on. Each night is
 * billed at the rate in force that night: the change of the latest date on or before it, else the opening rate.
 */
public final class NightlyRates {
    private final Money opening;
    private final NavigableMap<LocalDate, Money> changes;

    /** The opening rate, and each change of the rate from its date on. */
    public NightlyRates(Money opening, Map<LocalDate, Money> changes) {
        this.opening = Objects.requireNonNull(opening, "opening");
        this.changes = Collections.unmodifiableNavigableMap(new TreeMap<>(changes));
    }

    /** One rate for every night. */
    public static NightlyRates flat(Money rate) {
        return new NightlyRates(rate, Map.of());
    }

    /** The rate in force before the first change. */
    public Money opening() {
        return opening;
    }

    /** The changes by the date they take effect, oldest first. */
    public NavigableMap<LocalDate, Money> changes() {
        return changes;
    }

    /** The rate in force on {@code night}. */
    public Money on(LocalDate night) {
        Map.Entry<LocalDate, Money> e = changes.floorEntry(night);
        return e == null ? opening : e.getValue();
    }

    /**
     * The {@code nights} nights from {@code firstNight} on, grouped into runs of one rate, oldest first; their amounts add
     * up to the cost of the stay.
     *
     * @throws dev.quarantine.core.QuarantineException {@code money.tooLarge} when an amount would pass
     *                                                  {@link Money#MAX_FEN}
     */
    public List<RateSpan> spans(LocalDate firstNight, long nights) {
        List<RateSpan> out = new ArrayList<>();
        if (nights <= 0) {
            return out;
        }
        LocalDate last = firstNight.plusDays(nights - 1);
        LocalDate start = firstNight;
        while (!start.isAfter(last)) {
            Money rate = on(start);
            LocalDate nextChange = changes.higherKey(start);
            LocalDate end = nextChange == null || nextChange.isAfter(last) ? last : nextChange.minusDays(1);
            long n = end.toEpochDay() - start.toEpochDay() + 1;
            if (!out.isEmpty() && out.get(out.size() - 1).rate().equals(rate)) {
                // A change to the same rate: the run goes on.
                RateSpan prev = out.remove(out.size() - 1);
                long joined = prev.nights() + n;
                out.add(new RateSpan(prev.firstNight(), end, joined, rate, rate.times(joined)));
            } else {
                out.add(new RateSpan(start, end, n, rate, rate.times(n)));
            }
            start = end.plusDays(1);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NightlyRates r && r.opening.equals(opening) && r.changes.equals(changes);
    }

    @Override
    public int hashCode() {
        return opening.hashCode() * 31 + changes.hashCode();
    }

    @Override
    public String toString() {
        return "NightlyRates[" + opening + ", " + changes + "]";
    }
}
