package dev.quarantine.core.desk;

import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.internal.service.BillingService;
import dev.quarantine.core.internal.service.DeskContext;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.result.Bill;

import java.util.function.Consumer;

/**
 * What a stay costs and what was paid (SPEC §7): {@code desk.billing()}.
 */
public final class Billing {
    private final DeskContext context;
    private final BillingService billing;

    Billing(DeskContext context, BillingService billing) {
        this.context = context;
        this.billing = billing;
    }

    /** Records a payment by the person and returns the updated bill; a payment beyond what is owed is refused. */
    public Bill pay(String caseRef, Money amount) {
        return billing.pay(caseRef, amount, false);
    }

    /**
     * Records a payment by the person; when {@code overpay}, one beyond what is owed too (the bill shows the excess as
     * a credit, to be refunded).
     */
    public Bill pay(String caseRef, Money amount, boolean overpay) {
        return billing.pay(caseRef, amount, overpay);
    }

    /**
     * Reverses {@code amount} of what was recorded as paid (a payment recorded in error, or for the wrong amount): a
     * negative entry with its reason, never a deletion; at most what is recorded as paid.
     */
    public Bill reversePayment(String caseRef, Money amount, String reason) {
        return billing.reverse(caseRef, amount, reason);
    }

    /**
     * Records money given back to the person: at most what they paid beyond their share (all they paid, for a case
     * cancelled as entered in error).
     */
    public Bill refund(String caseRef, Money amount, String reason) {
        return billing.refund(caseRef, amount, reason);
    }

    /** {@link #pay(String, Money)} for a case by its number. */
    public Bill pay(CaseNumber caseNumber, Money amount) {
        return pay(caseNumber.toString(), amount);
    }

    /** The bill of a case: final once released, else an estimate to the eligible date. */
    public Bill bill(String caseRef) {
        return billing.bill(caseRef);
    }

    /** {@link #bill(String)} of a case by its number. */
    public Bill bill(CaseNumber caseNumber) {
        return bill(caseNumber.toString());
    }

    /** Streams the bill of every case that has been in a hotel (exports). */
    public void forEach(Consumer<Bill> consumer) {
        context.db().read(sql -> {
            billing.forEach(sql, consumer);
            return null;
        });
    }
}
