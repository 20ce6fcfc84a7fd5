package dev.quarantine.core.result;

import dev.quarantine.core.money.Money;

/** A hotel with its occupancy. */
public record HotelView(String name, String address, Money nightlyRate, int rooms, int free, int occupied,
                        int needsDisinfection, int outOfService) {
}
