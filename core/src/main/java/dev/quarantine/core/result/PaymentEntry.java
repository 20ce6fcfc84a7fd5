package dev.quarantine.core.result;

import dev.quarantine.core.money.Money;
import dev.quarantine.core.money.PaymentKind;

import java.time.Instant;

/**
 * One entry of a case's payment ledger: a payment, or a reversal or refund that takes money back out.
 *
 * @param amount the amount, never negative: {@link #signedFen()} gives it with the entry's sign
 * @param reason why a reversal or refund was made (a payment's is null unless given)
 */
public record PaymentEntry(long id, Instant at, PaymentKind kind, Money amount, String reason, String recordedBy) {

    /** The amount in fen, negative for a reversal or a refund. */
    public long signedFen() {
        return kind.sign() * amount.fen();
    }
}
