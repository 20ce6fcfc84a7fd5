package dev.quarantine.core.ops;

import dev.quarantine.core.money.Money;

import java.time.Instant;

/** An arrangement with a case's landlord: a lease extension in days, or a cash compensation (one of the two). */
public record LandlordArrangement(String caseNumber, String name, Integer extendDays, Money cash, String landlord,
                                  Instant at, String recordedBy) {
}
