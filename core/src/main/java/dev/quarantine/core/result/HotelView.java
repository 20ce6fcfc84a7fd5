package dev.quarantine.core.result;

import dev.quarantine.core.money.Money;

import java.time.Instant;

/**
 * A hotel with its occupancy.
 *
 * @param nightlyRate the rate in force today
 * @param closedAt    when the hotel was closed ({@code hotel close}), or null while it takes guests
 */
public record HotelView(String name, String address, Money nightlyRate, int rooms, int free, int occupied,
                        int needsDisinfection, int outOfService, Instant closedAt) {

    /** True once the hotel is closed. */
    public boolean closed() {
        return closedAt != null;
    }
}
