package dev.quarantine.core.money;

/**
 * The entries of a case's payment ledger (SPEC §7): a payment by the person, the reversal of a payment recorded in
 * error, a refund to the person. Entries are never changed or deleted; a wrong one is reversed by another.
 */
public enum PaymentKind {
    /** Money received from the person: a positive entry. */
    PAYMENT,
    /** A payment recorded in error, taken back: a negative entry with its reason. */
    REVERSAL,
    /** Money given back to the person (an overpayment, a cancelled case): a negative entry. */
    REFUND;

    /** +1 for a payment, −1 for a reversal or a refund. */
    public int sign() {
        return this == PAYMENT ? 1 : -1;
    }
}
