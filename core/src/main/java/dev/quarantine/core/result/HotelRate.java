package dev.quarantine.core.result;

import dev.quarantine.core.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hotel's nightly rate from a date on ({@code hotel rate}); the opening rate, given with {@code hotel add}, has no
 * date ({@code from} null) and holds for every night before the first change.
 *
 * @param inForce true for the rate in force today
 */
public record HotelRate(String hotel, LocalDate from, Money rate, Instant setAt, String setBy, boolean inForce) {
}
