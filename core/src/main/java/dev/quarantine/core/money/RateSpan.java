package dev.quarantine.core.money;

import java.time.LocalDate;

/**
 * Consecutive nights of a stay billed at one nightly rate: {@code nights} nights from {@code firstNight} to
 * {@code lastNight}, costing {@code amount} = rate × nights.
 */
public record RateSpan(LocalDate firstNight, LocalDate lastNight, long nights, Money rate, Money amount) {
}
